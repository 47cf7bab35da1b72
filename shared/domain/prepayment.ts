import { z } from 'zod';
import { CurrencyCode, MinorAmount } from './primitives';

/** What a guest pays or guarantees when booking a service or an offer. */
export const Prepayment = z.strictObject({
  mode: z.enum(['none', 'card_guarantee', 'deposit', 'full']),
  /** Per person, in the currency's minor unit; absent for `none`. */
  amountPerPersonMinor: MinorAmount.optional(),
  currency: CurrencyCode.optional(),
  /** From this party size on; absent means every booking. */
  fromPartySize: z.int().min(1).max(1000).optional(),
});
export type Prepayment = z.infer<typeof Prepayment>;
