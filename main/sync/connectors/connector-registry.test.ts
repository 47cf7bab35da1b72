import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFormitableSim, type FormitableSim } from '../../../sim/formitable/server';
import { startTheForkSim, type TheForkSim } from '../../../sim/thefork/server';
import type { PlatformConfig } from '../../../shared/domain/platform-config';
import { systemSyncTime } from '../http/sync-time';
import { ConnectorConfigError, createConnectorRegistry } from './connector-registry';
import { createMemoryIdLookup } from './id-lookup';
import { captureLogger } from './testing/capture-logger';

const config = (platform: string, extra: Partial<PlatformConfig> = {}): PlatformConfig => ({
  id: platform,
  platform,
  displayName: platform === 'thefork' ? 'TheFork' : 'Zenchef',
  masterFor: [],
  syncEntities: ['reservation'],
  pollIntervalSeconds: 60,
  active: true,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

describe('connector registry', () => {
  let fork: TheForkSim;
  let formitable: FormitableSim;
  const logger = captureLogger();
  let registry: ReturnType<typeof createConnectorRegistry>;
  beforeAll(async () => {
    fork = await startTheForkSim();
    formitable = await startFormitableSim();
    registry = createConnectorRegistry({
      time: systemSyncTime(),
      logger,
      lookupFor: () => createMemoryIdLookup(),
      restaurant: { timeZone: 'Europe/Amsterdam', locale: 'nl-NL' },
      endpoints: {
        thefork: { apiBaseUrl: fork.apiBaseUrl, tokenUrl: fork.tokenUrl },
        formitable: { apiBaseUrl: formitable.apiBaseUrl },
      },
    });
  });
  afterAll(async () => {
    await fork.close();
    await formitable.close();
  });

  it('builds working connectors from platform_config plus unsealed credentials', async () => {
    expect(registry.platforms()).toEqual(['formitable', 'thefork']);
    const tf = registry.build(
      config('thefork', { externalRestaurantId: fork.credentials.restaurantUuid }),
      {
        clientId: fork.credentials.clientId,
        clientSecret: fork.credentials.clientSecret,
      },
    );
    expect((await tf.authenticate()).summary).toContain('TheFork');
    const fm = registry.build(
      config('formitable', { externalRestaurantId: formitable.credentials.restaurantUid }),
      JSON.stringify({ apiKey: formitable.credentials.apiKey }),
    );
    expect((await fm.authenticate()).restaurantName).toBe('Bistro Simulatie');
    expect(logger.text()).not.toContain(fork.credentials.clientSecret);
    expect(logger.text()).not.toContain(formitable.credentials.apiKey);
  });

  it('explains what to fix, never echoing the credentials', () => {
    const secret = 'super-secret-value-123';
    const attempts: [PlatformConfig, unknown][] = [
      [
        config('thefork', { externalRestaurantId: fork.credentials.restaurantUuid }),
        { clientId: 'x', secret },
      ],
      [
        config('thefork', { externalRestaurantId: fork.credentials.restaurantUuid }),
        `not json ${secret}`,
      ],
      [
        config('thefork', { externalRestaurantId: 'not-a-uuid' }),
        { clientId: 'x', clientSecret: secret },
      ],
      [config('formitable', { externalRestaurantId: 'abcd1234' }), { apiKey: 'short' }],
      [config('thefork'), { clientId: 'x', clientSecret: secret }],
      [config('opentable', { externalRestaurantId: 'x' }), {}],
      [config('zenchef', { externalRestaurantId: 'x' }), {}],
      [
        { ...config('thefork'), id: 'other', clientSecret: secret } as unknown as PlatformConfig,
        {},
      ],
    ];
    const messages = attempts.map(([c, credentials]) => {
      try {
        registry.build(c, credentials);
        return 'built';
      } catch (error) {
        expect(error).toBeInstanceOf(ConnectorConfigError);
        return (error as Error).message;
      }
    });
    expect(messages[0]).toMatch(/need a client id and a client secret/);
    expect(messages[2]).toMatch(/not a TheFork restaurant id/);
    expect(messages[3]).toMatch(/need an API key/);
    expect(messages[4]).toMatch(/has no restaurant id/);
    expect(messages[5]).toMatch(/cannot connect to "opentable"/);
    expect(messages[6]).toMatch(/connect as "formitable"/);
    expect(messages[7]).toMatch(/configuration is not valid/);
    for (const m of messages) expect(m).not.toContain(secret);
  });
});
