import type { Snapshot } from '../../../../shared/store/store-deps';
import { Offer } from '../../../../shared/domain/offer';
import {
  formatMoney,
  withoutBookkeeping,
  issuesToErrors,
  parseMoney,
  parseWhole,
  type FormErrors,
} from './form-issues';
import type { FormResult } from './restaurant-form';
import { prepaymentOf, type PrepaymentMode } from './service-form';

export interface OfferForm {
  name: string;
  description: string;
  type: string;
  startDate: string;
  endDate: string;
  partySizeMin: string;
  partySizeMax: string;
  price: string;
  prepaymentMode: PrepaymentMode;
  prepaymentAmount: string;
  serviceIds: string[];
  bookable: boolean;
  active: boolean;
}

export type OfferInput = Omit<Offer, 'id' | 'createdAt' | 'updatedAt'>;

export function emptyOfferForm(): OfferForm {
  return {
    name: '',
    description: '',
    type: 'set_menu',
    startDate: '',
    endDate: '',
    partySizeMin: '1',
    partySizeMax: '8',
    price: '',
    prepaymentMode: 'none',
    prepaymentAmount: '',
    serviceIds: [],
    bookable: true,
    active: true,
  };
}

export function offerToForm(o: Snapshot<OfferInput>): OfferForm {
  return {
    name: o.name,
    description: o.description ?? '',
    type: o.type,
    startDate: o.startDate ?? '',
    endDate: o.endDate ?? '',
    partySizeMin: String(o.partySizeMin),
    partySizeMax: String(o.partySizeMax),
    price: formatMoney(o.pricePerPersonMinor),
    prepaymentMode: o.prepayment.mode,
    prepaymentAmount: formatMoney(o.prepayment.amountPerPersonMinor),
    serviceIds: [...o.serviceIds],
    bookable: o.bookable,
    active: o.active,
  };
}

const optional = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text.trim();

/** Checks an offer with the domain schema (party sizes and dates in order included). */
export function formToOffer(
  form: OfferForm,
  context: { currency: string; previous?: Snapshot<OfferInput> },
): FormResult<OfferInput> {
  const { prepayment, error: prepaymentError } = prepaymentOf(
    form.prepaymentMode,
    form.prepaymentAmount,
    context.currency,
    context.previous?.prepayment,
  );
  const price = optional(form.price);
  const candidate = {
    id: 'form',
    name: form.name.trim(),
    description: optional(form.description),
    type: form.type.trim(),
    startDate: optional(form.startDate),
    endDate: optional(form.endDate),
    partySizeMin: parseWhole(form.partySizeMin),
    partySizeMax: parseWhole(form.partySizeMax),
    pricePerPersonMinor: price === undefined ? undefined : parseMoney(price),
    prepayment,
    serviceIds: [...form.serviceIds],
    bookable: form.bookable,
    active: form.active,
    createdAt: 0,
    updatedAt: 0,
  };
  const result = Offer.safeParse(candidate);
  let errors: FormErrors = result.success
    ? {}
    : issuesToErrors(
        result.error.issues,
        (path) => {
          const head = String(path[0]);
          if (head === 'pricePerPersonMinor') return 'price';
          if (head === 'prepayment') return 'prepaymentAmount';
          return head in form ? head : undefined;
        },
        'name',
      );
  // An unreadable price is an amount problem, not a whole-number one.
  if (errors.price !== undefined) errors = { ...errors, price: { key: 'amount' } };
  if (prepaymentError !== undefined) errors = { prepaymentAmount: prepaymentError, ...errors };
  if (!result.success || prepaymentError !== undefined) return { ok: false, errors };
  return { ok: true, value: withoutBookkeeping(result.data) };
}
