import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { EpochMs, Id, IdList, IsoWeekday, Label, LocalTime, Minutes, Slug } from './primitives';
import { Prepayment } from './prepayment';

export const KNOWN_SERVICE_TYPES = [
  'breakfast',
  'brunch',
  'lunch',
  'tea',
  'dinner',
  'late',
] as const;

export const DiningServiceFields = z.strictObject({
  id: Id,
  name: Label,
  /** lunch, dinner, brunch, ... (open set). */
  type: Slug,
  weekdays: z.array(IsoWeekday).min(1).max(7),
  /** Local wall-clock times in the restaurant's zone. An end at or before the start is next day. */
  startTime: LocalTime,
  endTime: LocalTime,
  lastSeatingTime: LocalTime,
  maxCovers: z.int().min(0).max(10_000),
  slotIntervalMinutes: z.int().min(5).max(240),
  defaultDurationMinutes: Minutes,
  prepayment: Prepayment,
  autoConfirm: z.boolean(),
  /** Rooms the service books into; empty = all rooms. */
  diningRoomIds: IdList,
  /** Private: booked by the desk only, never offered on platforms. */
  private: z.boolean(),
  active: z.boolean(),
  position: z.int().min(0).max(10_000),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const DiningService = DiningServiceFields.superRefine((s, ctx) => {
  if (new Set(s.weekdays).size !== s.weekdays.length) {
    ctx.addIssue({ code: 'custom', path: ['weekdays'], message: 'a weekday is listed twice' });
  }
  if (s.startTime === s.endTime) {
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      message: 'a service cannot end when it starts',
    });
  }
});
export type DiningService = z.infer<typeof DiningService>;

export const diningServiceCollection = defineCollection({
  name: 'dining_services',
  schema: DiningService,
  description: 'Services (lunch, dinner...) with local opening times, pacing and rules.',
  version: 0,
  primaryKey: 'id',
  indexes: [['position']],
  migrations: [],
});
