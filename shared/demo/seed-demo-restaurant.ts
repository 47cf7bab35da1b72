import { z } from 'zod';
import { EpochMs, TimeZone } from '../domain/primitives';
import { localDateOf } from '../domain/time';
import type { DeskRepositories } from '../store/desk-repositories';
import type { RestaurantSettingsInput } from '../store/settings-repository';
import { demoBookings, withVisits, type DemoReservation } from './demo-bookings';
import {
  DEMO_SERVICES,
  demoOffers,
  demoSettings,
  type DemoOffer,
  type DemoService,
} from './demo-catalogue';
import { DEMO_ROOMS, DEMO_TABLES, type DemoRoom, type DemoTable } from './demo-floor';
import { demoRegulars, type DemoCustomer } from './demo-people';
import { seededRandom } from './seeded-random';

export const DemoSeedOptions = z.strictObject({
  /** The instant the demo is built around ("today" is its local date in the zone). */
  now: EpochMs,
  seed: z.int().min(0).max(0xffff_ffff).default(1),
  timeZone: TimeZone.default('Europe/Paris'),
});
export type DemoSeedOptions = z.input<typeof DemoSeedOptions>;

/** Everything the demo writes, before the store adds createdAt/updatedAt. */
export interface DemoRestaurant {
  readonly settings: RestaurantSettingsInput;
  readonly rooms: readonly DemoRoom[];
  readonly tables: readonly DemoTable[];
  readonly services: readonly DemoService[];
  readonly offers: readonly DemoOffer[];
  readonly customers: readonly DemoCustomer[];
  readonly reservations: readonly DemoReservation[];
}

export class DemoSeedError extends Error {
  override readonly name = 'DemoSeedError';
}

function parseOptions(options: DemoSeedOptions): z.output<typeof DemoSeedOptions> {
  const parsed = DemoSeedOptions.safeParse(options);
  if (!parsed.success) {
    throw new DemoSeedError(
      `cannot seed the demo restaurant: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`,
    );
  }
  return parsed.data;
}

/** The demo restaurant as data: the same for the same now, seed and zone. */
export function buildDemoRestaurant(options: DemoSeedOptions): DemoRestaurant {
  const { now, seed, timeZone } = parseOptions(options);
  const random = seededRandom(seed);
  const settings = demoSettings(random, timeZone);
  const regulars = demoRegulars(random, 14, 6);
  const reservations = demoBookings({
    random,
    now,
    timeZone,
    services: DEMO_SERVICES,
    tables: DEMO_TABLES,
    regulars,
  });
  return {
    settings,
    rooms: DEMO_ROOMS,
    tables: DEMO_TABLES,
    services: DEMO_SERVICES,
    offers: demoOffers(localDateOf(now, timeZone)),
    customers: withVisits(regulars, reservations),
    reservations,
  };
}

export interface DemoSeedSummary {
  readonly rooms: number;
  readonly tables: number;
  readonly services: number;
  readonly offers: number;
  readonly customers: number;
  readonly reservations: number;
}

/** Creates each document whose id is not stored yet, so an interrupted seed can be resumed. */
async function createMissing<T extends { id: string }>(
  items: readonly T[],
  repo: { byId(id: string): Promise<unknown>; create(item: NoInfer<T>): Promise<unknown> },
): Promise<void> {
  for (const item of items) {
    if ((await repo.byId(item.id)) === null) await repo.create(item);
  }
}

/**
 * Writes the demo restaurant through the repositories (every document zod-checked there). The
 * settings go last: they are what `seedDemoIfEmpty` looks for.
 */
export async function seedDemoRestaurant(
  repos: DeskRepositories,
  options: DemoSeedOptions,
  /** Bookings not written here (the live demo makes them on the simulated platforms instead). */
  holdBack: (booking: DemoReservation) => boolean = () => false,
): Promise<DemoSeedSummary & { heldBack: DemoReservation[] }> {
  const demo = buildDemoRestaurant(options);
  const heldBack = demo.reservations.filter(holdBack);
  await createMissing(demo.rooms, repos.floor.rooms);
  await createMissing(demo.tables, repos.floor.tables);
  await createMissing(demo.services, repos.floor.services);
  await createMissing(demo.offers, repos.offers);
  await createMissing(demo.customers, repos.customers);
  await createMissing(
    demo.reservations.filter((r) => !heldBack.includes(r)),
    repos.reservations,
  );
  await repos.settings.save(demo.settings);
  return {
    rooms: demo.rooms.length,
    tables: demo.tables.length,
    services: demo.services.length,
    offers: demo.offers.length,
    customers: demo.customers.length,
    reservations: demo.reservations.length - heldBack.length,
    heldBack,
  };
}

/** Seeds the demo only into a desk with no restaurant settings yet; true when it did. */
export async function seedDemoIfEmpty(
  repos: DeskRepositories,
  options: DemoSeedOptions,
): Promise<boolean> {
  if ((await repos.settings.get()) !== null) return false;
  await seedDemoRestaurant(repos, options);
  return true;
}
