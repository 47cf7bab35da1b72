import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { EpochMs, Id, IdList, Note } from './primitives';

export const TableShape = z.enum(['round', 'square', 'rectangle', 'booth']);
export type TableShape = z.infer<typeof TableShape>;

/** Plan coordinates: the room's plan units, origin top left, y down. */
const Coordinate = z.number().min(-100_000).max(100_000);
const Extent = z.number().min(1).max(100_000);

export const DiningTableFields = z.strictObject({
  id: Id,
  diningRoomId: Id,
  /** What the host calls it: "12", "T4", "Bar 2". */
  label: z.string().min(1).max(16),
  seatsMin: z.int().min(1).max(100),
  seatsMax: z.int().min(1).max(100),
  shape: TableShape,
  x: Coordinate,
  y: Coordinate,
  width: Extent,
  height: Extent,
  /** Degrees clockwise, [0, 360). */
  rotation: z.number().min(0).lt(360),
  /** Tables this one may be combined with for a larger party. */
  combinableWith: IdList,
  blocked: z.boolean(),
  blockedReason: Note.optional(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const DiningTable = DiningTableFields.superRefine((t, ctx) => {
  if (t.seatsMin > t.seatsMax) {
    ctx.addIssue({ code: 'custom', path: ['seatsMin'], message: 'seatsMin is above seatsMax' });
  }
  if (t.combinableWith.includes(t.id)) {
    ctx.addIssue({
      code: 'custom',
      path: ['combinableWith'],
      message: 'a table cannot be combined with itself',
    });
  }
});
export type DiningTable = z.infer<typeof DiningTable>;

export function tableFits(
  table: Pick<DiningTable, 'seatsMin' | 'seatsMax'>,
  party: number,
): boolean {
  return party >= table.seatsMin && party <= table.seatsMax;
}

export const diningTableCollection = defineCollection({
  name: 'dining_tables',
  schema: DiningTable,
  description: 'Tables drawn on a room plan, with seats and combinations.',
  version: 0,
  primaryKey: 'id',
  indexes: [['diningRoomId', 'label']],
  migrations: [],
});
