import { Id } from '../../../../shared/domain/primitives';
import type { PlatformErrorContext } from '../../http/platform-errors';
import { mapAll, toExternal, toLocal, type ExternalIdLookup } from '../id-lookup';
import { FieldCleaner, guestOf, splitName } from '../neutral/field-cleaning';
import {
  NeutralReservation,
  type NeutralReservationChange,
  type NeutralReservationDraft,
} from '../neutral/neutral-reservation';
import { optional } from '../neutral/optional-field';
import { validateNeutral } from '../neutral/validate-neutral';
import { formitableStatusLabel, formitableToDeskStatus } from './formitable-status';
import { formatLocalWithOffset, parseFormitableDateTime } from './formitable-time';
import type {
  FormitableBooking,
  FormitableCreateBody,
  FormitableUpdateBody,
} from './formitable-wire';

/** Bookings from Formitable are shown on the desk under the brand restaurants know: Zenchef. */
export const FORMITABLE_SOURCE = 'zenchef';

export interface FormitableMapContext {
  readonly lookup: ExternalIdLookup;
  readonly timeZone: string;
  /** `source` Formitable gives bookings made with our key: their externalReferenceId is ours. */
  readonly apiSource: string;
  readonly errorContext: PlatformErrorContext;
}

const tableRef = (id: number): string => String(id);

/** Formitable booking -> neutral. */
export async function formitableToNeutral(
  wire: FormitableBooking,
  raw: unknown,
  ctx: FormitableMapContext,
): Promise<NeutralReservation> {
  const clean = new FieldCleaner();
  const checkIn =
    wire.checkInDateTime == null
      ? undefined
      : parseFormitableDateTime(wire.checkInDateTime, ctx.timeZone);
  const created =
    wire.created == null ? undefined : parseFormitableDateTime(wire.created, ctx.timeZone);
  const startsAt = parseFormitableDateTime(wire.bookingDateTime, ctx.timeZone);
  const firstName = clean.name('firstName', wire.firstName);
  const lastName = clean.name('lastName', wire.lastName);
  const company = clean.name('companyName', wire.companyName);
  const culture = wire.culture?.trim().toLowerCase();

  const tables = wire.tables ?? [];
  const tableRefs = tables.map((t) => tableRef(t.id));
  const tableIds = await mapAll(tableRefs, (ref) => ctx.lookup.localId('dining_table', ref));
  if (tableIds.missing.length > 0) {
    clean.drop('tableIds', `table(s) ${tableIds.missing.join(', ')} have no desk counterpart`);
  }
  const areaIds = [...new Set(tables.map((t) => t.areaId).filter((a) => a != null))];
  const roomRef = areaIds.length === 1 ? String(areaIds[0]) : undefined;
  const offerRef = wire.tickets?.find((t) => t.uid != null && t.uid.length > 0)?.uid ?? undefined;
  const ours = wire.source?.toLowerCase() === ctx.apiSource.toLowerCase();
  const localId =
    ours && wire.externalReferenceId != null && Id.safeParse(wire.externalReferenceId).success
      ? wire.externalReferenceId
      : undefined;
  const duration = wire.bookingDuration ?? undefined;
  if (duration !== undefined && (duration < 1 || duration > 1440)) {
    clean.drop('durationMinutes', 'not between 1 minute and 24 hours');
  }

  const candidate = {
    platform: ctx.errorContext.platform,
    externalId: wire.uid,
    ...optional('localId', localId),
    status: formitableToDeskStatus(wire.status, checkIn !== undefined),
    platformStatus: formitableStatusLabel(wire.status, wire.checkInDateTime != null),
    startsAt,
    ...optional(
      'durationMinutes',
      duration !== undefined && duration >= 1 && duration <= 1440 ? duration : undefined,
    ),
    partySize: wire.numberOfPeople,
    guest: guestOf({
      ...optional('firstName', firstName),
      ...optional('lastName', lastName),
      ...optional('fallbackName', company),
      ...optional('email', clean.email(wire.email)),
      ...optional('phone', clean.phone(wire.telephone)),
      ...optional(
        'locale',
        culture === undefined || culture === '' ? undefined : clean.locale(culture),
      ),
    }),
    ...optional('notes', clean.note('comments', wire.comments)),
    source: FORMITABLE_SOURCE,
    ...optional('channel', wire.source?.trim().slice(0, 64) || undefined),
    refs: {
      ...optional('offer', offerRef),
      ...optional('room', roomRef),
      tables: tableRefs,
    },
    ...optional('offerId', await toLocal(ctx.lookup, 'offer', offerRef)),
    ...optional('diningRoomId', await toLocal(ctx.lookup, 'dining_room', roomRef)),
    tableIds: tableIds.missing.length === 0 ? tableIds.mapped : [],
    ...optional('arrivedAt', checkIn),
    ...optional('platformCreatedAt', created),
    dropped: clean.dropped,
    raw,
  };
  return validateNeutral(NeutralReservation, candidate, ctx.errorContext, 'booking');
}

export interface MappedFormitableWrite<B> {
  readonly body: B;
  readonly warnings: string[];
  readonly ignoredFields: string[];
}

/** Desk table ids -> Formitable table ids, all or nothing (a partial placement is not sent). */
async function tablesOf(
  tableIds: readonly string[],
  lookup: ExternalIdLookup,
  warnings: string[],
): Promise<number[] | undefined> {
  if (tableIds.length === 0) return undefined;
  const { mapped, missing } = await mapAll(tableIds, (id) =>
    toExternal(lookup, 'dining_table', id),
  );
  const numbers = mapped.map(Number);
  if (missing.length > 0 || numbers.some((n) => !Number.isInteger(n))) {
    warnings.push(
      'Some tables have no Formitable counterpart: the tables were not sent and Formitable places the booking itself.',
    );
    return undefined;
  }
  return numbers;
}

/** Two-letter culture for Formitable (`nl-NL` -> `nl`), or null for its default. */
function cultureOf(locale: string | undefined): string | null {
  const language = locale?.split('-')[0]?.toLowerCase();
  return language !== undefined && /^[a-z]{2}$/.test(language) ? language : null;
}

/** Desk draft -> `POST /{r}/booking` body. */
export async function formitableCreateBody(
  draft: NeutralReservationDraft,
  ctx: FormitableMapContext,
): Promise<MappedFormitableWrite<FormitableCreateBody>> {
  const warnings: string[] = [];
  const ignoredFields: string[] = [];
  const { guest } = draft;
  const split = splitName(guest.name);
  const firstName = guest.firstName ?? (split.firstName || undefined);
  const lastName = guest.lastName ?? (split.lastName || undefined);
  const productUid = await toExternal(ctx.lookup, 'offer', draft.offerId);
  if (draft.offerId !== undefined && productUid === undefined) {
    warnings.push('The offer has no Formitable counterpart: the booking was sent without it.');
  }
  const tables = await tablesOf(draft.tableIds, ctx.lookup, warnings);
  if (draft.status === 'requested') {
    ignoredFields.push('status');
    warnings.push(
      'Formitable accepts bookings made through its API at once: it is not a request there.',
    );
  }
  if (draft.guestNote !== undefined) ignoredFields.push('guestNote');
  if (draft.diningRoomId !== undefined) ignoredFields.push('diningRoomId');
  if (draft.serviceId !== undefined) ignoredFields.push('serviceId');
  const body: FormitableCreateBody = {
    bookingDateTime: formatLocalWithOffset(draft.startsAt, ctx.timeZone),
    bookingDuration: draft.durationMinutes ?? null,
    numberOfPeople: draft.partySize,
    culture: cultureOf(guest.locale),
    company: false,
    externalReferenceId: draft.localId,
    ...optional('tables', tables),
    ...optional('productUid', productUid),
    ...optional('firstName', firstName),
    ...optional('lastName', lastName),
    ...optional('telephone', guest.phone),
    ...optional('email', guest.email),
    ...optional('comments', draft.notes),
  };
  return { body, warnings, ignoredFields };
}

/** Desk change -> `PUT /{r}/booking/{uid}` partial body. */
export async function formitableUpdateBody(
  change: NeutralReservationChange,
  ctx: FormitableMapContext,
): Promise<MappedFormitableWrite<FormitableUpdateBody>> {
  const warnings: string[] = [];
  const ignoredFields: string[] = [];
  const body: FormitableUpdateBody = {};
  if (change.startsAt !== undefined) {
    body.bookingDateTime = formatLocalWithOffset(change.startsAt, ctx.timeZone);
  }
  if (change.durationMinutes !== undefined) body.bookingDuration = change.durationMinutes;
  if (change.partySize !== undefined) body.numberOfPeople = change.partySize;
  if (change.notes !== undefined) body.comments = change.notes;
  const guest = change.guest;
  if (guest !== undefined) {
    const split = guest.name === undefined ? undefined : splitName(guest.name);
    const firstName = guest.firstName ?? (split?.firstName || undefined);
    const lastName = guest.lastName ?? (split?.lastName || undefined);
    if (firstName !== undefined) body.firstName = firstName;
    if (lastName !== undefined) body.lastName = lastName;
    if (guest.phone !== undefined) body.telephone = guest.phone;
    if (guest.email !== undefined) body.email = guest.email;
    const culture = cultureOf(guest.locale);
    if (culture !== null) body.culture = culture;
  }
  if (change.tableIds !== undefined) {
    // `[]` means "place it again" to Formitable, not "no table": an emptied list is not sent.
    if (change.tableIds.length === 0) {
      ignoredFields.push('tableIds');
      warnings.push(
        'Formitable cannot take a booking off its tables; the tables were left as they are.',
      );
    } else {
      const tables = await tablesOf(change.tableIds, ctx.lookup, warnings);
      if (tables !== undefined) body.tables = tables;
    }
  }
  if (change.offerId !== undefined) ignoredFields.push('offerId');
  if (change.diningRoomId !== undefined) ignoredFields.push('diningRoomId');
  return { body, warnings, ignoredFields };
}
