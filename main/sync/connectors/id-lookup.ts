import { Id } from '../../../shared/domain/primitives';

/** Entity types whose ids are mapped between the desk and a platform. */
export type MappedEntityType =
  'dining_service' | 'dining_room' | 'dining_table' | 'offer' | 'customer';

/**
 * External id mappings of one platform, both ways (backed by the `external_mappings` collection in
 * the app). Undefined means "not mapped": connectors then leave the field out.
 */
export interface ExternalIdLookup {
  localId(entityType: MappedEntityType, externalId: string): Promise<string | undefined>;
  externalId(entityType: MappedEntityType, localId: string): Promise<string | undefined>;
}

/** The local id of an optional platform id; a malformed stored id counts as unmapped. */
export async function toLocal(
  lookup: ExternalIdLookup,
  entityType: MappedEntityType,
  externalId: string | undefined,
): Promise<string | undefined> {
  if (externalId === undefined) return undefined;
  const local = await lookup.localId(entityType, externalId);
  return local !== undefined && Id.safeParse(local).success ? local : undefined;
}

export async function toExternal(
  lookup: ExternalIdLookup,
  entityType: MappedEntityType,
  localId: string | undefined,
): Promise<string | undefined> {
  if (localId === undefined) return undefined;
  const external = await lookup.externalId(entityType, localId);
  return external === undefined || external.length === 0 ? undefined : external;
}

/** Maps a list; `missing` lists the ids that have no mapping. */
export async function mapAll(
  ids: readonly string[],
  map: (id: string) => Promise<string | undefined>,
): Promise<{ mapped: string[]; missing: string[] }> {
  const mapped: string[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const other = await map(id);
    if (other === undefined) missing.push(id);
    else mapped.push(other);
  }
  return { mapped, missing };
}

/** An in-memory lookup (tests, demos, and a platform with no mappings yet). */
export function createMemoryIdLookup(
  entries: readonly { entityType: MappedEntityType; externalId: string; localId: string }[] = [],
): ExternalIdLookup & {
  add(entityType: MappedEntityType, externalId: string, localId: string): void;
} {
  const toLocalMap = new Map<string, string>();
  const toExternalMap = new Map<string, string>();
  const add = (entityType: MappedEntityType, externalId: string, localId: string): void => {
    toLocalMap.set(`${entityType}|${externalId}`, localId);
    toExternalMap.set(`${entityType}|${localId}`, externalId);
  };
  for (const e of entries) add(e.entityType, e.externalId, e.localId);
  return {
    localId: async (entityType, externalId) => toLocalMap.get(`${entityType}|${externalId}`),
    externalId: async (entityType, localId) => toExternalMap.get(`${entityType}|${localId}`),
    add,
  };
}
