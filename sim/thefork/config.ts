import type { RateLimitConfig } from '../common/rate-limiter';
import type { Rng } from '../common/random';
import type { ForkRestaurant } from './model';

export const THEFORK_AUDIENCE = 'https://api.thefork.io';
/** Documented lifetime of a B2B access token (sic: 8600, not 86400). */
export const TOKEN_LIFETIME_SECONDS = 8600;

export interface TheForkSimOptions {
  /** 0 (default) picks a free port on 127.0.0.1. */
  readonly port?: number;
  /** Seed of every id, secret and sample booking (default 1). */
  readonly seed?: number;
  /** Relay ingress URL; the webhook token is appended as `?token=` unless the URL carries one. */
  readonly relayUrl?: string | null;
  /** The secret put in the webhook URL (default: derived from the seed). */
  readonly webhookToken?: string;
  /** Sample reservations created at start and on reset (default 0). */
  readonly initialReservations?: number;
  readonly rateLimit?: RateLimitConfig;
  /** Waits between webhook attempts (TheFork's real policy is not documented). */
  readonly webhookRetryDelaysMs?: readonly number[];
  readonly webhookTimeoutMs?: number;
  readonly bodyLimitBytes?: number;
  /** Length of a seating slot; restaurants choose 15 or 30 minutes on TheFork (default 30). */
  readonly slotMinutes?: 15 | 30;
  readonly onError?: (error: unknown) => void;
}

export interface TheForkCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly audience: string;
  readonly restaurantUuid: string;
  readonly groupUuid: string;
  readonly webhookToken: string;
}

export const DEFAULT_THEFORK_RATE_LIMIT: RateLimitConfig = { limit: 600, windowSeconds: 60 };
export const DEFAULT_WEBHOOK_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000] as const;

/** Identity and secrets derived from the seed, so a restart with the same seed keeps them. */
export function deriveCredentials(rng: Rng, webhookToken: string | undefined): TheForkCredentials {
  return {
    clientId: rng.alnum(32),
    clientSecret: rng.alnum(64),
    audience: THEFORK_AUDIENCE,
    groupUuid: rng.uuid(),
    restaurantUuid: rng.uuid(),
    webhookToken: webhookToken ?? rng.alnum(32),
  };
}

export function defaultRestaurant(
  rng: Rng,
  ids: { restaurantUuid: string; groupUuid: string },
  slotMinutes: 15 | 30 = 30,
): ForkRestaurant {
  return {
    ...ids,
    name: 'Le Couvert Simulé',
    timeZone: 'Europe/Paris',
    services: [
      { name: 'lunch', start: '12:00', lastSeating: '14:00' },
      { name: 'dinner', start: '19:00', lastSeating: '22:00' },
    ],
    slotMinutes,
    coversPerSlot: 40,
    maxPartySize: 12,
    requestAbovePartySize: 8,
    bookingWindowDays: 60,
    offers: [
      {
        uuid: rng.uuid(),
        name: { fr_FR: '-30% sur la carte', en_GB: '30% off the à la carte menu' },
        description: { fr_FR: 'Hors boissons', en_GB: 'Drinks not included' },
        offerType: 'promotion',
        discountPercentage: 30,
        presetMenuType: null,
        price: null,
        currency: 'EUR',
        services: ['lunch'],
        coversPerSlot: 10,
      },
      {
        uuid: rng.uuid(),
        name: { fr_FR: 'Menu dégustation', en_GB: 'Tasting menu' },
        description: { fr_FR: 'Sept plats', en_GB: 'Seven courses' },
        offerType: 'presetMenu',
        discountPercentage: null,
        presetMenuType: 'experience',
        price: 85,
        currency: 'EUR',
        services: ['dinner'],
        coversPerSlot: 12,
      },
    ],
    guarantee: {
      guaranteeType: 'imprint',
      amount: 20,
      minimumCancellationHours: 24,
      minimumPartySize: 6,
      services: ['dinner'],
    },
  };
}
