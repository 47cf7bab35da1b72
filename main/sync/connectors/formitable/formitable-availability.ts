import { toExternal, type ExternalIdLookup } from '../id-lookup';
import {
  NeutralAvailability,
  type AvailabilityQuery,
  type NeutralSlot,
} from '../neutral/neutral-catalog';
import { optional } from '../neutral/optional-field';
import { validateNeutral } from '../neutral/validate-neutral';
import type { PlatformErrorContext } from '../../http/platform-errors';
import type { PlatformHttp } from '../../http/platform-http';
import { parseFormitableDateTime } from './formitable-time';
import { FormitableBookingTime } from './formitable-wire';

export interface AvailabilityDeps {
  readonly http: PlatformHttp;
  readonly restaurantPath: (rest: string) => string;
  readonly lookup: ExternalIdLookup;
  readonly context: (operation: string) => PlatformErrorContext;
  readonly timeZone: string;
}

/** `SHORT` fits, with less time than usual (reference §1a). */
const BOOKABLE = new Set(['AVAILABLE', 'SHORT']);

/** `GET /{r}/availability/day/{date}/{people}/{language}`, optionally for one ticket product. */
export async function formitableAvailability(
  deps: AvailabilityDeps,
  query: AvailabilityQuery,
): Promise<NeutralAvailability> {
  const productUid = await toExternal(deps.lookup, 'offer', query.offerId);
  const times = await deps.http.json(
    {
      method: 'GET',
      path: deps.restaurantPath(`availability/day/${query.date}/${query.partySize}/en`),
      operation: 'GET /{r}/availability/day/{date}/{people}/{language}',
      query: { productUid },
    },
    FormitableBookingTime.array().max(1000),
  );
  const slots: NeutralSlot[] = [];
  for (const time of times) {
    const startsAt = parseFormitableDateTime(time.time, deps.timeZone);
    if (startsAt === undefined) continue;
    slots.push({
      startsAt,
      available: BOOKABLE.has(time.status),
      offerIds: productUid === undefined || query.offerId === undefined ? [] : [query.offerId],
      offerRefs: productUid === undefined ? [] : [productUid],
      ...optional(
        'maxDurationMinutes',
        time.maxDuration == null ? undefined : Math.min(1440, Math.max(0, time.maxDuration)),
      ),
      platformStatus: time.status,
    });
  }
  return validateNeutral(
    NeutralAvailability,
    {
      date: query.date,
      partySize: query.partySize,
      offerFilterApplied: query.offerId === undefined || productUid !== undefined,
      slots,
    },
    deps.context('read availability'),
    'availability',
  );
}
