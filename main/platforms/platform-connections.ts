import { PlatformConfig } from '../../shared/domain/platform-config';
import type { DeskDatabase } from '../../shared/store/create-desk-database';
import type { DeskRepositories } from '../../shared/store/desk-repositories';
import type { Snapshot } from '../../shared/store/store-deps';
import type {
  PlatformSummary,
  ConnectPlatformRequest,
} from '../../shared/contract/platform-commands';
import {
  createConnectorRegistry,
  type ConnectorRegistryDeps,
} from '../sync/connectors/connector-registry';
import type { PlatformConnector } from '../sync/connectors/platform-connector';
import { isPlatformError } from '../sync/http/platform-errors';
import { systemSyncTime } from '../sync/http/sync-time';
import { mappingIdLookup } from '../sync/engine/mapping-id-lookup';
import type { Clock, Logger } from '../ports';
import { maskSecret, type CredentialVault } from './credential-vault';

const DISPLAY_NAMES: Record<string, string> = {
  thefork: 'TheFork',
  formitable: 'Zenchef (Formitable)',
};

/** A connection attempt the platform refused; the message is for the person. */
export class PlatformConnectionError extends Error {
  override readonly name = 'PlatformConnectionError';
}

/**
 * Connecting and disconnecting platforms: credentials are checked with one real call, sealed in
 * the vault, and only a reference goes into platform_config. `connectorFor` is what the sync
 * engine uses to build a connector from a stored configuration.
 */
export function createPlatformConnections(deps: {
  db: DeskDatabase;
  repos: DeskRepositories;
  vault: CredentialVault;
  clock: Clock;
  log: Logger;
  endpoints?: ConnectorRegistryDeps['endpoints'];
  fetch?: typeof fetch;
}) {
  const registryFor = async () => {
    const settings = await deps.repos.settings.get();
    return createConnectorRegistry({
      time: systemSyncTime(),
      logger: deps.log,
      lookupFor: (platform) => mappingIdLookup(deps.repos.sync, platform),
      restaurant: {
        timeZone: settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        locale: settings?.locale ?? 'fr-FR',
      },
      ...(deps.endpoints ? { endpoints: deps.endpoints } : {}),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
  };

  const summaryOf = async (config: Snapshot<PlatformConfig>): Promise<PlatformSummary> => {
    const credentials = config.credentialRef ? await deps.vault.get(config.credentialRef) : null;
    return {
      platform: config.platform,
      displayName: config.displayName,
      restaurantId: config.externalRestaurantId ?? null,
      active: config.active,
      masterFor: [...config.masterFor],
      pollIntervalSeconds: config.pollIntervalSeconds,
      maskedCredentials: Object.fromEntries(
        Object.entries(credentials ?? {}).map(([key, value]) => [key, maskSecret(value)]),
      ),
    };
  };

  async function connectorFor(config: Snapshot<PlatformConfig>): Promise<PlatformConnector> {
    if (!config.credentialRef)
      throw new PlatformConnectionError(`${config.displayName} has no credentials saved.`);
    const credentials = await deps.vault.get(config.credentialRef);
    if (!credentials) {
      throw new PlatformConnectionError(
        `The credentials of ${config.displayName} are missing: connect it again.`,
      );
    }
    return (await registryFor()).build(config as PlatformConfig, credentials);
  }

  return {
    connectorFor,
    async list(): Promise<PlatformSummary[]> {
      const docs = await deps.db.platform_configs.find().exec();
      return Promise.all(docs.map((d) => summaryOf(d.toJSON() as Snapshot<PlatformConfig>)));
    },
    async connect(input: ConnectPlatformRequest): Promise<PlatformSummary> {
      const now = deps.clock.now().getTime();
      const existing = await deps.db.platform_configs.findOne(input.platform).exec();
      const ref = `platform-${input.platform}`;
      const config = PlatformConfig.parse({
        id: input.platform,
        platform: input.platform,
        displayName: DISPLAY_NAMES[input.platform] ?? input.platform,
        externalRestaurantId: input.restaurantId,
        masterFor: input.masterFor,
        syncEntities: ['reservation'],
        pollIntervalSeconds: input.pollIntervalSeconds,
        active: true,
        credentialRef: ref,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      const registry = await registryFor();
      let connector: PlatformConnector;
      try {
        connector = registry.build(config, input.credentials);
        await connector.authenticate();
      } catch (error) {
        const message =
          isPlatformError(error) || error instanceof Error ? error.message : String(error);
        deps.log.warn('platform connection refused', { platform: input.platform, reason: message });
        throw new PlatformConnectionError(message);
      }
      await deps.vault.put(ref, input.credentials);
      await deps.db.platform_configs.upsert(config);
      deps.log.info('platform connected', { platform: input.platform });
      return summaryOf(config);
    },
    async disconnect(platform: string): Promise<void> {
      const doc = await deps.db.platform_configs.findOne(platform).exec();
      if (!doc) return;
      const ref = doc.credentialRef;
      await doc.incrementalPatch({ active: false, updatedAt: deps.clock.now().getTime() });
      if (ref) await deps.vault.remove(ref);
      deps.log.info('platform disconnected', { platform });
    },
  };
}

export type PlatformConnections = ReturnType<typeof createPlatformConnections>;
