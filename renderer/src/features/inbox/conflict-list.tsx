import type { Conflict } from '../../../../shared/domain/conflict';
import type { JsonValue } from '../../../../shared/domain/json-value';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { coversText, fieldLabel, formatInstant } from './field-words';

interface Props {
  conflicts: readonly Snapshot<Conflict>[];
  timeZone: string;
  platformLabel: (platform: string) => string;
  onOpen: (id: string) => void;
}

/** Open conflicts, newest first: platform, the reservation, and what differs in words. */
export function ConflictList({ conflicts, timeZone, platformLabel, onOpen }: Props) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  if (conflicts.length === 0) return <p className="inbox-empty">{t('inbox.conflicts.empty')}</p>;
  return (
    <ul className="conflict-list" aria-label={t('inbox.conflicts.list')}>
      {conflicts.map((conflict) => {
        const version = conflict.localVersion as Record<string, JsonValue>;
        const guest =
          typeof version.guestName === 'string'
            ? version.guestName
            : t('inbox.conflict.unknownGuest');
        const startsAt = typeof version.startsAt === 'number' ? version.startsAt : undefined;
        const covers = typeof version.partySize === 'number' ? version.partySize : undefined;
        const platform = platformLabel(conflict.platform);
        const fields = conflict.fields.map((f) => fieldLabel(f.field, t)).join(', ');
        return (
          <li key={conflict.id} className="conflict-item">
            <span className="platform-tag">{platform}</span>
            <div className="conflict-summary">
              <strong className="conflict-guest">{guest}</strong>
              <span>
                {startsAt === undefined ? '' : formatInstant(startsAt, locale, timeZone)}
                {covers === undefined ? '' : ` · ${coversText(covers, locale, t)}`}
              </span>
              <span className="conflict-differs">{t('inbox.conflict.differs', { fields })}</span>
              <span className="muted small">
                {t('inbox.conflict.found', {
                  when: formatInstant(conflict.createdAt, locale, timeZone),
                })}
              </span>
            </div>
            <button
              type="button"
              className="button button-primary"
              aria-label={t('inbox.conflict.open', { guest, platform })}
              onClick={() => onOpen(conflict.id)}
            >
              {t('inbox.conflict.openShort')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
