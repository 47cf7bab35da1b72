import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localInstant } from '../testing/local-times';
import { startForkSetup, type ForkSetup } from '../testing/sim-connectors';
import type { PullCursor } from '../platform-connector';

describe('TheFork pull (simulator)', () => {
  let setup: ForkSetup;
  const ids: string[] = [];
  beforeAll(async () => {
    setup = await startForkSetup();
    for (let i = 0; i < 5; i++) {
      const made = await setup.scenario.createReservation({
        mealDate: new Date(localInstant(2 + i, '19:00', 'Europe/Paris')).toISOString(),
        partySize: 2 + i,
        customer: { email: `guest${i}@example.com`, firstName: `G${i}`, lastName: 'Test' },
        silent: true,
      });
      ids.push(made.reservation.reservationUuid);
    }
  });
  afterAll(async () => {
    await setup.close();
  });

  it('lists updated ids page by page, fetches each, and resumes within its budget', async () => {
    const connector = setup.build({
      pull: { listPageSize: 2, maxFetchPerPull: 2, resumeOverlap: 1, fetchConcurrency: 2 },
    });
    const startedAt = Date.now();
    let cursor: PullCursor = { since: startedAt - 3_600_000 };
    const seen = new Set<string>();
    const batches: number[] = [];
    for (let round = 0; round < 5; round++) {
      const result = await connector.pullChanges(cursor);
      expect(result.failures).toEqual([]);
      expect(result.coverage.kind).toBe('updated_since');
      batches.push(result.reservations.length);
      for (const r of result.reservations) {
        seen.add(r.externalId);
        expect(r.guest.name).toMatch(/^G\d Test$/);
      }
      cursor = result.next;
      if (!result.hasMore) break;
      expect(result.next.resume?.offset).toBeGreaterThan(0);
    }
    expect([...seen].sort()).toEqual([...ids].sort());
    // 2, then 1 overlap + 2, then 1 overlap + 1.
    expect(batches).toEqual([2, 3, 2]);
    expect(cursor.resume).toBeUndefined();
    expect(cursor.since).toBeGreaterThanOrEqual(startedAt - 5 * 60_000 - 1_000);
    expect(cursor.since).toBeLessThan(startedAt);
    const lists = (await setup.scenario.requests()).filter((r) =>
      r.path.startsWith('/manager/v1/reservations?'),
    );
    expect(lists.every((r) => r.path.includes('filterBy=updatedDate'))).toBe(true);
    expect(lists.some((r) => r.path.includes('page=3'))).toBe(true);
  });

  it('still covers today for a cursor ahead of the clock, and refuses a malformed cursor', async () => {
    const connector = setup.build();
    const result = await connector.pullChanges({ since: Date.now() + 3 * 86_400_000 });
    expect(result.reservations.map((r) => r.externalId).sort()).toEqual([...ids].sort());
    expect(result.hasMore).toBe(false);
    await expect(connector.pullChanges({ since: -5 })).rejects.toThrow(/pull changes is not valid/);
  });
});
