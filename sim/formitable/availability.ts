import { formatLocalWithOffset, instantAtLocal, minutesOf, parseDate } from '../common/time-zone';
import type { FormRestaurant } from './model';
import { findTable, freeMinutes, type PlacementContext } from './placement';
import type { BookingTimePublic } from './wire';

/** Shortest stay offered as SHORT when the full duration does not fit. */
const MIN_SHORT_MINUTES = 60;

export function isClosed(restaurant: FormRestaurant, date: string): boolean {
  const p = parseDate(date);
  if (!p) return true;
  return restaurant.closedWeekdays.includes(
    new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay(),
  );
}

/** Seating instants of a local day, with the shift they belong to. */
export function seatingTimes(restaurant: FormRestaurant, date: string): { start: number }[] {
  const out: { start: number }[] = [];
  for (const shift of restaurant.shifts) {
    for (
      let m = minutesOf(shift.start);
      m <= minutesOf(shift.lastSeating);
      m += restaurant.slotMinutes
    ) {
      out.push({ start: instantAtLocal(date, m, restaurant.timeZone) });
    }
  }
  return out;
}

/** `GET /{r}/availability/day/{date}/{numberOfPeople}/{language}` */
export function dayAvailability(
  ctx: PlacementContext,
  date: string,
  people: number,
  language: 'en' | 'nl',
): BookingTimePublic[] {
  const { restaurant } = ctx;
  const closed = isClosed(restaurant, date);
  const areaName = (areaId: number): string | null => {
    const area = restaurant.areas.find((a) => a.id === areaId);
    return area ? area.displayName[language] : null;
  };
  return seatingTimes(restaurant, date).map(({ start }) => {
    const time = formatLocalWithOffset(start, restaurant.timeZone);
    if (closed) return { time, status: 'CLOSED', maxDuration: 0, area: null };
    if (start <= ctx.now) return { time, status: 'PASSED', maxDuration: 0, area: null };
    if (people < restaurant.minBookingSize || people > restaurant.maxBookingSize) {
      return { time, status: 'UNAVAILABLE', maxDuration: 0, area: null };
    }
    const full = findTable(ctx, people, start, restaurant.defaultDurationMinutes);
    if (full) {
      return {
        time,
        status: 'AVAILABLE',
        maxDuration: restaurant.defaultDurationMinutes,
        area: areaName(full.areaId),
      };
    }
    const short = restaurant.tables
      .filter((t) => t.minPeople <= people && people <= t.maxPeople)
      .map((t) => ({ t, free: freeMinutes(ctx, t, start, restaurant.defaultDurationMinutes) }))
      .filter((x) => x.free >= MIN_SHORT_MINUTES)
      .sort((a, b) => b.free - a.free)[0];
    if (short) {
      const maxDuration = short.free - (short.free % restaurant.slotMinutes);
      return { time, status: 'SHORT', maxDuration, area: areaName(short.t.areaId) };
    }
    return { time, status: 'UNAVAILABLE', maxDuration: 0, area: null };
  });
}
