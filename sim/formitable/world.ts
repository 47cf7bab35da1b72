import type { SimClock } from '../common/clock';
import type { SimResponse } from '../common/http-types';
import { localToInstant, parseDate } from '../common/time-zone';
import type { FormitableCredentials } from './config';
import { forbidden } from './errors';
import { LOCAL_OR_OFFSET } from './schemas';
import type { FormitableState } from './state';

/** Everything the Formitable routes read; `state` is replaced on reset. */
export interface FormitableWorld {
  state: FormitableState;
  readonly credentials: FormitableCredentials;
  readonly clock: SimClock;
  /** `source` stamped on bookings created through the API. */
  readonly apiSource: string;
}

/** An API key is linked to one restaurant: any other `{restaurantUid}` is forbidden. */
export function guardRestaurant(
  world: FormitableWorld,
  uid: string | undefined,
): SimResponse | null {
  return uid?.toLowerCase() === world.credentials.restaurantUid ? null : forbidden();
}

/**
 * A booking time as the API accepts it: with an offset (converted) or without (restaurant
 * local time). Null when malformed or not a real calendar time.
 */
export function parseBookingDateTime(text: string, timeZone: string): number | null {
  const m = LOCAL_OR_OFFSET.exec(text);
  if (!m) return null;
  const day = parseDate(`${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? '0');
  if (!day || hour > 23 || minute > 59 || second > 59) return null;
  if (m[7] !== undefined) return Date.parse(text);
  return localToInstant({ ...day, hour, minute, second }, timeZone);
}
