import { map, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { DiningRoom } from '../domain/dining-room';
import { DiningService } from '../domain/dining-service';
import { DiningTable } from '../domain/dining-table';
import { roomsQuery, servicesQuery, tablesOfRoomQuery } from '../domain/queries';
import { createEntityRepository, type EntityRepository } from './entity-repository';
import type { Snapshot, StoreDeps } from './store-deps';

export interface FloorRepository {
  readonly rooms: EntityRepository<DiningRoom>;
  readonly tables: EntityRepository<DiningTable>;
  readonly services: EntityRepository<DiningService>;
  rooms$(): Observable<Snapshot<DiningRoom>[]>;
  tablesOfRoom(diningRoomId: string): Promise<Snapshot<DiningTable>[]>;
  tablesOfRoom$(diningRoomId: string): Observable<Snapshot<DiningTable>[]>;
  listServices(): Promise<Snapshot<DiningService>[]>;
}

export interface FloorCollections {
  readonly dining_rooms: RxCollection<DiningRoom>;
  readonly dining_tables: RxCollection<DiningTable>;
  readonly dining_services: RxCollection<DiningService>;
}

export function createFloorRepository(db: FloorCollections, deps: StoreDeps): FloorRepository {
  const json = <T>(docs: { toJSON(): unknown }[]): Snapshot<T>[] =>
    docs.map((d) => d.toJSON() as Snapshot<T>);
  return {
    rooms: createEntityRepository(db.dining_rooms, DiningRoom, deps),
    tables: createEntityRepository(db.dining_tables, DiningTable, deps),
    services: createEntityRepository(db.dining_services, DiningService, deps),
    rooms$: () => db.dining_rooms.find(roomsQuery()).$.pipe(map((docs) => json<DiningRoom>(docs))),
    tablesOfRoom: async (roomId) =>
      json<DiningTable>(await db.dining_tables.find(tablesOfRoomQuery(roomId)).exec()),
    tablesOfRoom$: (roomId) =>
      db.dining_tables
        .find(tablesOfRoomQuery(roomId))
        .$.pipe(map((docs) => json<DiningTable>(docs))),
    listServices: async () =>
      json<DiningService>(await db.dining_services.find(servicesQuery()).exec()),
  };
}
