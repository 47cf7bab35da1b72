import type { RateLimitConfig } from '../common/rate-limiter';
import type { Rng } from '../common/random';
import { secretFromBytes } from '../common/standard-webhooks';
import type { FormRestaurant } from './model';

export interface FormitableSimOptions {
  /** 0 (default) picks a free port on 127.0.0.1. */
  readonly port?: number;
  /** Seed of every id, secret and sample booking (default 1). */
  readonly seed?: number;
  /** Relay ingress URL the poll-now notifications are POSTed to. */
  readonly relayUrl?: string | null;
  /** `whsec_…` secret for the notifications (default: derived from the seed). */
  readonly webhookSecret?: string;
  /** Sample bookings created at start and on reset (default 0). */
  readonly initialBookings?: number;
  /** Request limit; nothing is published for api.formitable.com (default 100 per 60 s). */
  readonly rateLimit?: RateLimitConfig;
  readonly webhookRetryDelaysMs?: readonly number[];
  readonly webhookTimeoutMs?: number;
  readonly bodyLimitBytes?: number;
  /** `source` of bookings created through the API (the app's name; assumption). */
  readonly apiSource?: string;
  /** Tables added to the sample restaurant's ten (a larger restaurant, e.g. the demo's). */
  readonly extraTables?: number;
  readonly onError?: (error: unknown) => void;
}

export interface FormitableCredentials {
  readonly apiKey: string;
  readonly restaurantUid: string;
  readonly webhookSecret: string;
}

export const API_VERSION = 'v1.2';
export const API_PREFIX = `/api/${API_VERSION}`;
export const DEFAULT_FORMITABLE_RATE_LIMIT: RateLimitConfig = { limit: 100, windowSeconds: 60 };
export const DEFAULT_WEBHOOK_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000] as const;

export function deriveCredentials(
  rng: Rng,
  webhookSecret: string | undefined,
): FormitableCredentials {
  return {
    apiKey: rng.hex(32),
    restaurantUid: rng.hex(8),
    webhookSecret: webhookSecret ?? secretFromBytes(rng.bytes(32)),
  };
}

export function defaultRestaurant(uid: string): FormRestaurant {
  const table = (
    id: number,
    name: string,
    minPeople: number,
    maxPeople: number,
    areaId: number,
  ) => ({
    id,
    posId: `T${name}`,
    name,
    minPeople,
    maxPeople,
    areaId,
    priority: id,
  });
  return {
    uid,
    name: 'Bistro Simulatie',
    timeZone: 'Europe/Amsterdam',
    windowsTimeZone: 'W. Europe Standard Time',
    areas: [
      {
        id: 1,
        posId: 'A1',
        name: 'Restaurant',
        displayName: { nl: 'Restaurant', en: 'Restaurant' },
        priority: 1,
      },
      {
        id: 2,
        posId: 'A2',
        name: 'Terras',
        displayName: { nl: 'Terras', en: 'Terrace' },
        priority: 2,
      },
    ],
    tables: [
      table(101, '1', 1, 2, 1),
      table(102, '2', 1, 2, 1),
      table(103, '3', 2, 4, 1),
      table(104, '4', 2, 4, 1),
      table(105, '5', 2, 4, 1),
      table(106, '6', 4, 6, 1),
      table(107, '7', 6, 10, 1),
      table(201, '20', 1, 2, 2),
      table(202, '21', 2, 4, 2),
      table(203, '22', 2, 4, 2),
    ],
    shifts: [
      { name: 'Lunch', start: '12:00', lastSeating: '14:30', productUid: null },
      { name: 'Diner', start: '17:30', lastSeating: '21:30', productUid: null },
    ],
    closedWeekdays: [],
    slotMinutes: 15,
    defaultDurationMinutes: 120,
    minBookingSize: 1,
    maxBookingSize: 10,
  };
}

/** The sample restaurant with `count` more tables (2, 4 and 6 seats in turn, in the main room). */
export function withExtraTables(restaurant: FormRestaurant, count: number): FormRestaurant {
  const sizes = [
    [1, 2],
    [2, 4],
    [4, 6],
  ] as const;
  const extra = Array.from({ length: Math.max(0, Math.min(200, count)) }, (_, i) => {
    const [minPeople, maxPeople] = sizes[i % sizes.length] ?? [2, 4];
    const id = 301 + i;
    return {
      id,
      posId: `T${String(id)}`,
      name: String(id),
      minPeople,
      maxPeople,
      areaId: 1,
      priority: id,
    };
  });
  return { ...restaurant, tables: [...restaurant.tables, ...extra] };
}
