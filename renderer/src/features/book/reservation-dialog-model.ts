import { instantOf } from '../../../../shared/domain/time';
import { servicesOfDay, type DayService } from './book-day';
import type { BookRoom, BookService, BookTable } from './book-types';
import type { ReservationFormValues } from './reservation-form';

/** The services of a date being typed: none until it is a real date (the field says so on save). */
export function safeServicesOfDay(services: readonly BookService[], date: string, zone: string) {
  try {
    return servicesOfDay(services, date, zone).services;
  } catch {
    return [];
  }
}

export function safeInstant(date: string, time: string, zone: string): number | null {
  try {
    return instantOf(date, time, zone);
  } catch {
    return null;
  }
}

/** The first slot at or after now on today's date, else the day's first slot. */
export function defaultSlot(
  day: readonly DayService[],
  now: number,
): DayService['slots'][number] | null {
  const all = day.flatMap((s) => s.slots);
  return all.find((slot) => slot.atMs >= now) ?? all[0] ?? null;
}

export function tableOptions(
  tables: readonly BookTable[],
  rooms: readonly BookRoom[],
): { table: BookTable; room: string }[] {
  const collator = new Intl.Collator(undefined, { numeric: true });
  const position = (id: string) => rooms.find((r) => r.id === id)?.position ?? 9_999;
  return [...tables]
    .sort(
      (a, b) =>
        position(a.diningRoomId) - position(b.diningRoomId) || collator.compare(a.label, b.label),
    )
    .map((table) => ({
      table,
      room: rooms.find((r) => r.id === table.diningRoomId)?.name ?? '',
    }));
}

/** A new booking: the viewed date, the next slot of the day, that service's usual duration. */
export function newFormValues(input: {
  readonly services: readonly BookService[];
  readonly date: string;
  readonly zone: string;
  readonly now: number;
}): ReservationFormValues {
  const day = safeServicesOfDay(input.services, input.date, input.zone);
  const slot = defaultSlot(day, input.now);
  const service = slot ? day.find((s) => s.slots.includes(slot)) : undefined;
  return {
    guestName: '',
    phone: '',
    email: '',
    partySize: '2',
    date: input.date,
    time: slot?.time ?? '',
    durationMinutes: String(service?.service.defaultDurationMinutes ?? 90),
    notes: '',
    allergies: '',
    occasion: '',
    source: 'phone',
    tableIds: [],
  };
}
