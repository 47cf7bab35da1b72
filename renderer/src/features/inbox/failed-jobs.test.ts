import { afterEach, describe, expect, it } from 'vitest';
import type { SyncLog } from '../../../../shared/domain/sync-log';
import type { DeskDatabase } from '../../../../shared/store/create-desk-database';
import { createDeskRepositories } from '../../../../shared/store/desk-repositories';
import { openTestDatabase, testDeps } from '../../../../shared/store/testing/test-database';
import { createJobActions, errorKind, stoppedJobs } from './failed-jobs';

let db: DeskDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

function entry(overrides: Partial<SyncLog>): SyncLog {
  return {
    id: 'l1',
    platform: 'thefork',
    direction: 'outbound',
    action: 'update',
    status: 'failed',
    retryCount: 5,
    error: { code: 'server', message: 'TheFork answered 503', at: 100 },
    at: 100,
    updatedAt: 100,
    ...overrides,
  };
}

describe('stopped jobs', () => {
  it('lists the jobs whose own document stopped, not the failed attempts of other jobs', () => {
    const rows = stoppedJobs([
      // Job a failed once, then succeeded: its document says succeeded.
      entry({ id: 'a', jobId: 'a', at: 100, status: 'succeeded' }),
      entry({ id: 'a-attempt-1', jobId: 'a', at: 110 }),
      // Job r is waiting for its retry: its failed attempt is history.
      entry({ id: 'r', jobId: 'r', at: 120, status: 'retry_scheduled' }),
      entry({ id: 'r-attempt-1', jobId: 'r', at: 130 }),
      entry({ id: 'b', jobId: 'b', at: 150, status: 'parked' }),
      entry({ id: 'b-attempt-5', jobId: 'b', at: 160 }),
      entry({ id: 'c1', at: 300 }),
      entry({ id: 'd1', at: 400, direction: 'inbound' }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['c1', 'b']);
  });

  it('names known error codes and falls back for anything else', () => {
    expect(errorKind('rate_limited')).toBe('rate_limited');
    expect(errorKind('constructor')).toBe('unknown');
    expect(errorKind(undefined)).toBe('unknown');
  });
});

describe('retry and discard through validated writes', () => {
  async function setup() {
    db = await openTestDatabase();
    const deps = testDeps();
    const repos = createDeskRepositories(db, deps);
    const failed = await repos.sync.appendLog(entry({ id: 'job-1', jobId: 'job' }));
    const done = await repos.sync.appendLog(
      entry({ id: 'job-2', status: 'succeeded', error: undefined }),
    );
    return {
      repos,
      deps,
      failed,
      done,
      actions: createJobActions(db.sync_logs, () => deps.clock.now().getTime()),
    };
  }

  it('puts a failed job back in the retry queue, due now', async () => {
    const { repos, deps, actions } = await setup();
    const now = deps.clock.now().getTime();
    const retried = await actions.retry('job-1');
    expect(retried).toMatchObject({ status: 'retry_scheduled', nextRetryAt: now, retryCount: 0 });
    expect((await repos.sync.dueRetries(now, 10)).map((e) => e.id)).toEqual(['job-1']);
  });

  it('marks a discarded job skipped so that it is never sent and leaves the list', async () => {
    const { repos, deps, actions } = await setup();
    const discarded = await actions.discard('job-1');
    expect(discarded.status).toBe('skipped');
    expect(discarded.error?.message).toBe('TheFork answered 503');
    expect(await repos.sync.dueRetries(deps.clock.now().getTime() + 1e9, 10)).toEqual([]);
    expect(stoppedJobs([discarded])).toEqual([]);
  });

  it('refuses to touch a job that is not stopped, or one that does not exist', async () => {
    const { actions } = await setup();
    await expect(actions.retry('job-2')).rejects.toThrow(/no longer stopped/);
    await expect(actions.discard('job-2')).rejects.toThrow(/no longer stopped/);
    await expect(actions.retry('nope')).rejects.toThrow(/no document/);
  });
});
