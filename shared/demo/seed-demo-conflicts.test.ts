import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import type { DeskDatabase } from '../store/create-desk-database';
import { createDeskRepositories } from '../store/desk-repositories';
import { openTestDatabase, testDeps } from '../store/testing/test-database';
import { DEMO_CONFLICT_IDS, seedDemoConflicts } from './seed-demo-conflicts';

let db: DeskDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe('seedDemoConflicts', () => {
  it('writes platforms, open conflicts and stopped jobs once, through the repositories', async () => {
    db = await openTestDatabase();
    const deps = testDeps();
    const repos = createDeskRepositories(db, deps);
    const now = deps.clock.now().getTime();
    expect(await seedDemoConflicts(db, repos, { now })).toEqual({
      platforms: 2,
      conflicts: 3,
      failedJobs: 2,
    });
    expect(await seedDemoConflicts(db, repos, { now })).toEqual({
      platforms: 2,
      conflicts: 0,
      failedJobs: 0,
    });
    const open = await firstValueFrom(repos.sync.openConflicts$());
    expect(open.map((c) => c.entityId).sort()).toEqual([
      DEMO_CONFLICT_IDS.windowTable,
      DEMO_CONFLICT_IDS.allergies,
      DEMO_CONFLICT_IDS.seated,
    ]);
    const tableConflict = open.find((c) => c.entityId === DEMO_CONFLICT_IDS.windowTable);
    expect(tableConflict?.fields.map((f) => f.field)).toEqual(['partySize', 'startsAt', 'notes']);
    // The platform dropped the note: the remote side has no value for it.
    expect(tableConflict?.fields[2]).toEqual({ field: 'notes', local: 'Table près de la fenêtre' });
    const stopped = await firstValueFrom(repos.sync.log$({ sinceMs: 0, limit: 10 }));
    expect(stopped.map((l) => l.status).sort()).toEqual(['failed', 'parked']);
    expect((await db.platform_configs.findOne('zenchef').exec())?.masterFor).toEqual([
      'reservation',
    ]);
  });
});
