import { useCallback, useEffect } from 'react';
import { useT } from '../../app/use-t';
import { ConflictDetail } from './conflict-detail';
import { ConflictList } from './conflict-list';
import { FailedJobsPanel } from './failed-jobs-panel';
import { platformName } from './field-words';
import { useInboxData } from './use-inbox-data';
import { useInboxStore } from './inbox-store';
import './inbox.css';

/** Screen 3: disagreements with the platforms to decide, and changes that could not be sent. */
export function InboxScreen() {
  const t = useT();
  const { conflicts, jobs, platforms, names, timeZone } = useInboxData();
  const selectedId = useInboxStore((s) => s.selectedId);
  const select = useInboxStore((s) => s.select);
  const notice = useInboxStore((s) => s.notice);
  const setNotice = useInboxStore((s) => s.setNotice);
  const platformLabel = useCallback(
    (platform: string) => platformName(platform, platforms.get(platform)?.displayName),
    [platforms],
  );
  const selected = selectedId === null ? undefined : conflicts?.find((c) => c.id === selectedId);

  // Settled elsewhere (another workstation, the rules): back to the list, and say so. The store
  // is read afresh: this effect can run after this workstation's own save has moved on.
  useEffect(() => {
    const current = useInboxStore.getState();
    if (current.selectedId !== selectedId || current.resolving === selectedId) return;
    if (selectedId !== null && conflicts !== null && selected === undefined) {
      select(null);
      setNotice({ key: 'inbox.detail.gone' });
    }
  }, [selectedId, conflicts, selected, select, setNotice, t]);

  return (
    <div className="inbox">
      <div className="inbox-head">
        <h1>{t('inbox.title')}</h1>
        <p className="inbox-counts">
          {t('inbox.summary', { conflicts: conflicts?.length ?? 0, jobs: jobs.length })}
        </p>
        <p className="inbox-notice" role="status" aria-live="polite">
          {notice === null ? '' : t(notice.key, notice.params)}
        </p>
      </div>
      {selected === undefined ? (
        <>
          <section className="panel" aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">{t('inbox.conflicts.heading')}</h2>
            {conflicts === null ? null : (
              <ConflictList
                conflicts={conflicts}
                timeZone={timeZone}
                platformLabel={platformLabel}
                onOpen={(id) => {
                  setNotice(null);
                  select(id);
                }}
              />
            )}
          </section>
          <FailedJobsPanel jobs={jobs} timeZone={timeZone} platformLabel={platformLabel} />
        </>
      ) : (
        <ConflictDetail
          key={selected.id}
          conflict={selected}
          platform={platformLabel(selected.platform)}
          platformMasters={platforms.get(selected.platform)?.masterFor ?? []}
          timeZone={timeZone}
          names={names}
        />
      )}
    </div>
  );
}
