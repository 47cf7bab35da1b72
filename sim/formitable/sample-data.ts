import type { Rng } from '../common/random';
import { addDays, localDate } from '../common/time-zone';
import { seatingTimes } from './availability';
import { findTable } from './placement';
import type { FormitableState } from './state';

const FIRST = ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Mila', 'Levi', 'Tess', 'Finn', 'Sara'];
const LAST = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
];

/** Deterministic sample bookings over the next days (no notifications: they pre-exist). */
export function addSampleBookings(
  state: FormitableState,
  rng: Rng,
  count: number,
  now: number,
): void {
  const { restaurant } = state;
  const today = localDate(now, restaurant.timeZone);
  for (let i = 0; i < count; i++) {
    const date = addDays(today, rng.int(0, 6));
    const times = seatingTimes(restaurant, date).filter((t) => t.start > now);
    const at = (
      times.length > 0 ? rng.pick(times) : rng.pick(seatingTimes(restaurant, addDays(date, 1)))
    ).start;
    const people = rng.int(2, 6);
    const table = findTable(
      state.placementContext(),
      people,
      at,
      restaurant.defaultDurationMinutes,
    );
    const firstName = rng.pick(FIRST);
    const lastName = rng.pick(LAST);
    state.create(
      {
        bookingDateTime: at,
        numberOfPeople: people,
        status: 'ACCEPTED',
        tables: table ? [table.id] : [],
        firstName,
        lastName,
        email: `${firstName}.${String(i)}@example.test`.toLowerCase(),
        telephone: `+316${String(rng.int(10_000_000, 99_999_999))}`,
        culture: 'nl',
        source: 'Formitable',
      },
      true,
    );
  }
}
