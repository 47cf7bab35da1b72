import { describe, expect, it } from 'vitest';
import { mergeAllergies, nextBases, reconcile, type ReconcileInput } from './reconcile';
import { decideRetry, RETRY_DELAYS_MS } from './retry-policy';
import { readMemory } from './sync-view';
import { ServerError, ValidationError } from '../http/platform-errors';

const base = { startsAt: 1000, partySize: 2, status: 'confirmed', guestName: 'Ana' };
const input = (over: Partial<ReconcileInput>): ReconcileInput => ({
  desk: base,
  remote: base,
  deskBase: base,
  remoteBase: base,
  platformMasters: false,
  ...over,
});

describe('reconcile (decision 9)', () => {
  it('applies remote-only changes and pushes desk-only changes', () => {
    const r = reconcile(
      input({ remote: { ...base, startsAt: 2000 }, desk: { ...base, partySize: 5 } }),
    );
    expect(r.applyLocal).toEqual({ startsAt: 2000 });
    expect(r.push).toEqual({ partySize: 5 });
    expect(r.disputes).toEqual([]);
  });

  it('turns a field changed on both sides into a dispute with both versions and the base', () => {
    const r = reconcile(
      input({ remote: { ...base, partySize: 6 }, desk: { ...base, partySize: 4 } }),
    );
    expect(r.disputes).toEqual([
      expect.objectContaining({ field: 'partySize', local: 4, remote: 6, base: 2 }),
    ]);
    expect(r.applyLocal).toEqual({});
    expect(r.push).toEqual({});
    // The bases stay where both sides last agreed, so nothing is pushed over the dispute.
    const next = nextBases(
      input({ remote: { ...base, partySize: 6 }, desk: { ...base, partySize: 4 } }),
      r,
      {
        ...base,
        partySize: 4,
      },
    );
    expect(next.deskBase.partySize).toBe(2);
    expect(next.remoteBase.partySize).toBe(2);
  });

  it('agrees silently when both sides made the same change', () => {
    const same = { ...base, partySize: 4 };
    const r = reconcile(input({ remote: same, desk: same }));
    expect(r).toEqual({ applyLocal: {}, push: {}, disputes: [], refused: [] });
  });

  it('lets a platform that masters reservations win', () => {
    const r = reconcile(
      input({
        remote: { ...base, partySize: 6 },
        desk: { ...base, partySize: 4 },
        platformMasters: true,
      }),
    );
    expect(r.applyLocal).toEqual({ partySize: 6 });
    expect(r.disputes).toEqual([]);
    expect(r.push).toEqual({});
  });

  it('never lets a platform move a seated, completed or no-show reservation', () => {
    for (const status of ['seated', 'completed', 'no_show']) {
      const r = reconcile(
        input({
          desk: { ...base, status },
          deskBase: base,
          remote: { ...base, status: 'cancelled' },
        }),
      );
      expect(r.applyLocal.status).toBeUndefined();
      expect(r.refused).toHaveLength(1);
      expect(r.refused[0]?.reason).toMatch(/cancellation arrived/);
      // Even a platform that masters reservations.
      const m = reconcile(
        input({
          desk: { ...base, status },
          remote: { ...base, status: 'confirmed' },
          platformMasters: true,
          deskBase: { ...base, status },
        }),
      );
      expect(m.applyLocal.status).toBeUndefined();
    }
  });

  it('treats a field the platform does not send as unknown, not as cleared', () => {
    const r = reconcile(
      input({
        remote: { startsAt: 1000, partySize: 2, status: 'confirmed' },
        desk: { ...base, notes: 'window' },
      }),
    );
    expect(r.applyLocal).toEqual({});
    expect(r.push).toEqual({ notes: 'window' });
  });

  it('applies every remote value for a record never synced (first sight)', () => {
    const r = reconcile(
      input({ deskBase: undefined, remoteBase: undefined, remote: { ...base, partySize: 3 } }),
    );
    expect(r.applyLocal).toEqual({ partySize: 3 });
    expect(r.disputes).toEqual([]);
  });

  it('merges allergies as a union, case-insensitive, bounded', () => {
    expect(mergeAllergies(['Peanuts', 'gluten'], ['peanuts ', 'Shellfish', ''])).toEqual([
      'Peanuts',
      'gluten',
      'Shellfish',
    ]);
    const many = Array.from({ length: 60 }, (_, i) => `a${String(i)}`);
    expect(mergeAllergies([], many)).toHaveLength(50);
  });
});

describe('mapping memory and the retry policy', () => {
  it('reads hostile or foreign raw data as "never synced"', () => {
    for (const raw of [
      undefined,
      null,
      'x',
      42,
      [],
      { deskBase: 'no' },
      { deskBase: {}, remoteBase: { partySize: 'two' } },
    ]) {
      expect(readMemory(raw)).toBeUndefined();
    }
    expect(readMemory({ deskBase: { partySize: 2 }, remoteBase: {} })).toEqual({
      deskBase: { partySize: 2 },
      remoteBase: {},
    });
  });

  it('schedules five retries then parks; does not retry what retrying cannot fix', () => {
    const ctx = { platform: 'thefork', platformName: 'TheFork', status: 503 };
    const server = new ServerError(ctx, true);
    let count = 0;
    const waits: number[] = [];
    for (;;) {
      const d = decideRetry(server, count, 0);
      if (d.kind !== 'retry') {
        expect(d.kind).toBe('park');
        break;
      }
      waits.push(d.atMs);
      count = d.retryCount;
    }
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    expect(
      decideRetry(
        new ValidationError({ platform: 'thefork', platformName: 'TheFork' }, 'bad', []),
        0,
        0,
      ).kind,
    ).toBe('fail');
  });
});
