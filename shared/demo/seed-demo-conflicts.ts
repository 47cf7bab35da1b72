import { Conflict, type DisputedField } from '../domain/conflict';
import type { JsonObject } from '../domain/json-value';
import { PlatformConfig } from '../domain/platform-config';
import type { Reservation } from '../domain/reservation';
import { addDays, instantOf, localDateOf } from '../domain/time';
import type { DeskDatabase } from '../store/create-desk-database';
import type { DeskRepositories } from '../store/desk-repositories';
import type { ReservationDraft } from '../store/reservation-repository';
import { validate } from '../store/store-errors';

/**
 * Sync trouble for the demo and the inbox's tests: two platform configs, three reservations in
 * disagreement with a platform (one per mastering rule), and two outbound jobs that stopped.
 * Not called by `seedDemoRestaurant` (the lead decides where `--demo` wires it). Fixed ids:
 * running it twice writes nothing new.
 */

export interface DemoConflictSummary {
  readonly platforms: number;
  readonly conflicts: number;
  readonly failedJobs: number;
}

export const DEMO_CONFLICT_IDS = {
  windowTable: 'demo-sync-r1',
  allergies: 'demo-sync-r2',
  seated: 'demo-sync-r3',
  refused: 'demo-sync-r4',
} as const;

const MINUTE = 60_000;

function bookingsAt(
  now: number,
  timeZone: string,
): Record<keyof typeof DEMO_CONFLICT_IDS, ReservationDraft> {
  const today = localDateOf(now, timeZone);
  const at = (days: number, time: string) => instantOf(addDays(today, days), time, timeZone);
  const base = {
    durationMinutes: 120,
    tableIds: [],
    allergies: [],
    dietaryRestrictions: [],
  } satisfies Partial<ReservationDraft>;
  return {
    windowTable: {
      ...base,
      id: DEMO_CONFLICT_IDS.windowTable,
      guestName: 'Hélène Marchand',
      phone: '+33 6 12 34 56 78',
      partySize: 4,
      startsAt: at(1, '20:00'),
      status: 'confirmed',
      source: 'thefork',
      notes: 'Table près de la fenêtre',
    },
    allergies: {
      ...base,
      id: DEMO_CONFLICT_IDS.allergies,
      guestName: 'Thomas Berger',
      phone: '+33 6 98 76 54 32',
      partySize: 2,
      startsAt: at(2, '12:30'),
      durationMinutes: 75,
      status: 'confirmed',
      source: 'zenchef',
      allergies: ['crustacés'],
    },
    seated: {
      ...base,
      id: DEMO_CONFLICT_IDS.seated,
      guestName: 'Inès Moreau',
      partySize: 3,
      startsAt: now - 30 * MINUTE,
      status: 'seated',
      source: 'thefork',
      arrivedAt: now - 25 * MINUTE,
      seatedAt: now - 25 * MINUTE,
    },
    refused: {
      ...base,
      id: DEMO_CONFLICT_IDS.refused,
      guestName: 'Claire Dubois',
      partySize: 5,
      startsAt: at(3, '21:00'),
      status: 'confirmed',
      source: 'phone',
    },
  };
}

function versionOf(r: ReservationDraft, changes: Partial<ReservationDraft>): JsonObject {
  const merged: Record<string, unknown> = { ...r, ...changes };
  return Object.fromEntries(
    Object.entries(merged).filter(([, value]) => value !== undefined),
  ) as JsonObject;
}

function disputed(local: JsonObject, remote: JsonObject, fields: string[]): DisputedField[] {
  return fields.map((field) => ({
    field,
    ...(local[field] === undefined ? {} : { local: local[field] }),
    ...(remote[field] === undefined ? {} : { remote: remote[field] }),
  }));
}

export async function seedDemoConflicts(
  db: DeskDatabase,
  repos: DeskRepositories,
  options: { now: number },
): Promise<DemoConflictSummary> {
  const { now } = options;
  const timeZone = (await repos.settings.get())?.timeZone ?? 'Europe/Paris';

  const configs = [
    {
      id: 'thefork',
      platform: 'thefork',
      displayName: 'TheFork',
      externalRestaurantId: 'demo-restaurant-uuid',
      masterFor: [],
      syncEntities: ['reservation', 'customer'],
      pollIntervalSeconds: 300,
      active: true,
      lastSyncAt: now - 2 * MINUTE,
      lastSuccessAt: now - 2 * MINUTE,
      createdAt: now - 30 * 24 * 60 * MINUTE,
      updatedAt: now - 2 * MINUTE,
    },
    {
      id: 'zenchef',
      platform: 'zenchef',
      displayName: 'Zenchef',
      externalRestaurantId: 'demo-formitable-uid',
      masterFor: ['reservation'],
      syncEntities: ['reservation'],
      pollIntervalSeconds: 120,
      active: true,
      lastSyncAt: now - 9 * MINUTE,
      lastSuccessAt: now - 40 * MINUTE,
      lastError: {
        code: 'authentication',
        message: 'Zenchef refused the API key (401). Check the key in the Zenchef back office.',
        at: now - 9 * MINUTE,
      },
      createdAt: now - 30 * 24 * 60 * MINUTE,
      updatedAt: now - 9 * MINUTE,
    },
  ];
  for (const config of configs) {
    if ((await db.platform_configs.findOne(config.id).exec()) !== null) continue;
    await db.platform_configs.insert(
      validate(PlatformConfig, db.platform_configs.name, `the ${config.id} config`, config),
    );
  }

  const bookings = bookingsAt(now, timeZone);
  for (const booking of Object.values(bookings)) {
    if ((await repos.reservations.byId(booking.id ?? '')) === null) {
      await repos.reservations.create(booking);
    }
  }

  const conflicts: {
    platform: string;
    booking: ReservationDraft;
    remote: Partial<Reservation>;
    fields: string[];
  }[] = [
    {
      platform: 'thefork',
      booking: bookings.windowTable,
      remote: {
        partySize: 6,
        startsAt: bookings.windowTable.startsAt + 30 * MINUTE,
        notes: undefined,
      },
      fields: ['partySize', 'startsAt', 'notes'],
    },
    {
      platform: 'zenchef',
      booking: bookings.allergies,
      remote: { allergies: ['Crustacés', 'gluten'], phone: '+33 7 11 22 33 44' },
      fields: ['allergies', 'phone'],
    },
    {
      platform: 'thefork',
      booking: bookings.seated,
      remote: { partySize: 2 },
      fields: ['partySize'],
    },
  ];
  let opened = 0;
  for (const c of conflicts) {
    const id = c.booking.id ?? '';
    if ((await repos.sync.openConflictsOf('reservation', id)).length > 0) continue;
    const local = versionOf(c.booking, {});
    const remote = versionOf(c.booking, c.remote);
    const draft = {
      entityType: 'reservation' as const,
      entityId: id,
      platform: c.platform,
      externalId: `${c.platform}-${id}`,
      localVersion: local,
      remoteVersion: remote,
      fields: disputed(local, remote, c.fields),
    };
    // Checked as a whole conflict before the repository stamps it.
    validate(Conflict, 'conflicts', 'the demo conflict', {
      ...draft,
      id: 'check',
      status: 'open',
      createdAt: now,
      updatedAt: now,
    });
    await repos.sync.openConflict(draft);
    opened += 1;
  }

  const jobs = [
    {
      id: 'demo-sync-job-1',
      jobId: 'demo-sync-job-1',
      platform: 'thefork',
      direction: 'outbound' as const,
      action: 'create',
      status: 'parked' as const,
      entityType: 'reservation' as const,
      entityId: DEMO_CONFLICT_IDS.refused,
      retryCount: 5,
      error: {
        code: 'slot_unavailable',
        message: 'TheFork answered 409 DOUBLE_BOOKING for this time slot.',
        at: now - 50 * MINUTE,
      },
      at: now - 50 * MINUTE,
    },
    {
      id: 'demo-sync-job-2',
      jobId: 'demo-sync-job-2',
      platform: 'zenchef',
      direction: 'outbound' as const,
      action: 'update',
      status: 'failed' as const,
      entityType: 'reservation' as const,
      entityId: DEMO_CONFLICT_IDS.allergies,
      retryCount: 1,
      error: {
        code: 'authentication',
        message: 'Zenchef refused the API key (401).',
        at: now - 9 * MINUTE,
      },
      at: now - 9 * MINUTE,
    },
  ];
  let stopped = 0;
  for (const job of jobs) {
    if ((await db.sync_logs.findOne(job.id).exec()) !== null) continue;
    await repos.sync.appendLog(job);
    stopped += 1;
  }
  return { platforms: configs.length, conflicts: opened, failedJobs: stopped };
}
