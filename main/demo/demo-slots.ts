import type { DemoService } from '../../shared/demo/demo-catalogue';
import type { SeededRandom } from '../../shared/demo/seeded-random';
import {
  addDays,
  localDateOf,
  localTimeOf,
  minutesOfDay,
  offsetMsAt,
  servesOn,
  serviceSlots,
} from '../../shared/domain/time';

/** When a platform takes bookings: its slot step and seating windows (local `HH:MM`, inclusive). */
export interface PlatformHours {
  readonly slotMinutes: number;
  readonly windows: readonly (readonly [string, string])[];
}

export interface SlotContext {
  readonly now: number;
  readonly timeZone: string;
  readonly services: readonly DemoService[];
  readonly hours: PlatformHours;
  readonly horizonDays: number;
  readonly leadMinutes: number;
}

const MINUTE = 60_000;

function accepts(hours: PlatformHours, time: string): boolean {
  const minutes = minutesOfDay(time);
  if (minutes % hours.slotMinutes !== 0) return false;
  return hours.windows.some(
    ([from, to]) => minutes >= minutesOfDay(from) && minutes <= minutesOfDay(to),
  );
}

/** The slots of a local date that both the restaurant's services and the platform offer. */
export function slotsOn(date: string, ctx: SlotContext): number[] {
  const earliest = ctx.now + ctx.leadMinutes * MINUTE;
  const out: number[] = [];
  for (const service of ctx.services) {
    if (!service.active || !servesOn(service, date)) continue;
    for (const slot of serviceSlots(date, service, ctx.timeZone)) {
      if (slot.atMs >= earliest && accepts(ctx.hours, slot.time)) out.push(slot.atMs);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Which day a new booking is for: today or tomorrow two times in three, else later. */
function dayOffset(random: SeededRandom, horizonDays: number): number {
  const roll = random.next();
  if (roll < 0.35) return 0;
  if (roll < 0.65 || horizonDays < 2) return Math.min(1, horizonDays);
  return random.int(2, horizonDays);
}

/** A start for a new booking, or undefined when no slot is left within the horizon. */
export function pickSlot(random: SeededRandom, ctx: SlotContext): number | undefined {
  const today = localDateOf(ctx.now, ctx.timeZone);
  const first = dayOffset(random, ctx.horizonDays);
  for (let offset = first; offset <= ctx.horizonDays; offset += 1) {
    const slots = slotsOn(addDays(today, offset), ctx);
    if (slots.length > 0) return random.pick(slots);
  }
  for (let offset = 0; offset < first; offset += 1) {
    const slots = slotsOn(addDays(today, offset), ctx);
    if (slots.length > 0) return random.pick(slots);
  }
  return undefined;
}

/** Another start the same day, preferably within 90 minutes (a guest asking to come earlier). */
export function otherSlot(
  random: SeededRandom,
  startsAt: number,
  ctx: SlotContext,
): number | undefined {
  const slots = slotsOn(localDateOf(startsAt, ctx.timeZone), ctx).filter((s) => s !== startsAt);
  const near = slots.filter((s) => Math.abs(s - startsAt) <= 90 * MINUTE);
  const from = near.length > 0 ? near : slots;
  return from.length > 0 ? random.pick(from) : undefined;
}

/** `2025-06-01T19:30:00+02:00`: the local reading in `timeZone` with its offset. */
export function isoWithOffset(instant: number, timeZone: string): string {
  const offset = Math.round(offsetMsAt(instant, timeZone) / MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${localDateOf(instant, timeZone)}T${localTimeOf(instant, timeZone)}:00${sign}${hh}:${mm}`;
}
