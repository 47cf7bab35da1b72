import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { CurrencyCode, EpochMs, Id, IdList, Label, MinorAmount, Note } from './primitives';

export const OrderStatus = z.enum(['open', 'sent', 'served', 'paid', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const OrderLine = z.strictObject({
  id: Id,
  /** Absent for an item typed by hand. */
  menuItemId: Id.optional(),
  name: Label,
  quantity: z.int().min(1).max(999),
  unitPriceMinor: MinorAmount,
  notes: Note.optional(),
});
export type OrderLine = z.infer<typeof OrderLine>;

export const OrderFields = z.strictObject({
  id: Id,
  reservationId: Id.optional(),
  tableIds: IdList,
  status: OrderStatus,
  lines: z.array(OrderLine).max(500),
  /** Sum of quantity x unit price, minus discountMinor. */
  totalMinor: MinorAmount,
  discountMinor: MinorAmount,
  currency: CurrencyCode,
  openedAt: EpochMs,
  closedAt: EpochMs.optional(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export function orderSubtotal(lines: readonly OrderLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
}

export const Order = OrderFields.superRefine((o, ctx) => {
  const expected = orderSubtotal(o.lines) - o.discountMinor;
  if (o.totalMinor !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['totalMinor'],
      message: `totalMinor is ${o.totalMinor}, the lines minus the discount make ${expected}`,
    });
  }
});
export type Order = z.infer<typeof Order>;

export const orderCollection = defineCollection({
  name: 'orders',
  schema: Order,
  description: 'Table orders (the POS side of a visit), amounts in minor units.',
  version: 0,
  primaryKey: 'id',
  indexes: [['reservationId'], ['status', 'openedAt']],
  migrations: [],
});
