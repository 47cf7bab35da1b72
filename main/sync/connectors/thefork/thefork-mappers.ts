import type { PlatformErrorContext } from '../../http/platform-errors';
import { ValidationError } from '../../http/platform-errors';
import { toExternal, toLocal, type ExternalIdLookup } from '../id-lookup';
import { FieldCleaner, fitText, guestOf, splitName, toE164 } from '../neutral/field-cleaning';
import {
  NeutralReservation,
  type NeutralReservationChange,
  type NeutralReservationDraft,
} from '../neutral/neutral-reservation';
import { optional } from '../neutral/optional-field';
import { validateNeutral } from '../neutral/validate-neutral';
import { theForkStatusLabel, theForkToDeskStatus } from './thefork-status';
import {
  LOCALE_PATTERN,
  type TheForkCivility,
  type TheForkCreateBody,
  type TheForkCustomer,
  type TheForkEmbeddedCustomer,
  type TheForkReservation,
  type TheForkReservationWithCustomer,
  type TheForkUpdateBody,
} from './thefork-wire';

export const THEFORK_SOURCE = 'thefork';
/** Create limits of `customerNote` and `restaurantNote` (reference §2). */
export const THEFORK_NOTE_MAX = 1000;

export interface TheForkMapContext {
  readonly lookup: ExternalIdLookup;
  readonly errorContext: PlatformErrorContext;
}

type AnyReservation = TheForkReservation | TheForkReservationWithCustomer;

const instant = (iso: string | null | undefined): number | undefined =>
  iso === null || iso === undefined ? undefined : Date.parse(iso);

/**
 * TheFork reservation -> neutral. `customer` is the embedded customer of a create/update answer,
 * or the customer fetched for a GET (which carries only `customerUuid`).
 */
export async function theForkToNeutral(
  wire: AnyReservation,
  raw: unknown,
  customer: TheForkEmbeddedCustomer | TheForkCustomer | undefined,
  ctx: TheForkMapContext,
): Promise<NeutralReservation> {
  const clean = new FieldCleaner();
  const customerUuid = customerUuidOf(wire);
  const offerUuid = wire.offerUuid ?? undefined;
  const firstName = clean.name('firstName', customer?.firstName);
  const lastName = clean.name('lastName', customer?.lastName);
  const guest = guestOf({
    ...(firstName === undefined ? {} : { firstName }),
    ...(lastName === undefined ? {} : { lastName }),
    ...optional('email', clean.email(customer?.email)),
    ...optional('phone', clean.phone(customer?.phone)),
    ...optional('locale', clean.locale(customer?.locale)),
  });
  const status = theForkToDeskStatus(wire.status, wire.mealStatus);
  const detail = 'reservationChannel' in wire ? wire : undefined;
  const candidate = {
    platform: ctx.errorContext.platform,
    externalId: wire.reservationUuid.toLowerCase(),
    status,
    platformStatus: theForkStatusLabel(wire.status, wire.mealStatus),
    startsAt: Date.parse(wire.mealDate),
    partySize: wire.partySize,
    guest,
    ...optional('notes', clean.note('restaurantNote', wire.restaurantNote)),
    ...optional('guestNote', clean.note('customerNote', wire.customerNote)),
    source: THEFORK_SOURCE,
    ...optional('channel', detail?.reservationChannel ?? undefined),
    refs: {
      ...optional('offer', offerUuid?.toLowerCase()),
      ...optional('customer', customerUuid?.toLowerCase()),
      tables: [],
    },
    ...optional('offerId', await toLocal(ctx.lookup, 'offer', offerUuid?.toLowerCase())),
    ...optional('customerId', await toLocal(ctx.lookup, 'customer', customerUuid?.toLowerCase())),
    tableIds: [],
    ...optional('platformCreatedAt', instant(detail?.createdAt)),
    ...optional('platformUpdatedAt', instant(detail?.updatedAt)),
    dropped: clean.dropped,
    raw,
  };
  return validateNeutral(NeutralReservation, candidate, ctx.errorContext, 'reservation');
}

function customerUuidOf(wire: AnyReservation): string | undefined {
  if ('customer' in wire && wire.customer) return wire.customer.customerUuid;
  if ('customerUuid' in wire) return wire.customerUuid ?? undefined;
  return undefined;
}

/** BCP 47 `fr-FR` -> TheFork `fr_FR`; undefined when it does not fit TheFork's pattern. */
export function theForkLocale(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  const [language, region] = locale.split('-');
  const candidate =
    region === undefined || !/^[A-Za-z]{2}$/.test(region)
      ? (language ?? '').toLowerCase()
      : `${(language ?? '').toLowerCase()}_${region.toUpperCase()}`;
  return LOCALE_PATTERN.test(candidate) ? candidate : undefined;
}

export interface TheForkCreateSettings {
  /** TheFork form (`fr_FR`), used when the guest has no usable locale. */
  readonly defaultLocale: string;
  /** TheFork requires a civility the desk does not record; `mx` is the neutral one it lists. */
  readonly defaultCivility: TheForkCivility;
}

export interface MappedWrite<B> {
  readonly body: B;
  readonly warnings: string[];
  readonly ignoredFields: string[];
}

/** Desk draft -> `POST /v1/restaurants/{id}/reservations` body. */
export async function theForkCreateBody(
  draft: NeutralReservationDraft,
  settings: TheForkCreateSettings,
  ctx: TheForkMapContext,
): Promise<MappedWrite<TheForkCreateBody>> {
  const warnings: string[] = [];
  const ignoredFields: string[] = [];
  const { guest } = draft;
  if (guest.email === undefined) {
    throw new ValidationError(
      ctx.errorContext,
      "TheFork needs the guest's email address to create a booking; add it to the reservation",
    );
  }
  const split = splitName(guest.name);
  const lastName = guest.lastName ?? split.lastName;
  let firstName = guest.firstName ?? split.firstName;
  if (firstName.length === 0) {
    firstName = lastName;
    warnings.push(`TheFork needs a first and a last name; "${lastName}" was sent as both.`);
  }
  const phone = toE164(guest.phone);
  if (guest.phone !== undefined && phone === undefined) {
    warnings.push('The phone number is not in international form (+33...): it was not sent.');
  }
  const offerUuid = await toExternal(ctx.lookup, 'offer', draft.offerId);
  if (draft.offerId !== undefined && offerUuid === undefined) {
    warnings.push('The offer has no TheFork counterpart: the booking was sent without an offer.');
  }
  const customerNote = fitText(draft.guestNote, THEFORK_NOTE_MAX, "The guest's note", warnings);
  const restaurantNote = fitText(draft.notes, THEFORK_NOTE_MAX, 'The note', warnings);
  if (draft.tableIds.length > 0) ignoredFields.push('tableIds');
  if (draft.diningRoomId !== undefined) ignoredFields.push('diningRoomId');
  if (draft.durationMinutes !== undefined) ignoredFields.push('durationMinutes');
  if (draft.serviceId !== undefined) ignoredFields.push('serviceId');
  const body: TheForkCreateBody = {
    mealDate: new Date(draft.startsAt).toISOString(),
    partySize: draft.partySize,
    ...optional('offerUuid', offerUuid),
    ...optional('customerNote', customerNote),
    ...optional('restaurantNote', restaurantNote),
    customer: {
      email: guest.email,
      firstName,
      lastName,
      ...optional('phone', phone),
      locale: theForkLocale(guest.locale) ?? settings.defaultLocale,
      civility: settings.defaultCivility,
      // No consent is recorded on the desk: never opt a guest in.
      optins: { restaurantNewsletter: false },
    },
  };
  return { body, warnings, ignoredFields };
}

/** The fields of a change TheFork's update (date and party size only) cannot take. */
export function theForkIgnoredChanges(change: NeutralReservationChange): string[] {
  return Object.keys(change).filter(
    (key) =>
      key !== 'startsAt' &&
      key !== 'partySize' &&
      change[key as keyof NeutralReservationChange] !== undefined,
  );
}

/** Desk change -> `PATCH /v1/reservations/{id}` body; TheFork wants both fields every time. */
export function theForkUpdateBody(
  change: NeutralReservationChange,
  current: { startsAt: number; partySize: number },
): TheForkUpdateBody {
  return {
    mealDate: new Date(change.startsAt ?? current.startsAt).toISOString(),
    partySize: change.partySize ?? current.partySize,
  };
}
