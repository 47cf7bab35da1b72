import { useT } from '../../app/use-t';
import { useInboxData } from './use-inbox-data';

/**
 * The number of things waiting in the inbox (open conflicts + stopped sends), for the nav label.
 * Renders nothing at zero; the top bar shows it next to the Inbox label.
 */
export function InboxNavBadge() {
  const t = useT();
  const { conflicts, jobs } = useInboxData();
  const count = (conflicts?.length ?? 0) + jobs.length;
  if (count === 0) return null;
  return (
    <span className="nav-count" aria-label={t('inbox.badge', { count })}>
      {count}
    </span>
  );
}
