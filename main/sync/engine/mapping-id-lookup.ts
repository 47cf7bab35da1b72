import type { SyncRepository } from '../../../shared/store/sync-repository';
import type { ExternalIdLookup } from '../connectors/id-lookup';

/** The connectors' id lookup of one platform, backed by external_mappings. */
export function mappingIdLookup(
  sync: Pick<SyncRepository, 'mappingOf' | 'mappingsOfEntity'>,
  platform: string,
): ExternalIdLookup {
  return {
    localId: async (entityType, externalId) =>
      (await sync.mappingOf(platform, entityType, externalId))?.entityId,
    externalId: async (entityType, localId) =>
      (await sync.mappingsOfEntity(entityType, localId)).find((m) => m.platform === platform)
        ?.externalId,
  };
}
