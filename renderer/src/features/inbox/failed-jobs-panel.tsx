import { useEffect, useMemo, useState } from 'react';
import type { SyncLog } from '../../../../shared/domain/sync-log';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import type { MessageKey } from '../../i18n/messages';
import { ConfirmDialog } from './confirm-dialog';
import { createJobActions, errorKind } from './failed-jobs';
import { formatInstant } from './field-words';
import { useInboxStore, type Notice } from './inbox-store';

interface Props {
  jobs: readonly Snapshot<SyncLog>[];
  timeZone: string;
  platformLabel: (platform: string) => string;
}

const KNOWN_ACTIONS = ['create', 'update', 'cancel', 'status'];

function systemNow(): number {
  return Date.now();
}

/** Outbound jobs that stopped: the problem in words, retry now, or discard after a question. */
export function FailedJobsPanel({ jobs, timeZone, platformLabel }: Props) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const { db } = useDeskData();
  const setNotice = useInboxStore((s) => s.setNotice);
  const [confirming, setConfirming] = useState<Snapshot<SyncLog> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const guests = useGuestNames(jobs);
  const actions = useMemo(() => createJobActions(db.sync_logs, systemNow), [db]);

  const describe = (job: Snapshot<SyncLog>): string => {
    const action = KNOWN_ACTIONS.includes(job.action)
      ? t(`inbox.action.${job.action}` as MessageKey)
      : job.action;
    const guest = job.entityId === undefined ? undefined : guests.get(job.entityId);
    return guest === undefined ? action : `${action} · ${guest}`;
  };

  const run = async (work: () => Promise<unknown>, done: Notice) => {
    setError(null);
    try {
      await work();
      setNotice(done);
    } catch (caught) {
      setError(
        t('inbox.jobs.error', {
          message: caught instanceof Error ? caught.message : String(caught),
        }),
      );
    }
  };

  return (
    <section className="panel" aria-labelledby="jobs-title">
      <h2 id="jobs-title">{t('inbox.jobs.heading')}</h2>
      {error === null ? null : (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {jobs.length === 0 ? (
        <p className="inbox-empty">{t('inbox.jobs.empty')}</p>
      ) : (
        <table className="jobs-table">
          <thead>
            <tr>
              <th scope="col">{t('inbox.jobs.platform')}</th>
              <th scope="col">{t('inbox.jobs.what')}</th>
              <th scope="col">{t('inbox.jobs.problem')}</th>
              <th scope="col">{t('inbox.jobs.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const what = describe(job);
              return (
                <tr key={job.id}>
                  <td>
                    <span className="platform-tag">{platformLabel(job.platform)}</span>
                  </td>
                  <td>
                    <span className="job-what">{what}</span>
                    <span className="muted small">
                      {t('inbox.jobs.when')}: {formatInstant(job.updatedAt, locale, timeZone)}
                    </span>
                  </td>
                  <td>
                    <span className={`job-status job-${job.status}`}>
                      <span aria-hidden="true">⚠ </span>
                      {job.status === 'parked'
                        ? t('inbox.jobs.status.parked', { count: job.retryCount + 1 })
                        : t('inbox.jobs.status.failed')}
                    </span>
                    <span className="job-problem">
                      {t(`inbox.errorKind.${errorKind(job.error?.code)}`)}
                    </span>
                    {job.error === undefined ? null : (
                      <span className="muted small job-detail">{job.error.message}</span>
                    )}
                  </td>
                  <td className="job-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('inbox.jobs.retryFor', { what })}
                      onClick={() =>
                        void run(() => actions.retry(job.id), { key: 'inbox.jobs.retried' })
                      }
                    >
                      {t('inbox.jobs.retry')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('inbox.jobs.discardFor', { what })}
                      onClick={() => setConfirming(job)}
                    >
                      {t('inbox.jobs.discard')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {confirming === null ? null : (
        <ConfirmDialog
          title={t('inbox.jobs.confirm.title')}
          body={t('inbox.jobs.confirm.body', {
            what: describe(confirming),
            platform: platformLabel(confirming.platform),
          })}
          confirmLabel={t('inbox.jobs.confirm.yes')}
          cancelLabel={t('inbox.jobs.confirm.no')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const id = confirming.id;
            setConfirming(null);
            void run(() => actions.discard(id), { key: 'inbox.jobs.discarded' });
          }}
        />
      )}
    </section>
  );
}

/** Guest names of the reservations the jobs are about (looked up once per set of ids). */
function useGuestNames(jobs: readonly Snapshot<SyncLog>[]): ReadonlyMap<string, string> {
  const { repos } = useDeskData();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [lookupError, setLookupError] = useState<Error | null>(null);
  // A failed lookup is a broken store: let the error boundary of the app show it.
  if (lookupError !== null) throw lookupError;
  const ids = [
    ...new Set(jobs.filter((j) => j.entityType === 'reservation').flatMap((j) => j.entityId ?? [])),
  ]
    .sort()
    .join(' ');
  useEffect(() => {
    let live = true;
    const list = ids === '' ? [] : ids.split(' ');
    void Promise.all(list.map((id) => repos.reservations.byId(id))).then(
      (found) => {
        if (!live) return;
        const out = new Map<string, string>();
        for (const r of found) if (r !== null) out.set(r.id, r.guestName);
        setNames(out);
      },
      (caught: unknown) => {
        setLookupError(caught instanceof Error ? caught : new Error(String(caught)));
      },
    );
    return () => {
      live = false;
    };
  }, [ids, repos]);
  return names;
}
