import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTheForkEvent } from './thefork-events';

const REST = '11111111-2222-4333-8444-555555555555';
const ID = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';
const GROUP = '22222222-3333-4444-8555-666666666666';

describe('TheFork webhook parsing', () => {
  it('reads reservation and customer events as "fetch this"', () => {
    const body = {
      entityType: 'reservation',
      eventType: 'reservationUpdated',
      uuid: ID,
      groupUuid: GROUP,
      restaurantUuid: REST,
    };
    expect(parseTheForkEvent(body, REST)).toEqual({
      kind: 'reservation',
      externalId: ID.toLowerCase(),
      change: 'updated',
    });
    expect(
      parseTheForkEvent(JSON.stringify({ ...body, eventType: 'reservationCreated' }), REST),
    ).toMatchObject({
      change: 'created',
    });
    expect(
      parseTheForkEvent(
        { entityType: 'customer', eventType: 'customerCreated', uuid: ID, groupUuid: GROUP },
        REST,
      ),
    ).toEqual({ kind: 'customer', externalId: ID.toLowerCase(), change: 'created' });
  });

  it('ignores what is not ours, and calls malformed bodies invalid', () => {
    const other = {
      entityType: 'reservation',
      eventType: 'reservationUpdated',
      uuid: ID,
      groupUuid: GROUP,
      restaurantUuid: GROUP,
    };
    expect(parseTheForkEvent(other, REST).kind).toBe('ignored');
    expect(
      parseTheForkEvent({ entityType: 'review', eventType: 'reviewCreated', uuid: ID }, REST).kind,
    ).toBe('ignored');
    expect(
      parseTheForkEvent(
        { entityType: 'reservation', eventType: 'reservationDeleted', uuid: ID },
        REST,
      ).kind,
    ).toBe('ignored');
    for (const bad of [
      'not json',
      '{"entityType":"reservation"',
      null,
      42,
      [],
      { entityType: 'reservation', eventType: 'reservationUpdated', uuid: "1' OR 1=1 --" },
      { entityType: 'reservation', eventType: 'x'.repeat(100_000), uuid: ID },
      'x'.repeat(100_000),
    ]) {
      expect(parseTheForkEvent(bad, REST).kind).toBe('invalid');
    }
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (payload) => {
        const event = parseTheForkEvent(payload, REST);
        expect(['reservation', 'customer', 'ignored', 'invalid', 'poll']).toContain(event.kind);
      }),
      { numRuns: 300 },
    );
  });
});
