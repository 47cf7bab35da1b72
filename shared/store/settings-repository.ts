import { map, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { RESTAURANT_SETTINGS_ID, RestaurantSettings } from '../domain/restaurant-settings';
import { validate } from './store-errors';
import type { Snapshot, StoreDeps } from './store-deps';

export type RestaurantSettingsInput = Omit<RestaurantSettings, 'id' | 'updatedAt'>;

export interface SettingsRepository {
  /** Null until the restaurant is set up (first run). */
  get(): Promise<Snapshot<RestaurantSettings> | null>;
  get$(): Observable<Snapshot<RestaurantSettings> | null>;
  /** Creates or replaces the one settings document. */
  save(input: RestaurantSettingsInput): Promise<Snapshot<RestaurantSettings>>;
}

export function createSettingsRepository(
  collection: RxCollection<RestaurantSettings>,
  deps: StoreDeps,
): SettingsRepository {
  const snapshot = (doc: { toJSON(): unknown } | null): Snapshot<RestaurantSettings> | null =>
    doc === null ? null : (doc.toJSON() as Snapshot<RestaurantSettings>);
  return {
    get: async () => snapshot(await collection.findOne(RESTAURANT_SETTINGS_ID).exec()),
    get$: () => collection.findOne(RESTAURANT_SETTINGS_ID).$.pipe(map(snapshot)),
    save: async (input) => {
      const doc = validate(RestaurantSettings, collection.name, 'the restaurant settings', {
        ...input,
        id: RESTAURANT_SETTINGS_ID,
        updatedAt: deps.clock.now().getTime(),
      });
      return (await collection.upsert(doc)).toJSON();
    },
  };
}
