import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../shared/store/create-desk-database';
import { createDeskRepositories } from '../../../../shared/store/desk-repositories';
import { reservationDraft } from '../../../../shared/store/testing/fixtures';
import { openTestDatabase, testDeps } from '../../../../shared/store/testing/test-database';
import {
  allChoices,
  initialChoices,
  missingChoices,
  recordedChoices,
  resolutionPatch,
  resolveConflict,
  ResolutionError,
  ruleContextOf,
} from './conflict-resolution';
import { sampleConflict } from './testing/conflict-fixtures';

let db: DeskDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const manager = ruleContextOf(sampleConflict(), []);

describe('choices and the merged value', () => {
  it('pre-selects only what the rules settle', () => {
    expect(initialChoices(sampleConflict(), manager)).toEqual({ allergies: 'merge' });
    expect(missingChoices(sampleConflict(), { allergies: 'merge' })).toEqual([
      'partySize',
      'notes',
    ]);
    const seated = sampleConflict({
      localVersion: { ...sampleConflict().localVersion, status: 'seated' },
    });
    expect(initialChoices(seated, ruleContextOf(seated, []))).toEqual({
      partySize: 'local',
      allergies: 'merge',
      notes: 'local',
    });
    expect(
      initialChoices(sampleConflict(), ruleContextOf(sampleConflict(), ['reservation'])),
    ).toEqual({ partySize: 'remote', allergies: 'merge', notes: 'remote' });
  });

  it('keeps allergies merged when taking one side for everything', () => {
    expect(allChoices(sampleConflict(), manager, 'remote')).toEqual({
      partySize: 'remote',
      allergies: 'merge',
      notes: 'remote',
    });
  });

  it('builds the patch: chosen values, the union, and a cleared field', () => {
    const patch = resolutionPatch(sampleConflict(), {
      partySize: 'remote',
      allergies: 'merge',
      notes: 'remote',
    });
    expect(patch).toEqual({ partySize: 6, allergies: ['nuts', 'Gluten'], notes: undefined });
    expect('notes' in patch).toBe(true);
    expect(recordedChoices({ partySize: 'remote', allergies: 'merge', notes: 'local' })).toEqual({
      partySize: 'remote',
      allergies: 'local',
      notes: 'local',
    });
  });

  it('never patches bookkeeping fields, even when a conflict disputes them', () => {
    const hostile = sampleConflict({ fields: [{ field: 'createdAt', local: 1, remote: 2 }] });
    expect(resolutionPatch(hostile, { createdAt: 'remote' })).toEqual({});
  });
});

describe('resolveConflict through the repositories', () => {
  async function setup() {
    db = await openTestDatabase();
    const deps = testDeps();
    const repos = createDeskRepositories(db, deps);
    const reservation = await repos.reservations.create(
      reservationDraft({ partySize: 4, notes: 'window', allergies: ['nuts'] }),
    );
    const base = sampleConflict();
    const conflict = await repos.sync.openConflict({
      entityType: 'reservation',
      entityId: reservation.id,
      platform: 'thefork',
      localVersion: base.localVersion,
      remoteVersion: base.remoteVersion,
      fields: base.fields,
    });
    return { repos, reservation, conflict, deps };
  }

  it('writes the merged reservation and records who decided what and when', async () => {
    const { repos, reservation, conflict, deps } = await setup();
    deps.advance(60_000);
    const resolved = await resolveConflict(
      repos,
      conflict,
      { partySize: 'remote', allergies: 'merge', notes: 'local' },
      '  Léa  ',
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: { partySize: 'remote', allergies: 'local', notes: 'local' },
      resolvedBy: 'Léa',
      resolvedAt: deps.clock.now().getTime(),
    });
    const after = await repos.reservations.byId(reservation.id);
    expect(after).toMatchObject({ partySize: 6, allergies: ['nuts', 'Gluten'], notes: 'window' });
    expect(await repos.sync.openConflictsOf('reservation', reservation.id)).toEqual([]);
  });

  it('clears a field the platform does not have when its side is taken', async () => {
    const { repos, reservation, conflict } = await setup();
    await resolveConflict(repos, conflict, allChoices(conflict, manager, 'remote'), 'Léa');
    const after = await repos.reservations.byId(reservation.id);
    expect(after?.notes).toBeUndefined();
  });

  it('refuses without a name or with an undecided field, and changes nothing', async () => {
    const { repos, reservation, conflict } = await setup();
    await expect(
      resolveConflict(
        repos,
        conflict,
        { partySize: 'local', allergies: 'merge', notes: 'local' },
        '  ',
      ),
    ).rejects.toMatchObject({ problem: { kind: 'name-missing' } });
    await expect(
      resolveConflict(repos, conflict, { allergies: 'merge' }, 'Léa'),
    ).rejects.toBeInstanceOf(ResolutionError);
    expect((await repos.reservations.byId(reservation.id))?.partySize).toBe(4);
    expect(await repos.sync.openConflictsOf('reservation', reservation.id)).toHaveLength(1);
  });

  it('keeps the conflict open when the merged reservation is invalid', async () => {
    const { repos, reservation, conflict } = await setup();
    const hostile = {
      ...conflict,
      fields: [{ field: 'partySize', local: 4, remote: -3 }],
    };
    await expect(resolveConflict(repos, hostile, { partySize: 'remote' }, 'Léa')).rejects.toThrow(
      /not valid/,
    );
    expect((await repos.reservations.byId(reservation.id))?.partySize).toBe(4);
    expect(await repos.sync.openConflictsOf('reservation', reservation.id)).toHaveLength(1);
  });

  it('refuses to apply a conflict on an entity type it cannot write', async () => {
    const { repos, conflict } = await setup();
    await expect(
      resolveConflict(
        repos,
        { ...conflict, entityType: 'customer' },
        { partySize: 'local', allergies: 'merge', notes: 'local' },
        'Léa',
      ),
    ).rejects.toMatchObject({ problem: { kind: 'unsupported-entity' } });
  });
});
