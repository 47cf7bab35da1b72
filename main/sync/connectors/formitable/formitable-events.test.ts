import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormitableEvent } from './formitable-events';

describe('Formitable notification parsing', () => {
  it('turns any notification into "poll now", with the booking as a hint', () => {
    expect(
      parseFormitableEvent(
        {
          type: 'booking.changed',
          timestamp: 'x',
          data: { restaurantUid: 'ABCD1234', bookingUid: 'b1' },
        },
        'abcd1234',
      ),
    ).toEqual({ kind: 'poll', externalIdHint: 'b1' });
    expect(parseFormitableEvent({ type: 'whatever' }, 'abcd1234')).toEqual({ kind: 'poll' });
    expect(parseFormitableEvent('{{{', 'abcd1234')).toEqual({ kind: 'poll' });
    expect(parseFormitableEvent({ data: { bookingUid: '../../etc' } }, 'abcd1234')).toEqual({
      kind: 'poll',
    });
  });

  it('ignores another restaurant', () => {
    expect(parseFormitableEvent({ data: { restaurantUid: 'ffffffff' } }, 'abcd1234').kind).toBe(
      'ignored',
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (payload) => {
        expect(['poll', 'ignored']).toContain(parseFormitableEvent(payload, 'abcd1234').kind);
      }),
      { numRuns: 300 },
    );
  });
});
