import type { RxCollection, RxCollectionCreator } from 'rxdb';
import type { AnyCollectionDefinition, DocOf } from './rxdb/collection-definition';
import { reservationCollection } from './reservation';
import { customerCollection } from './customer';
import { diningRoomCollection } from './dining-room';
import { diningTableCollection } from './dining-table';
import { diningServiceCollection } from './dining-service';
import { offerCollection } from './offer';
import { menuItemCollection } from './menu-item';
import { orderCollection } from './order';
import { restaurantSettingsCollection } from './restaurant-settings';
import { platformConfigCollection } from './platform-config';
import { externalMappingCollection } from './external-mapping';
import { syncLogCollection } from './sync-log';
import { conflictCollection } from './conflict';

/** Every collection of the desk database. Main and renderer open the same list. */
export const deskCollectionDefinitions = [
  reservationCollection,
  customerCollection,
  diningRoomCollection,
  diningTableCollection,
  diningServiceCollection,
  offerCollection,
  menuItemCollection,
  orderCollection,
  restaurantSettingsCollection,
  platformConfigCollection,
  externalMappingCollection,
  syncLogCollection,
  conflictCollection,
] as const;

type Definitions = (typeof deskCollectionDefinitions)[number];
export type DeskCollectionName = Definitions['name'];

export type DeskCollections = {
  [D in Definitions as D['name']]: RxCollection<DocOf<D>>;
};

/** The `addCollections` argument for a set of definitions. */
export function collectionCreators(
  definitions: readonly AnyCollectionDefinition[],
): Record<string, RxCollectionCreator> {
  const creators: Record<string, RxCollectionCreator> = {};
  for (const def of definitions) {
    creators[def.name] = {
      schema: def.jsonSchema,
      migrationStrategies: def.migrationStrategies,
      autoMigrate: true,
    };
  }
  return creators;
}
