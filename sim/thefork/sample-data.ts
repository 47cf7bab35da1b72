import type { Rng } from '../common/random';
import { addDays, localDate } from '../common/time-zone';
import { slotsForDate } from './availability';
import type { ForkRestaurant, ReservationChannel } from './model';
import type { TheForkState } from './state';

const FIRST = [
  'Camille',
  'Louis',
  'Chloé',
  'Hugo',
  'Léa',
  'Arthur',
  'Manon',
  'Jules',
  'Inès',
  'Noah',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
];
const CHANNELS: readonly ReservationChannel[] = ['TheFork', 'Booking Module', 'Google', 'Offline'];

/** Deterministic sample reservations over the next days (no webhooks: they pre-exist). */
export function addSampleReservations(
  state: TheForkState,
  restaurant: ForkRestaurant,
  rng: Rng,
  count: number,
  now: number,
): void {
  const today = localDate(now, restaurant.timeZone);
  for (let i = 0; i < count; i++) {
    const date = addDays(today, rng.int(0, 6));
    const slots = slotsForDate(restaurant, date).filter((s) => s.start > now);
    const slot =
      slots.length > 0 ? rng.pick(slots) : rng.pick(slotsForDate(restaurant, addDays(date, 1)));
    const firstName = rng.pick(FIRST);
    const lastName = rng.pick(LAST);
    const customer = state.upsertCustomer(restaurant, {
      email: `${firstName}.${lastName}.${String(i)}@example.test`.toLowerCase(),
      firstName,
      lastName,
      phone: `+3361${String(rng.int(1_000_000, 9_999_999))}`,
      locale: 'fr_FR',
      civility: rng.pick(['mr', 'mrs', 'ms'] as const),
    });
    state.createReservation(
      {
        restaurantUuid: restaurant.restaurantUuid,
        mealDate: slot.start,
        partySize: rng.int(2, 6),
        status: 'RECORDED',
        customerUuid: customer.customerUuid,
        reservationChannel: rng.pick(CHANNELS),
      },
      true,
    );
  }
}
