import { z } from 'zod';
import { TimeZone } from '../../shared/domain/primitives';

const MINUTE = 60_000;

const delayRange = z
  .strictObject({
    minMs: z.int().min(0).max(86_400_000),
    maxMs: z.int().min(0).max(86_400_000),
  })
  .refine((r) => r.maxMs >= r.minMs, { message: 'maxMs must be at least minMs' });

const weight = z.number().min(0).max(1000);

export const DemoActivityOptions = z.strictObject({
  /** Wait before the first tick: soon, so a newcomer sees a booking arrive in the first minute. */
  firstDelay: delayRange.default({ minMs: 30_000, maxMs: 60_000 }),
  /** Wait between the end of a tick and the next one (uniform in the range). */
  interval: delayRange
    .refine((r) => r.minMs >= 1_000, { message: 'minMs must be at least 1000 (one second)' })
    .default({ minMs: 60_000, maxMs: 180_000 }),
  /** Every n-th tick stages a conflict (0: never). */
  conflictEvery: z.int().min(0).max(1_000).default(6),
  /** The other ticks: relative weights of a new booking, a change and a cancellation. */
  mix: z
    .strictObject({ book: weight, change: weight, cancel: weight })
    .refine((m) => m.book + m.change + m.cancel > 0, { message: 'at least one weight above 0' })
    .default({ book: 60, change: 25, cancel: 15 }),
  /** The restaurant's zone (the demo restaurant's services are read in it). */
  timeZone: TimeZone.default('Europe/Paris'),
  /** New bookings fall from today to this many days ahead (mostly today and tomorrow). */
  horizonDays: z.int().min(1).max(30).default(6),
  /** New bookings and changes start at least this many minutes after now. */
  leadMinutes: z
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** Above this many upcoming bookings made on a platform, it changes or cancels instead. */
  maxUpcoming: z.int().min(1).max(10_000).default(40),
});
export type DemoActivityOptions = z.output<typeof DemoActivityOptions>;
export type DemoActivityOptionsInput = z.input<typeof DemoActivityOptions>;

export class DemoActivityError extends Error {
  override readonly name = 'DemoActivityError';
}

export function parseDemoActivityOptions(input: unknown): DemoActivityOptions {
  const parsed = DemoActivityOptions.safeParse(input ?? {});
  if (!parsed.success) {
    throw new DemoActivityError(
      `cannot start the demo activity: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`,
    );
  }
  return parsed.data;
}

/** Bookings closer than this are left alone by conflicts (the host may be seating them). */
export const CONFLICT_MIN_LEAD_MS = 120 * MINUTE;
