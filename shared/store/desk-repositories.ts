import { Offer } from '../domain/offer';
import { MenuItem } from '../domain/menu-item';
import { Order } from '../domain/order';
import type { DeskDatabase } from './create-desk-database';
import { createCustomerRepository, type CustomerRepository } from './customer-repository';
import { createEntityRepository, type EntityRepository } from './entity-repository';
import { createFloorRepository, type FloorRepository } from './floor-repository';
import { createReservationRepository, type ReservationRepository } from './reservation-repository';
import { createSettingsRepository, type SettingsRepository } from './settings-repository';
import { createSyncRepository, type SyncRepository } from './sync-repository';
import type { StoreDeps } from './store-deps';

export interface DeskRepositories {
  readonly reservations: ReservationRepository;
  readonly customers: CustomerRepository;
  readonly floor: FloorRepository;
  readonly offers: EntityRepository<Offer>;
  readonly menuItems: EntityRepository<MenuItem>;
  readonly orders: EntityRepository<Order>;
  readonly settings: SettingsRepository;
  readonly sync: SyncRepository;
}

/** The typed entry points the main process uses on the desk database. */
export function createDeskRepositories(db: DeskDatabase, deps: StoreDeps): DeskRepositories {
  return {
    reservations: createReservationRepository(db.reservations, deps),
    customers: createCustomerRepository(db.customers, deps),
    floor: createFloorRepository(db, deps),
    offers: createEntityRepository(db.offers, Offer, deps),
    menuItems: createEntityRepository(db.menu_items, MenuItem, deps),
    orders: createEntityRepository(db.orders, Order, deps),
    settings: createSettingsRepository(db.restaurant_settings, deps),
    sync: createSyncRepository(db, deps),
  };
}
