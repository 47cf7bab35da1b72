import { z } from 'zod';
import { PlatformConfig } from '../../../shared/domain/platform-config';
import type { Logger } from '../../ports';
import type { BreakerPolicy, HttpPolicy, RateLimitPolicy } from '../http/http-policy';
import { isPlatformError } from '../http/platform-errors';
import { createSecretScrubber } from '../http/secret-scrubber';
import type { SyncTime } from '../http/sync-time';
import {
  FORMITABLE_NAME,
  FormitableConnector,
  type FormitableEndpoints,
} from './formitable/formitable-connector';
import type { ExternalIdLookup } from './id-lookup';
import type { PlatformConnector } from './platform-connector';
import { THEFORK_NAME, TheForkConnector, type TheForkEndpoints } from './thefork/thefork-connector';

/** Unsealed credentials per platform (from the secret box; never stored in platform_config). */
export const TheForkCredentials = z.strictObject({
  clientId: z.string().min(1).max(512),
  clientSecret: z.string().min(1).max(2048),
});
export const FormitableCredentials = z.strictObject({
  apiKey: z.string().min(8).max(512),
});

/** A connector cannot be built from this configuration; the message says what to fix. */
export class ConnectorConfigError extends Error {
  override readonly name = 'ConnectorConfigError';
}

export interface ConnectorRegistryDeps {
  readonly time: SyncTime;
  readonly logger: Logger;
  /** External id mappings of one platform. */
  readonly lookupFor: (platform: string) => ExternalIdLookup;
  /** From the restaurant settings: IANA zone and BCP 47 language. */
  readonly restaurant: { readonly timeZone: string; readonly locale: string };
  /** Simulators and staging hosts; the real hosts by default. */
  readonly endpoints?: {
    readonly thefork?: Partial<TheForkEndpoints>;
    readonly formitable?: Partial<FormitableEndpoints>;
  };
  readonly formitableApiSource?: string;
  readonly policy?: Partial<HttpPolicy>;
  readonly breaker?: Partial<BreakerPolicy>;
  readonly rateLimits?: Readonly<Partial<Record<string, RateLimitPolicy>>>;
  readonly fetch?: typeof fetch;
}

export interface ConnectorRegistry {
  platforms(): readonly string[];
  supports(platform: string): boolean;
  /** Builds a connector; throws ConnectorConfigError with a sentence to act on. */
  build(config: PlatformConfig, credentials: unknown): PlatformConnector;
}

type Factory = (
  config: PlatformConfig,
  restaurantId: string,
  credentials: unknown,
) => PlatformConnector;

function readCredentials<S extends z.ZodType>(
  schema: S,
  input: unknown,
  name: string,
  fields: string,
): z.output<S> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      value = undefined;
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    // Names the fields expected, never the values received.
    throw new ConnectorConfigError(
      `The saved ${name} credentials are incomplete or malformed: they need ${fields}. Enter them again in Settings › Platforms › ${name}.`,
    );
  }
  return parsed.data;
}

/** Builds connectors from platform_config documents and unsealed credentials. */
export function createConnectorRegistry(deps: ConnectorRegistryDeps): ConnectorRegistry {
  const common = (platform: string) => ({
    lookup: deps.lookupFor(platform),
    time: deps.time,
    logger: deps.logger,
    ...(deps.policy ? { policy: deps.policy } : {}),
    ...(deps.breaker ? { breaker: deps.breaker } : {}),
    ...(deps.rateLimits?.[platform] ? { rateLimit: deps.rateLimits[platform] } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const factories: Readonly<Record<string, Factory>> = {
    thefork: (_config, restaurantId, input) => {
      const credentials = readCredentials(
        TheForkCredentials,
        input,
        THEFORK_NAME,
        'a client id and a client secret',
      );
      return new TheForkConnector({
        ...common('thefork'),
        restaurantUuid: restaurantId,
        credentials,
        scrubber: createSecretScrubber([credentials.clientSecret]),
        defaultLocale: deps.restaurant.locale,
        ...(deps.endpoints?.thefork ? { endpoints: deps.endpoints.thefork } : {}),
      });
    },
    formitable: (_config, restaurantId, input) => {
      const { apiKey } = readCredentials(
        FormitableCredentials,
        input,
        FORMITABLE_NAME,
        'an API key',
      );
      return new FormitableConnector({
        ...common('formitable'),
        restaurantUid: restaurantId,
        apiKey,
        scrubber: createSecretScrubber([apiKey]),
        timeZone: deps.restaurant.timeZone,
        ...(deps.formitableApiSource ? { apiSource: deps.formitableApiSource } : {}),
        ...(deps.endpoints?.formitable ? { endpoints: deps.endpoints.formitable } : {}),
      });
    },
  };

  return {
    platforms: () => Object.keys(factories).sort(),
    supports: (platform) => Object.hasOwn(factories, platform),
    build: (input, credentials) => {
      const parsed = PlatformConfig.safeParse(input);
      if (!parsed.success) {
        throw new ConnectorConfigError(
          'This platform configuration is not valid; open Settings › Platforms and save it again.',
        );
      }
      const config = parsed.data;
      const factory = Object.hasOwn(factories, config.platform)
        ? factories[config.platform]
        : undefined;
      if (factory === undefined) {
        const hint =
          config.platform === 'zenchef'
            ? ' Zenchef restaurants on the Formitable back office connect as "formitable"; the native Zenchef API is not supported yet.'
            : '';
        throw new ConnectorConfigError(
          `Couvert cannot connect to "${config.platform}" yet.${hint}`,
        );
      }
      if (config.externalRestaurantId === undefined) {
        throw new ConnectorConfigError(
          `${config.displayName} has no restaurant id: enter the id the platform gives this restaurant in Settings › Platforms.`,
        );
      }
      try {
        return factory(config, config.externalRestaurantId, credentials);
      } catch (error) {
        if (isPlatformError(error)) throw new ConnectorConfigError(error.message, { cause: error });
        throw error;
      }
    },
  };
}
