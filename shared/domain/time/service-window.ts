import type { DiningService } from '../dining-service';
import { LocalTimeError, addDays, formatLocalTime, isoWeekday, minutesOfDay } from './local-date';
import type { InstantRange } from './day-bounds';
import { instantOf, localTimeOf } from './zoned-time';

type ServiceHours = Pick<
  DiningService,
  'startTime' | 'endTime' | 'lastSeatingTime' | 'slotIntervalMinutes' | 'weekdays'
>;

export interface ServiceWindow extends InstantRange {
  /** Last instant a party may sit down. */
  readonly lastSeatingMs: number;
}

export interface ServiceSlot {
  /** Wall-clock label in the restaurant's zone. */
  readonly time: string;
  readonly atMs: number;
}

/** True when the service runs on that local date (its ISO weekday). */
export function servesOn(service: Pick<DiningService, 'weekdays'>, date: string): boolean {
  return service.weekdays.includes(isoWeekday(date));
}

/** Minutes after the service's start on its own timeline (a time before the start is next day). */
function lastSeatingOffset(start: number, service: ServiceHours): number {
  return minutesOfDay(service.lastSeatingTime) === start
    ? 0
    : offsetFromStart(start, service.lastSeatingTime);
}

function offsetFromStart(start: number, time: string): number {
  const minutes = minutesOfDay(time);
  return minutes > start ? minutes - start : minutes + 24 * 60 - start;
}

/**
 * The instants a service covers on a local date. Local times are read in the restaurant's zone;
 * an end (or last seating) at or before the start belongs to the next date, so a dinner from
 * 19:00 to 01:00 ends on the following day.
 */
export function serviceWindow(
  date: string,
  service: ServiceHours,
  timeZone: string,
): ServiceWindow {
  const start = minutesOfDay(service.startTime);
  const endOffset = offsetFromStart(start, service.endTime);
  const lastOffset = lastSeatingOffset(start, service);
  if (lastOffset > endOffset) {
    throw new LocalTimeError(
      `last seating ${service.lastSeatingTime} is after the end ${service.endTime} of the service`,
    );
  }
  const dateOf = (offset: number): string => (start + offset >= 24 * 60 ? addDays(date, 1) : date);
  return {
    startMs: instantOf(date, service.startTime, timeZone),
    endMs: instantOf(dateOf(endOffset), service.endTime, timeZone),
    lastSeatingMs: instantOf(dateOf(lastOffset), service.lastSeatingTime, timeZone),
  };
}

/**
 * Bookable slots from the start to the last seating, every `slotIntervalMinutes` of wall-clock
 * time. A wall time that the DST change skips is no slot; a repeated one is offered once.
 */
export function serviceSlots(date: string, service: ServiceHours, timeZone: string): ServiceSlot[] {
  const start = minutesOfDay(service.startTime);
  const last = lastSeatingOffset(start, service);
  const slots: ServiceSlot[] = [];
  for (let offset = 0; offset <= last; offset += service.slotIntervalMinutes) {
    const minutes = (start + offset) % (24 * 60);
    const time = formatLocalTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
    const slotDate = start + offset >= 24 * 60 ? addDays(date, 1) : date;
    const atMs = instantOf(slotDate, time, timeZone, 'compatible');
    // A skipped wall time comes back moved forward: not a slot that day.
    if (localTimeOf(atMs, timeZone) === time) slots.push({ time, atMs });
  }
  return slots;
}
