import type { Reservation, ReservationStatus } from '../domain/reservation';
import {
  addDays,
  isoWeekday,
  localDateOf,
  minutesOfDay,
  servesOn,
  serviceSlots,
} from '../domain/time';
import { DISCOUNT_ID, SET_MENU_ID, TASTING_DAY_OFFSET, TASTING_ID } from './demo-catalogue';
import type { DemoService } from './demo-catalogue';
import type { DemoTable } from './demo-floor';
import { ALLERGIES, DIETS, NOTES, OCCASIONS, randomGuest, type DemoCustomer } from './demo-people';
import type { SeededRandom } from './seeded-random';
import { createTableAssigner } from './table-assigner';

export type DemoReservation = Omit<Reservation, 'createdAt' | 'updatedAt'>;

/** The fortnight: from 3 days before today to 11 days after, in the restaurant's zone. */
export const FIRST_DAY_OFFSET = -3;
export const LAST_DAY_OFFSET = 11;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const PARTY_SIZES: readonly (readonly [number, number])[] = [
  [1, 3],
  [2, 45],
  [3, 12],
  [4, 22],
  [5, 6],
  [6, 6],
  [7, 2],
  [8, 2],
  [9, 1],
  [10, 1],
];

/**
 * How full a service is, as a share of its maxCovers: full on past and today's services (busier
 * on Friday and Saturday), thinning out for dates whose bookings have not all come in yet.
 */
function fillOf(random: SeededRandom, dayOffset: number, date: string, type: string): number {
  const weekend = [5, 6].includes(isoWeekday(date));
  if (dayOffset === 0) return type === 'dinner' ? 0.9 : 0.75;
  if (dayOffset < 0) return (weekend ? 0.85 : 0.6) + random.next() * 0.1;
  if (dayOffset === TASTING_DAY_OFFSET && type === 'dinner') return 0.8;
  if (dayOffset <= 3) return (weekend ? 0.7 : 0.5) + random.next() * 0.15;
  if (dayOffset <= 7) return 0.3 + random.next() * 0.2;
  return 0.12 + random.next() * 0.2;
}

type Timing = 'past' | 'live' | 'future';

function statusFor(
  random: SeededRandom,
  timing: Timing,
  source: string,
  minutesSinceStart: number,
): ReservationStatus {
  if (timing === 'future') {
    if (source !== 'walk_in' && random.chance(0.07)) return 'requested';
    return random.chance(0.04) ? 'cancelled' : 'confirmed';
  }
  if (timing === 'past') {
    if (source === 'walk_in') return 'completed';
    return random.weighted<ReservationStatus>([
      ['completed', 89],
      ['cancelled', 7],
      ['no_show', 4],
    ]);
  }
  if (source === 'walk_in') return 'seated';
  if (minutesSinceStart < 10) {
    return random.weighted<ReservationStatus>([
      ['arrived', 2],
      ['confirmed', 1],
      ['seated', 2],
    ]);
  }
  return random.chance(0.95) ? 'seated' : 'arrived';
}

export interface DemoBookingsInput {
  readonly random: SeededRandom;
  readonly now: number;
  readonly timeZone: string;
  readonly services: readonly DemoService[];
  readonly tables: readonly DemoTable[];
  readonly regulars: readonly DemoCustomer[];
}

/** Bookings of the fortnight, service by service, each table holding one party at a time. */
export function demoBookings(input: DemoBookingsInput): DemoReservation[] {
  const { random, now, timeZone, services, tables, regulars } = input;
  const today = localDateOf(now, timeZone);
  const out: DemoReservation[] = [];
  const regularDates = new Set<string>();

  for (let offset = FIRST_DAY_OFFSET; offset <= LAST_DAY_OFFSET; offset++) {
    const date = addDays(today, offset);
    const assigner = createTableAssigner(tables);
    for (const service of services) {
      if (!servesOn(service, date)) continue;
      const slots = serviceSlots(date, service, timeZone);
      const peak = service.type === 'lunch' ? 30 : 60;
      const start = minutesOfDay(service.startTime);
      const slotWeights = slots.map((slot) => {
        const slotOffset = (minutesOfDay(slot.time) - start + 24 * 60) % (24 * 60);
        return [slot, Math.max(1, 6 - Math.abs(slotOffset - peak) / 15)] as const;
      });
      if (slotWeights.length === 0) continue;
      const target = Math.round(service.maxCovers * fillOf(random, offset, date, service.type));
      let covers = 0;
      let failures = 0;
      let count = 0;
      while (covers < target && failures < 12) {
        let partySize = random.weighted(PARTY_SIZES);
        partySize = Math.min(partySize, service.maxCovers - covers);
        if (partySize < 1) break;
        const slot = random.weighted(slotWeights);
        const durationMinutes =
          service.defaultDurationMinutes + (partySize >= 3 ? 15 : 0) + (partySize >= 6 ? 15 : 0);
        const startsAt = slot.atMs;
        const endsAt = startsAt + durationMinutes * MINUTE;
        const timing: Timing = endsAt <= now ? 'past' : startsAt <= now ? 'live' : 'future';
        const source =
          timing === 'future'
            ? random.weighted([
                ['phone', 40],
                ['thefork', 35],
                ['zenchef', 25],
              ])
            : random.weighted([
                ['phone', 35],
                ['thefork', 30],
                ['zenchef', 20],
                ['walk_in', 15],
              ]);
        const status = statusFor(random, timing, source, (now - startsAt) / MINUTE);
        const holdsTable = status !== 'cancelled' && status !== 'requested';
        const leftForLater = offset > 2 && random.chance(0.25);
        let tableIds: string[] = [];
        if (holdsTable && !leftForLater) {
          const assigned = assigner.assign(partySize, startsAt, endsAt);
          if (assigned === null) {
            failures++;
            continue;
          }
          tableIds = assigned;
        }
        count++;
        const booking: DemoReservation = {
          id: `demo-booking-${date}-${service.type}-${String(count).padStart(3, '0')}`,
          guestName: '',
          partySize,
          startsAt,
          durationMinutes,
          status,
          source,
          serviceId: service.id,
          tableIds,
          allergies: [],
          dietaryRestrictions: [],
        };
        const room = tables.find((t) => t.id === tableIds[0])?.diningRoomId;
        if (room !== undefined) booking.diningRoomId = room;
        describeGuest(booking, random, regulars, regularDates, date);
        addDetails(booking, random, { offset, date, serviceType: service.type });
        stampTimes(booking, random, now);
        out.push(booking);
        if (status !== 'cancelled') covers += partySize;
      }
    }
  }
  return out;
}

function describeGuest(
  booking: DemoReservation,
  random: SeededRandom,
  regulars: readonly DemoCustomer[],
  regularDates: Set<string>,
  date: string,
): void {
  const regular =
    booking.source !== 'walk_in' && random.chance(0.18) ? random.pick(regulars) : undefined;
  if (regular !== undefined && !regularDates.has(`${regular.id}|${date}`)) {
    regularDates.add(`${regular.id}|${date}`);
    booking.customerId = regular.id;
    booking.guestName = regular.name;
    if (regular.phone !== undefined) booking.phone = regular.phone;
    if (regular.email !== undefined) booking.email = regular.email;
    booking.allergies = [...regular.allergies];
    booking.dietaryRestrictions = [...regular.dietaryRestrictions];
    if (regular.notes !== undefined) booking.notes = regular.notes;
    return;
  }
  const guest = randomGuest(random);
  booking.guestName = guest.name;
  if (booking.source !== 'walk_in') booking.phone = guest.phone;
  if (guest.email !== undefined && booking.source !== 'walk_in') booking.email = guest.email;
}

function addDetails(
  booking: DemoReservation,
  random: SeededRandom,
  at: { offset: number; date: string; serviceType: string },
): void {
  const { partySize } = booking;
  if (booking.allergies.length === 0 && random.chance(0.12)) {
    booking.allergies = [random.pick(ALLERGIES)];
  }
  if (booking.dietaryRestrictions.length === 0 && random.chance(0.08)) {
    booking.dietaryRestrictions = [random.pick(DIETS)];
  }
  if (random.chance(0.07)) booking.occasion = random.pick(OCCASIONS);
  if (booking.notes === undefined && random.chance(0.15)) booking.notes = random.pick(NOTES);
  if (partySize >= 3 && random.chance(0.15)) {
    const children = random.int(1, Math.min(2, partySize - 1));
    booking.children = children;
    booking.adults = partySize - children;
  }
  const online = booking.source === 'thefork' || booking.source === 'zenchef';
  if (at.serviceType === 'lunch' && random.chance(0.3)) booking.offerId = SET_MENU_ID;
  else if (
    at.serviceType === 'dinner' &&
    at.offset === TASTING_DAY_OFFSET &&
    partySize >= 2 &&
    partySize <= 8 &&
    random.chance(0.6)
  ) {
    booking.offerId = TASTING_ID;
  } else if (
    at.serviceType === 'dinner' &&
    online &&
    isoWeekday(at.date) <= 4 &&
    partySize <= 6 &&
    random.chance(0.4)
  ) {
    booking.offerId = DISCOUNT_ID;
  }
}

/** arrivedAt / seatedAt / completedAt / cancelledAt consistent with the status, never after now. */
function stampTimes(booking: DemoReservation, random: SeededRandom, now: number): void {
  const { status, startsAt } = booking;
  const endsAt = startsAt + booking.durationMinutes * MINUTE;
  if (status === 'arrived' || status === 'seated' || status === 'completed') {
    const arrivedAt = Math.min(now, startsAt + random.int(-10, 10) * MINUTE);
    booking.arrivedAt = arrivedAt;
    if (status !== 'arrived')
      booking.seatedAt = Math.min(now, arrivedAt + random.int(0, 5) * MINUTE);
  }
  if (status === 'completed')
    booking.completedAt = Math.min(now, endsAt + random.int(-15, 10) * MINUTE);
  if (status === 'cancelled') {
    booking.cancelledAt = Math.max(0, Math.min(now, startsAt) - random.int(1, 72) * HOUR);
  }
}

/** Visit counters and last visit of the regulars, from the fortnight's outcomes. */
export function withVisits(
  regulars: readonly DemoCustomer[],
  bookings: readonly DemoReservation[],
): DemoCustomer[] {
  return regulars.map((customer) => {
    const own = bookings.filter((b) => b.customerId === customer.id);
    const completed = own.filter((b) => b.status === 'completed');
    const next: DemoCustomer = {
      ...customer,
      visitCount: customer.visitCount + completed.length,
      noShowCount: customer.noShowCount + own.filter((b) => b.status === 'no_show').length,
    };
    const last = Math.max(...completed.map((b) => b.startsAt));
    if (completed.length > 0) next.lastVisitAt = last;
    return next;
  });
}
