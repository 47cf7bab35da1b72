import { servesOn, serviceSlots, serviceWindow } from '../../../../shared/domain/time';
import type { ServiceSlot, ServiceWindow } from '../../../../shared/domain/time';
import { countsAsCovers, type BookReservation, type BookService } from './book-types';

/** A service running on the chosen date, with its instants in the restaurant's zone. */
export interface DayService {
  readonly service: BookService;
  readonly window: ServiceWindow;
  readonly slots: readonly ServiceSlot[];
}

export interface DayServices {
  readonly services: readonly DayService[];
  /** Services whose hours cannot be read (named, so the host can tell the manager). */
  readonly broken: readonly { readonly name: string; readonly reason: string }[];
}

/** Active services serving that weekday, in the order of the day (then their position). */
export function servicesOfDay(
  services: readonly BookService[],
  date: string,
  timeZone: string,
): DayServices {
  const out: DayService[] = [];
  const broken: { name: string; reason: string }[] = [];
  for (const service of services) {
    // The time helpers take mutable arrays; the live query hands out frozen snapshots.
    const hours = { ...service, weekdays: [...service.weekdays] };
    if (!service.active || !servesOn(hours, date)) continue;
    try {
      out.push({
        service,
        window: serviceWindow(date, hours, timeZone),
        slots: serviceSlots(date, hours, timeZone),
      });
    } catch (error) {
      broken.push({
        name: service.name,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  out.sort(
    (a, b) => a.window.startMs - b.window.startMs || a.service.position - b.service.position,
  );
  return { services: out, broken };
}

export interface ServiceGroup {
  /** The service id, or OUTSIDE_SERVICES for bookings no service of the day covers. */
  readonly key: string;
  readonly day: DayService | null;
  readonly reservations: readonly BookReservation[];
  /** Covers that still count (cancelled and no-shows left out). */
  readonly covers: number;
  readonly bookings: number;
}

export const OUTSIDE_SERVICES = 'outside';

/** The day service a reservation belongs to: its serviceId when that runs today, else by time. */
export function serviceOf(
  reservation: Pick<BookReservation, 'serviceId' | 'startsAt'>,
  services: readonly DayService[],
): DayService | null {
  if (reservation.serviceId !== undefined) {
    const named = services.find((s) => s.service.id === reservation.serviceId);
    if (named) return named;
  }
  return (
    services.find(
      (s) => reservation.startsAt >= s.window.startMs && reservation.startsAt < s.window.endMs,
    ) ?? null
  );
}

/**
 * The day's book split by service, in time order within each service. Every service of the day
 * gets a group (an empty lunch still shows); bookings outside every service come last.
 */
export function groupByService(
  reservations: readonly BookReservation[],
  services: readonly DayService[],
): ServiceGroup[] {
  const buckets = new Map<string, BookReservation[]>();
  for (const s of services) buckets.set(s.service.id, []);
  const outside: BookReservation[] = [];
  for (const r of reservations) {
    const service = serviceOf(r, services);
    (service ? (buckets.get(service.service.id) ?? outside) : outside).push(r);
  }
  const make = (key: string, day: DayService | null, list: BookReservation[]): ServiceGroup => {
    const sorted = [...list].sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id));
    const live = sorted.filter((r) => countsAsCovers(r.status));
    return {
      key,
      day,
      reservations: sorted,
      covers: live.reduce((sum, r) => sum + r.partySize, 0),
      bookings: live.length,
    };
  };
  const groups = services.map((s) => make(s.service.id, s, buckets.get(s.service.id) ?? []));
  if (outside.length > 0) groups.push(make(OUTSIDE_SERVICES, null, outside));
  return groups;
}

/**
 * The service a walk-in belongs to: the one running at that instant, or one starting within
 * `aheadMs` (guests who come in just before the doors officially open); otherwise none.
 */
export function serviceAt(
  services: readonly DayService[],
  atMs: number,
  aheadMs = 60 * 60_000,
): DayService | null {
  return (
    services.find((s) => atMs >= s.window.startMs && atMs < s.window.endMs) ??
    services.find((s) => s.window.startMs > atMs && s.window.startMs - atMs <= aheadMs) ??
    null
  );
}
