import type { Snapshot } from '../../../../shared/store/store-deps';
import { DiningService } from '../../../../shared/domain/dining-service';
import type { Prepayment } from '../../../../shared/domain/prepayment';
import {
  withoutBookkeeping,
  formatMoney,
  issuesToErrors,
  parseMoney,
  parseWhole,
  type FieldError,
  type FormErrors,
} from './form-issues';
import type { FormResult } from './restaurant-form';

export type PrepaymentMode = Prepayment['mode'];
export const PREPAYMENT_MODES: readonly PrepaymentMode[] = [
  'none',
  'card_guarantee',
  'deposit',
  'full',
];

/** A service as typed in the form: text as typed, so nothing is lost when a save fails. */
export interface ServiceForm {
  name: string;
  type: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  lastSeatingTime: string;
  maxCovers: string;
  slotIntervalMinutes: string;
  defaultDurationMinutes: string;
  prepaymentMode: PrepaymentMode;
  prepaymentAmount: string;
  roomIds: string[];
  autoConfirm: boolean;
  private: boolean;
  active: boolean;
}

/** What the repository's create/update takes (bookkeeping fields are the store's). */
export type ServiceInput = Omit<DiningService, 'id' | 'createdAt' | 'updatedAt'>;

export function emptyServiceForm(): ServiceForm {
  return {
    name: '',
    type: 'dinner',
    weekdays: [2, 3, 4, 5, 6],
    startTime: '19:00',
    endTime: '23:00',
    lastSeatingTime: '21:30',
    maxCovers: '60',
    slotIntervalMinutes: '15',
    defaultDurationMinutes: '120',
    prepaymentMode: 'none',
    prepaymentAmount: '',
    roomIds: [],
    autoConfirm: true,
    private: false,
    active: true,
  };
}

export function serviceToForm(s: Snapshot<ServiceInput>): ServiceForm {
  return {
    name: s.name,
    type: s.type,
    weekdays: [...s.weekdays].sort(),
    startTime: s.startTime,
    endTime: s.endTime,
    lastSeatingTime: s.lastSeatingTime,
    maxCovers: String(s.maxCovers),
    slotIntervalMinutes: String(s.slotIntervalMinutes),
    defaultDurationMinutes: String(s.defaultDurationMinutes),
    prepaymentMode: s.prepayment.mode,
    prepaymentAmount: formatMoney(s.prepayment.amountPerPersonMinor),
    roomIds: [...s.diningRoomIds],
    autoConfirm: s.autoConfirm,
    private: s.private,
    active: s.active,
  };
}

/** The prepayment of a form; an amount is needed for every mode but "none". */
export function prepaymentOf(
  mode: PrepaymentMode,
  amountText: string,
  currency: string,
  keep?: Snapshot<Prepayment>,
): { prepayment: Prepayment; error?: FieldError } {
  if (mode === 'none') return { prepayment: { mode: 'none' } };
  const base: Prepayment = {
    mode,
    currency,
    ...(keep?.fromPartySize === undefined ? {} : { fromPartySize: keep.fromPartySize }),
  };
  if (amountText.trim() === '') return { prepayment: base, error: { key: 'amount' } };
  const minor = parseMoney(amountText);
  if (Number.isNaN(minor)) return { prepayment: base, error: { key: 'amount' } };
  return { prepayment: { ...base, amountPerPersonMinor: minor } };
}

const FORM_FIELD_OF_PATH: Readonly<Record<string, keyof ServiceForm>> = {
  diningRoomIds: 'roomIds',
  prepayment: 'prepaymentAmount',
};

/**
 * Checks a service with the domain schema (refinements included: a service cannot end when it
 * starts). `position` and the previous prepayment come from the stored document when editing.
 */
export function formToService(
  form: ServiceForm,
  context: { currency: string; position: number; previous?: Snapshot<ServiceInput> },
): FormResult<ServiceInput> {
  const { prepayment, error: prepaymentError } = prepaymentOf(
    form.prepaymentMode,
    form.prepaymentAmount,
    context.currency,
    context.previous?.prepayment,
  );
  const candidate = {
    id: 'form',
    name: form.name.trim(),
    type: form.type.trim(),
    weekdays: [...new Set(form.weekdays)].sort(),
    startTime: form.startTime,
    endTime: form.endTime,
    lastSeatingTime: form.lastSeatingTime,
    maxCovers: parseWhole(form.maxCovers),
    slotIntervalMinutes: parseWhole(form.slotIntervalMinutes),
    defaultDurationMinutes: parseWhole(form.defaultDurationMinutes),
    prepayment,
    autoConfirm: form.autoConfirm,
    diningRoomIds: [...form.roomIds],
    private: form.private,
    active: form.active,
    position: context.position,
    createdAt: 0,
    updatedAt: 0,
  };
  const result = DiningService.safeParse(candidate);
  const errors: FormErrors = result.success
    ? {}
    : issuesToErrors(
        result.error.issues,
        (path) => {
          const head = String(path[0]);
          return FORM_FIELD_OF_PATH[head] ?? (head in form ? head : undefined);
        },
        'name',
      );
  const all =
    prepaymentError === undefined ? errors : { prepaymentAmount: prepaymentError, ...errors };
  if (!result.success || prepaymentError !== undefined) return { ok: false, errors: all };
  return { ok: true, value: withoutBookkeeping(result.data) };
}
