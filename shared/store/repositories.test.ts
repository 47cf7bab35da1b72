import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstValueFrom, filter, timeout } from 'rxjs';
import type { DeskDatabase } from './create-desk-database';
import { createDeskRepositories, type DeskRepositories } from './desk-repositories';
import { InvalidDocumentError, NotFoundError } from './store-errors';
import { openTestDatabase, testDeps } from './testing/test-database';

let db: DeskDatabase;
let deps: ReturnType<typeof testDeps>;
let repos: DeskRepositories;

beforeEach(async () => {
  db = await openTestDatabase();
  deps = testDeps();
  repos = createDeskRepositories(db, deps);
});
afterEach(async () => {
  await db.close();
});

const person = {
  tags: [],
  vip: false,
  allergies: [],
  dietaryRestrictions: [],
  visitCount: 0,
  noShowCount: 0,
};

describe('customers', () => {
  it('finds guests by any word of their name, accents and case ignored, or by phone digits', async () => {
    await repos.customers.create({ ...person, name: 'Jean Dupont', phone: '+33 6 12 34 56 78' });
    await repos.customers.create({ ...person, name: 'Émilie Dupont-Aignan' });
    await repos.customers.create({
      ...person,
      name: 'Bernard Müller',
      email: 'B.Muller@Example.fr',
    });
    await repos.customers.create({ ...person, name: 'Adupontine Sans' });
    const names = async (text: string) => (await repos.customers.search(text)).map((c) => c.name);
    expect(await names('dupont')).toEqual(['Émilie Dupont-Aignan', 'Jean Dupont']);
    expect(await names('EMIL')).toEqual(['Émilie Dupont-Aignan']);
    expect(await names('muller')).toEqual(['Bernard Müller']);
    expect(await names('06 12 34')).toEqual(['Jean Dupont']);
    expect(await names('+33612')).toEqual(['Jean Dupont']);
    expect(await names('.*')).toEqual([]);
    expect(await names('')).toEqual([]);
    expect((await repos.customers.search('dupont', 1)).length).toBe(1);
    expect((await repos.customers.byEmail(' b.muller@EXAMPLE.fr ')).map((c) => c.name)).toEqual([
      'Bernard Müller',
    ]);
  });

  it('keeps keys right on update and refuses a bad email', async () => {
    const c = await repos.customers.create({ ...person, name: 'Ana', phone: '0600000001' });
    const renamed = await repos.customers.update(c.id, { name: 'Ana Lópes', phone: undefined });
    expect(renamed).toMatchObject({ nameKey: 'ana lopes' });
    expect(renamed).not.toHaveProperty('phoneKey');
    await expect(repos.customers.update(c.id, { email: 'not-an-email' })).rejects.toThrow(
      InvalidDocumentError,
    );
  });
});

describe('floor', () => {
  it('rooms in order, tables of a room live, edit and delete', async () => {
    const terrace = await repos.floor.rooms.create({
      name: 'Terrasse',
      position: 2,
      width: 800,
      height: 600,
      active: true,
    });
    await repos.floor.rooms.create({
      name: 'Salle',
      position: 1,
      width: 800,
      height: 600,
      active: true,
    });
    const rooms = await firstValueFrom(
      repos.floor.rooms$().pipe(
        filter((r) => r.length === 2),
        timeout(5000),
      ),
    );
    expect(rooms.map((r) => r.name)).toEqual(['Salle', 'Terrasse']);
    const table = {
      diningRoomId: terrace.id,
      seatsMin: 2,
      seatsMax: 4,
      shape: 'round' as const,
      x: 10,
      y: 10,
      width: 80,
      height: 80,
      rotation: 0,
      combinableWith: [],
      blocked: false,
    };
    const t2 = await repos.floor.tables.create({ ...table, label: 'T2' });
    await repos.floor.tables.create({ ...table, label: 'T1' });
    const moved = await repos.floor.tables.update(t2.id, { x: 300, rotation: 45 });
    expect(moved).toMatchObject({ x: 300, rotation: 45, label: 'T2' });
    await expect(repos.floor.tables.update(t2.id, { rotation: 360 })).rejects.toThrow(/rotation/);
    await expect(repos.floor.tables.update(t2.id, { seatsMin: 6 })).rejects.toThrow(
      /seatsMin is above seatsMax/,
    );
    expect((await repos.floor.tablesOfRoom(terrace.id)).map((t) => t.label)).toEqual(['T1', 'T2']);
    await repos.floor.tables.remove(t2.id);
    expect((await repos.floor.tablesOfRoom(terrace.id)).map((t) => t.label)).toEqual(['T1']);
    await expect(repos.floor.tables.remove(t2.id)).rejects.toThrow(NotFoundError);
  });
});

describe('settings', () => {
  it('one document, refusing an unknown time zone', async () => {
    expect(await repos.settings.get()).toBeNull();
    const input = { name: 'Chez Nous', timeZone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR' };
    await repos.settings.save(input);
    await repos.settings.save({ ...input, timeZone: 'Asia/Kolkata' });
    expect(await db.restaurant_settings.count().exec()).toBe(1);
    expect((await repos.settings.get())?.timeZone).toBe('Asia/Kolkata');
    await expect(repos.settings.save({ ...input, timeZone: 'Mars/Olympus' })).rejects.toThrow(
      /timeZone/,
    );
  });
});

describe('sync data', () => {
  it('links a platform id to one document however often it is applied', async () => {
    const link = { platform: 'thefork', entityType: 'reservation' as const, externalId: 'uuid-1' };
    await repos.sync.link({ ...link, entityId: 'r1', raw: { partySize: 2 } });
    deps.advance(1000);
    const again = await repos.sync.link({ ...link, entityId: 'r1', raw: { partySize: 3 } });
    expect(await db.external_mappings.count().exec()).toBe(1);
    expect(again).toMatchObject({ id: 'thefork|reservation|uuid-1', raw: { partySize: 3 } });
    expect(again.updatedAt).toBeGreaterThan(again.createdAt);
    await repos.sync.link({
      platform: 'zenchef',
      entityType: 'reservation',
      externalId: '99',
      entityId: 'r1',
    });
    expect((await repos.sync.mappingsOfEntity('reservation', 'r1')).map((m) => m.platform)).toEqual(
      ['thefork', 'zenchef'],
    );
    expect(await repos.sync.mappingOf('thefork', 'customer', 'uuid-1')).toBeNull();
    await expect(repos.sync.link({ ...link, externalId: 'a|b', entityId: 'r1' })).rejects.toThrow(
      /externalId/,
    );
  });

  it('the log: due retries in order; failures need an error', async () => {
    const base = {
      platform: 'thefork',
      direction: 'outbound' as const,
      action: 'update',
      retryCount: 1,
    };
    const t = deps.clock.now().getTime();
    await repos.sync.appendLog({
      ...base,
      status: 'retry_scheduled',
      nextRetryAt: t + 300_000,
      at: t,
    });
    await repos.sync.appendLog({
      ...base,
      status: 'retry_scheduled',
      nextRetryAt: t + 60_000,
      at: t,
    });
    await repos.sync.appendLog({ ...base, status: 'succeeded', at: t });
    const due = await repos.sync.dueRetries(t + 400_000, 10);
    expect(due.map((d) => d.nextRetryAt)).toEqual([t + 60_000, t + 300_000]);
    expect(await repos.sync.dueRetries(t + 100_000, 10)).toHaveLength(1);
    await expect(repos.sync.appendLog({ ...base, status: 'failed', at: t })).rejects.toThrow(
      /needs its error/,
    );
  });

  it('conflicts: the inbox lists open ones newest first; a decision is recorded', async () => {
    const conflict = {
      entityType: 'reservation' as const,
      entityId: 'r1',
      platform: 'thefork',
      localVersion: { partySize: 4 },
      remoteVersion: { partySize: 6 },
      fields: [{ field: 'partySize', local: 4, remote: 6 }],
    };
    const older = await repos.sync.openConflict(conflict);
    deps.advance(1000);
    const newer = await repos.sync.openConflict({ ...conflict, entityId: 'r2' });
    const inbox = await firstValueFrom(
      repos.sync.openConflicts$().pipe(
        filter((l) => l.length === 2),
        timeout(5000),
      ),
    );
    expect(inbox.map((c) => c.id)).toEqual([newer.id, older.id]);
    await expect(repos.sync.resolveConflict(older.id, {}, 'Camille')).rejects.toThrow(
      /without a choice for: partySize/,
    );
    const resolved = await repos.sync.resolveConflict(older.id, { partySize: 'remote' }, 'Camille');
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: 'Camille' });
    expect(await repos.sync.openConflictsOf('reservation', 'r1')).toEqual([]);
    await repos.sync.dismissConflict(newer.id, 'Camille');
    expect(await db.conflicts.find({ selector: { status: 'open' } }).exec()).toEqual([]);
  });
});
