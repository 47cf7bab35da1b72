import { describe, expect, it } from 'vitest';
import { groupByService, OUTSIDE_SERVICES, serviceAt, servicesOfDay } from './book-day';
import { booking, service } from './book-test-fixtures';

const at = (text: string) => Date.parse(text);
const lunch = service({
  id: 'lunch',
  name: 'Lunch',
  startTime: '12:00',
  endTime: '15:00',
  lastSeatingTime: '13:30',
  position: 0,
  weekdays: [1, 2, 3, 4, 5],
});
const dinner = service();

describe('servicesOfDay', () => {
  it('keeps active services serving that weekday, in the order of the day', () => {
    // 2026-07-14 is a Tuesday; 2026-07-18 a Saturday (no lunch).
    const tuesday = servicesOfDay([dinner, lunch], '2026-07-14', 'Europe/Paris');
    expect(tuesday.services.map((s) => s.service.id)).toEqual(['lunch', 'dinner']);
    expect(tuesday.services[1]?.window.startMs).toBe(at('2026-07-14T17:00:00Z'));
    const saturday = servicesOfDay([dinner, lunch], '2026-07-18', 'Europe/Paris');
    expect(saturday.services.map((s) => s.service.id)).toEqual(['dinner']);
    const off = servicesOfDay([{ ...dinner, active: false }], '2026-07-14', 'Europe/Paris');
    expect(off.services).toEqual([]);
  });

  it('is correct on DST days: the autumn night is one hour longer in UTC', () => {
    const late = service({ startTime: '20:00', endTime: '03:00', lastSeatingTime: '01:00' });
    const [night] = servicesOfDay([late], '2026-10-24', 'Europe/Paris').services;
    expect(night && (night.window.endMs - night.window.startMs) / 3_600_000).toBe(8);
    const [spring] = servicesOfDay([dinner], '2026-03-29', 'Europe/Paris').services;
    expect(spring?.window.startMs).toBe(at('2026-03-29T17:00:00Z'));
  });

  it('names a service whose hours cannot be read instead of dropping it silently', () => {
    const bad = service({ id: 'bad', name: 'Brunch', lastSeatingTime: '23:45' });
    const day = servicesOfDay([bad, dinner], '2026-07-14', 'Europe/Paris');
    expect(day.services.map((s) => s.service.id)).toEqual(['dinner']);
    expect(day.broken.map((b) => b.name)).toEqual(['Brunch']);
    expect(day.broken[0]?.reason).toMatch(/last seating 23:45 is after the end/);
  });
});

describe('groupByService', () => {
  const day = servicesOfDay([lunch, dinner], '2026-07-14', 'Europe/Paris').services;

  it('splits by service id first, then by time, and keeps empty services', () => {
    const groups = groupByService(
      [
        booking({ id: 'b', startsAt: at('2026-07-14T18:30:00Z'), partySize: 4 }),
        booking({ id: 'a', startsAt: at('2026-07-14T17:00:00Z'), partySize: 2 }),
        // Tagged lunch by the platform though its time is odd: the tag wins.
        booking({ id: 'c', startsAt: at('2026-07-14T13:45:00Z'), serviceId: 'lunch' }),
        booking({ id: 'x', startsAt: at('2026-07-14T16:00:00Z'), status: 'cancelled' }),
      ],
      day,
    );
    expect(groups.map((g) => [g.key, g.reservations.map((r) => r.id)])).toEqual([
      ['lunch', ['c']],
      ['dinner', ['a', 'b']],
      [OUTSIDE_SERVICES, ['x']],
    ]);
    expect(groups[1]?.covers).toBe(6);
    expect(groups[2]?.covers).toBe(0);
    const empty = groupByService([], day);
    expect(empty.map((g) => [g.key, g.bookings])).toEqual([
      ['lunch', 0],
      ['dinner', 0],
    ]);
  });

  it('a serviceId of a service not running today falls back to the time', () => {
    const groups = groupByService(
      [booking({ id: 'z', startsAt: at('2026-07-14T17:30:00Z'), serviceId: 'brunch' })],
      day,
    );
    expect(groups.find((g) => g.key === 'dinner')?.reservations.length).toBe(1);
  });

  it('serviceAt: the running service, else one starting within the hour, else none', () => {
    expect(serviceAt(day, at('2026-07-14T11:00:00Z'))?.service.id).toBe('lunch');
    expect(serviceAt(day, at('2026-07-14T09:30:00Z'))?.service.id).toBe('lunch');
    expect(serviceAt(day, at('2026-07-14T16:30:00Z'))?.service.id).toBe('dinner');
    // Between lunch and dinner, and in the middle of the night: no service.
    expect(serviceAt(day, at('2026-07-14T14:00:00Z'))).toBeNull();
    expect(serviceAt(day, at('2026-07-14T23:00:00Z'))).toBeNull();
    expect(serviceAt(day, at('2026-07-14T02:00:00Z'))).toBeNull();
  });
});
