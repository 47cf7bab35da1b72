import { localDateOf } from '../../../../shared/domain/time/zoned-time';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { useNow } from '../../app/use-now';
import { useT } from '../../app/use-t';

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Today's reservations and covers, live from the store. */
export function TodaySummary() {
  const t = useT();
  const { repos } = useDeskData();
  const settings = useObservable(() => repos.settings.get$(), [repos], null);
  const zone = settings?.timeZone ?? systemZone();
  const now = useNow();
  const today = localDateOf(now, zone);
  const book = useObservable(
    () => repos.reservations.dayBook$(today, zone),
    [repos, today, zone],
    null,
  );
  if (!book) return <dd>{t('status.loading')}</dd>;
  const active = book.filter((r) => r.status !== 'cancelled');
  const covers = active.reduce((sum, r) => sum + r.partySize, 0);
  return (
    <dd data-testid="today-summary">
      {t('status.today.value', { bookings: active.length, covers })}
    </dd>
  );
}
