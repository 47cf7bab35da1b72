import { describe, expect, it } from 'vitest';
import { DEMO_SERVICES } from '../../shared/demo/demo-catalogue';
import { seededRandom } from '../../shared/demo/seeded-random';
import {
  addDays,
  instantOf,
  isoWeekday,
  localDateOf,
  localTimeOf,
  minutesOfDay,
} from '../../shared/domain/time';
import { scenarioCreateBookingInput } from '../../sim/formitable/scenario-schemas';
import { scenarioCreateReservationInput } from '../../sim/thefork/scenario-schemas';
import { DemoActivityError, parseDemoActivityOptions } from './demo-activity-options';
import { disputedSizes, randomGuest, randomPartySize } from './demo-guests';
import {
  isoWithOffset,
  otherSlot,
  pickSlot,
  slotsOn,
  type PlatformHours,
  type SlotContext,
} from './demo-slots';

const TZ = 'Europe/Paris';
const FORK: PlatformHours = {
  slotMinutes: 30,
  windows: [
    ['12:00', '14:00'],
    ['19:00', '22:00'],
  ],
};
const FORM: PlatformHours = {
  slotMinutes: 15,
  windows: [
    ['12:00', '14:30'],
    ['17:30', '21:30'],
  ],
};
// A Monday in winter (UTC+1), 10:00 in Paris.
const MONDAY = '2025-01-13';
const ctxAt = (now: number, hours: PlatformHours, horizonDays = 6): SlotContext => ({
  now,
  timeZone: TZ,
  services: DEMO_SERVICES,
  hours,
  horizonDays,
  leadMinutes: 30,
});

function inService(instant: number): boolean {
  const m = minutesOfDay(localTimeOf(instant, TZ));
  const lunch = m >= 12 * 60 && m <= 13 * 60 + 45 && isoWeekday(localDateOf(instant, TZ)) !== 7;
  return lunch || (m >= 19 * 60 && m <= 21 * 60 + 45);
}

describe('demo slots', () => {
  it('books inside the demo services, on the platform grid, mostly today or tomorrow', () => {
    const now = instantOf(MONDAY, '10:00', TZ);
    const random = seededRandom(3);
    const days = new Map<string, number>();
    for (let i = 0; i < 200; i += 1) {
      const hours = i % 2 === 0 ? FORK : FORM;
      const at = pickSlot(random, ctxAt(now, hours));
      expect(at).toBeDefined();
      const slot = at ?? 0;
      expect(slot).toBeGreaterThanOrEqual(now + 30 * 60_000);
      expect(inService(slot)).toBe(true);
      const minutes = minutesOfDay(localTimeOf(slot, TZ));
      expect(minutes % hours.slotMinutes).toBe(0);
      if (hours === FORM) expect(minutes).toBeLessThanOrEqual(21 * 60 + 30);
      const date = localDateOf(slot, TZ);
      expect(date >= MONDAY && date <= addDays(MONDAY, 6)).toBe(true);
      days.set(date, (days.get(date) ?? 0) + 1);
    }
    const soon = (days.get(MONDAY) ?? 0) + (days.get(addDays(MONDAY, 1)) ?? 0);
    expect(soon / 200).toBeGreaterThan(0.55);
    expect(days.size).toBeGreaterThan(3);
  });

  it('moves to tomorrow late at night and skips the Sunday lunch', () => {
    const late = instantOf('2025-01-18', '23:30', TZ); // Saturday night
    const random = seededRandom(5);
    for (let i = 0; i < 100; i += 1) {
      const at = pickSlot(random, ctxAt(late, FORK, 1)) ?? 0;
      expect(localDateOf(at, TZ)).toBe('2025-01-19');
      expect(minutesOfDay(localTimeOf(at, TZ))).toBeGreaterThanOrEqual(19 * 60);
    }
    expect(slotsOn('2025-01-19', ctxAt(late, FORK)).every((s) => inService(s))).toBe(true);
  });

  it('finds nothing when every slot is past the horizon', () => {
    const late = instantOf(MONDAY, '23:30', TZ);
    const noHours: PlatformHours = { slotMinutes: 30, windows: [['03:00', '04:00']] };
    expect(pickSlot(seededRandom(1), ctxAt(late, noHours, 2))).toBeUndefined();
  });

  it('offers another time the same day, not the same one', () => {
    const now = instantOf(MONDAY, '08:00', TZ);
    const start = instantOf(MONDAY, '20:00', TZ);
    const random = seededRandom(9);
    for (let i = 0; i < 50; i += 1) {
      const other = otherSlot(random, start, ctxAt(now, FORK)) ?? start;
      expect(other).not.toBe(start);
      expect(localDateOf(other, TZ)).toBe(MONDAY);
      expect(Math.abs(other - start)).toBeLessThanOrEqual(90 * 60_000);
    }
  });

  it('writes times with the zone offset, summer and winter, that both simulators accept', () => {
    for (const [date, offset] of [
      [MONDAY, '+01:00'],
      ['2025-07-14', '+02:00'],
      ['2025-03-30', '+02:00'], // the spring-forward day
    ] as const) {
      const at = instantOf(date, '19:30', TZ);
      const text = isoWithOffset(at, TZ);
      expect(text).toBe(`${date}T19:30:00${offset}`);
      expect(Date.parse(text)).toBe(at);
    }
  });
});

describe('demo guests', () => {
  it('are valid for both simulators, 1 to 8 guests, from three countries', () => {
    const random = seededRandom(11);
    const origins = new Set<string>();
    for (let i = 0; i < 300; i += 1) {
      const g = randomGuest(random, [
        ['fr', 1],
        ['nl', 1],
        ['en', 1],
      ]);
      origins.add(g.origin);
      const size = randomPartySize(random);
      expect(size).toBeGreaterThanOrEqual(1);
      expect(size).toBeLessThanOrEqual(8);
      scenarioCreateReservationInput.parse({
        mealDate: '2025-01-13T19:30:00+01:00',
        partySize: size,
        customer: {
          email: g.email,
          firstName: g.firstName,
          lastName: g.lastName,
          phone: g.phone,
        },
      });
      scenarioCreateBookingInput.parse({
        bookingDateTime: '2025-01-13T19:30:00+01:00',
        numberOfPeople: size,
        firstName: g.firstName,
        lastName: g.lastName,
        email: g.email,
        telephone: g.phone,
        culture: g.origin,
      });
    }
    expect([...origins].sort()).toEqual(['en', 'fr', 'nl']);
  });

  it('disputes a party size with two different values, both unlike the base', () => {
    const random = seededRandom(2);
    for (let base = 1; base <= 12; base += 1) {
      for (let i = 0; i < 10; i += 1) {
        const { desk, remote } = disputedSizes(random, base);
        expect(new Set([base, desk, remote]).size).toBe(3);
        expect(Math.min(desk, remote)).toBeGreaterThanOrEqual(1);
        if (base <= 8) expect(Math.max(desk, remote)).toBeLessThanOrEqual(8);
      }
    }
  });
});

describe('demo activity options', () => {
  it('has defaults: first tick within a minute, then every one to three minutes', () => {
    const o = parseDemoActivityOptions(undefined);
    expect(o.firstDelay).toEqual({ minMs: 30_000, maxMs: 60_000 });
    expect(o.interval).toEqual({ minMs: 60_000, maxMs: 180_000 });
    expect(o.conflictEvery).toBe(6);
    expect(o.timeZone).toBe(TZ);
  });

  it.each([
    [{ interval: { minMs: 5_000, maxMs: 1_000 } }, /maxMs must be at least minMs/],
    [{ interval: { minMs: 10, maxMs: 20 } }, /at least 1000/],
    [{ conflictEvery: 1.5 }, /conflictEvery/],
    [{ timeZone: 'Mars/Olympus' }, /IANA/],
    [{ mix: { book: 0, change: 0, cancel: 0 } }, /weight/],
    [{ firstDelay: { minMs: -1, maxMs: 3 } }, /minMs/],
    [{ tick: 'fast' }, /tick/],
    ['every minute', /expected object/],
  ])('refuses %j with a clear message', (input, message) => {
    expect(() => parseDemoActivityOptions(input)).toThrow(DemoActivityError);
    expect(() => parseDemoActivityOptions(input)).toThrow(message);
  });
});
