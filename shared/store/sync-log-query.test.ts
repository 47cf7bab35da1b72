import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filter, firstValueFrom, timeout } from 'rxjs';
import type { DeskDatabase } from './create-desk-database';
import { createDeskRepositories, type DeskRepositories } from './desk-repositories';
import { openTestDatabase, testDeps } from './testing/test-database';

let db: DeskDatabase;
let deps: ReturnType<typeof testDeps>;
let repos: DeskRepositories;

beforeEach(async () => {
  db = await openTestDatabase();
  deps = testDeps();
  repos = createDeskRepositories(db, deps);
});
afterEach(async () => {
  await db.close();
});

const t0 = Date.parse('2026-03-28T10:00:00Z');

async function seed() {
  const rows = [
    { platform: 'thefork', direction: 'inbound', status: 'succeeded', action: 'poll', at: t0 },
    {
      platform: 'thefork',
      direction: 'outbound',
      status: 'succeeded',
      action: 'create',
      at: t0 + 1,
    },
    {
      platform: 'formitable',
      direction: 'inbound',
      status: 'succeeded',
      action: 'webhook',
      at: t0 + 2,
    },
    {
      platform: 'thefork',
      direction: 'outbound',
      status: 'failed',
      action: 'update',
      at: t0 + 3,
      error: { code: 'network', message: 'Could not reach TheFork.', at: t0 + 3 },
    },
    {
      platform: 'formitable',
      direction: 'outbound',
      status: 'pending',
      action: 'cancel',
      at: t0 + 4,
    },
  ] as const;
  for (const row of rows) await repos.sync.appendLog({ ...row, retryCount: 0 });
}

const actions = async (f: Parameters<DeskRepositories['sync']['log$']>[0], count: number) =>
  (
    await firstValueFrom(
      repos.sync.log$(f).pipe(
        filter((rows) => rows.length === count),
        timeout(5000),
      ),
    )
  ).map((r) => r.action);

describe('the sync log query of the Sync screen', () => {
  it('lists newest first, bounded by the limit and the start instant', async () => {
    await seed();
    expect(await actions({ sinceMs: 0, limit: 3 }, 3)).toEqual(['cancel', 'update', 'webhook']);
    expect(await actions({ sinceMs: t0 + 3, limit: 50 }, 2)).toEqual(['cancel', 'update']);
  });

  it('filters by direction, alone or with the platform and the status', async () => {
    await seed();
    expect(await actions({ sinceMs: 0, direction: 'inbound', limit: 50 }, 2)).toEqual([
      'webhook',
      'poll',
    ]);
    expect(
      await actions({ sinceMs: 0, direction: 'outbound', platform: 'thefork', limit: 50 }, 2),
    ).toEqual(['update', 'create']);
    expect(
      await actions(
        { sinceMs: 0, direction: 'outbound', platform: 'thefork', status: 'failed', limit: 50 },
        1,
      ),
    ).toEqual(['update']);
  });

  it('answers an empty list when nothing matches, and follows new entries live', async () => {
    await seed();
    expect(
      await actions({ sinceMs: 0, direction: 'inbound', status: 'failed', limit: 50 }, 0),
    ).toEqual([]);
    const live = firstValueFrom(
      repos.sync.log$({ sinceMs: 0, direction: 'inbound', status: 'failed', limit: 50 }).pipe(
        filter((rows) => rows.length === 1),
        timeout(5000),
      ),
    );
    await repos.sync.appendLog({
      platform: 'formitable',
      direction: 'inbound',
      status: 'failed',
      action: 'poll',
      retryCount: 0,
      at: t0 + 10,
      error: { code: 'authentication', message: 'Refused.', at: t0 + 10 },
    });
    expect((await live)[0]?.platform).toBe('formitable');
  });
});
