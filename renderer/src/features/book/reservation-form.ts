import { Email, Phone } from '../../../../shared/domain/primitives';
import { instantOf, parseLocalDate, parseLocalTime } from '../../../../shared/domain/time';
import type { BookReservation } from './book-types';

/** What the dialog holds: text exactly as typed, so nothing is lost when a save fails. */
export interface ReservationFormValues {
  guestName: string;
  phone: string;
  email: string;
  partySize: string;
  date: string;
  time: string;
  durationMinutes: string;
  notes: string;
  allergies: string;
  occasion: string;
  source: string;
  tableIds: readonly string[];
}

export type FormField = Exclude<keyof ReservationFormValues, 'tableIds'>;

export type FormProblem =
  | 'nameRequired'
  | 'nameTooLong'
  | 'phoneInvalid'
  | 'emailInvalid'
  | 'partyInvalid'
  | 'dateInvalid'
  | 'timeInvalid'
  | 'durationInvalid'
  | 'notesTooLong'
  | 'allergyTooLong'
  | 'occasionTooLong';

export interface ReadForm {
  readonly guestName: string;
  readonly phone?: string;
  readonly email?: string;
  readonly partySize: number;
  readonly startsAt: number;
  readonly durationMinutes: number;
  readonly notes?: string;
  readonly allergies: string[];
  readonly occasion?: string;
  readonly source: string;
  readonly tableIds: string[];
}

export type FormResult =
  | { readonly ok: true; readonly value: ReadForm }
  | { readonly ok: false; readonly problems: Partial<Record<FormField, FormProblem>> };

const wholeNumber = (text: string): number | null =>
  /^\s*\d{1,5}\s*$/.test(text) ? Number(text.trim()) : null;

/** Allergies typed as "peanuts, shellfish" or one per line. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function validDate(date: string): boolean {
  try {
    parseLocalDate(date);
    return true;
  } catch {
    return false;
  }
}

function validTime(time: string): boolean {
  try {
    parseLocalTime(time);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the dialog into the fields of a reservation, or says which fields are wrong (as message
 * codes the dialog shows next to each field). The time is read in the restaurant's zone.
 */
export function readReservationForm(values: ReservationFormValues, timeZone: string): FormResult {
  const problems: Partial<Record<FormField, FormProblem>> = {};
  const guestName = values.guestName.trim();
  if (guestName === '') problems.guestName = 'nameRequired';
  else if (guestName.length > 200) problems.guestName = 'nameTooLong';
  const phone = values.phone.trim();
  if (phone !== '' && !Phone.safeParse(phone).success) problems.phone = 'phoneInvalid';
  const email = values.email.trim();
  if (email !== '' && !Email.safeParse(email).success) problems.email = 'emailInvalid';
  const partySize = wholeNumber(values.partySize);
  if (partySize === null || partySize < 1 || partySize > 1000) problems.partySize = 'partyInvalid';
  const date = values.date.trim();
  if (!validDate(date)) problems.date = 'dateInvalid';
  const time = values.time.trim();
  if (!validTime(time)) problems.time = 'timeInvalid';
  const duration = wholeNumber(values.durationMinutes);
  if (duration === null || duration < 1 || duration > 24 * 60)
    problems.durationMinutes = 'durationInvalid';
  const notes = values.notes.trim();
  if (notes.length > 4000) problems.notes = 'notesTooLong';
  const allergies = splitList(values.allergies);
  if (allergies.length > 50 || allergies.some((a) => a.length > 100))
    problems.allergies = 'allergyTooLong';
  const occasion = values.occasion.trim();
  if (occasion.length > 100) problems.occasion = 'occasionTooLong';
  if (Object.keys(problems).length > 0 || partySize === null || duration === null)
    return { ok: false, problems };
  return {
    ok: true,
    value: {
      guestName,
      ...(phone !== '' ? { phone } : {}),
      ...(email !== '' ? { email } : {}),
      partySize,
      startsAt: instantOf(date, time, timeZone),
      durationMinutes: duration,
      ...(notes !== '' ? { notes } : {}),
      allergies,
      ...(occasion !== '' ? { occasion } : {}),
      source: values.source,
      tableIds: [...values.tableIds],
    },
  };
}

/** The dialog's starting values for an existing reservation. */
export function formValuesOf(
  r: BookReservation,
  local: { date: string; time: string },
): ReservationFormValues {
  return {
    guestName: r.guestName,
    phone: r.phone ?? '',
    email: r.email ?? '',
    partySize: String(r.partySize),
    date: local.date,
    time: local.time,
    durationMinutes: String(r.durationMinutes),
    notes: r.notes ?? '',
    allergies: r.allergies.join(', '),
    occasion: r.occasion ?? '',
    source: r.source,
    tableIds: [...r.tableIds],
  };
}
