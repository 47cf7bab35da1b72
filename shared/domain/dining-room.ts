import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { EpochMs, Id, Label } from './primitives';

export const DiningRoom = z.strictObject({
  id: Id,
  name: Label,
  /** Order of the tabs on the floor plan. */
  position: z.int().min(0).max(10_000),
  /** Size of the plan in plan units (the unit of table x/y/width/height). */
  width: z.number().min(1).max(100_000),
  height: z.number().min(1).max(100_000),
  active: z.boolean(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type DiningRoom = z.infer<typeof DiningRoom>;

export const diningRoomCollection = defineCollection({
  name: 'dining_rooms',
  schema: DiningRoom,
  description: 'Rooms and terraces; tabs of the floor plan.',
  version: 0,
  primaryKey: 'id',
  indexes: [['position']],
  migrations: [],
});
