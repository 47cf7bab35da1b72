import type { DiningTable } from '../../../../shared/domain/dining-table';
import type { Table, Booking } from './floor-types';
import type { DeskRepositories } from '../../../../shared/store/desk-repositories';

/**
 * Writes the floor plan makes, each returning how to undo it. They take the repositories as a
 * port; errors from the store (zod refusals, missing documents) propagate to the caller, which
 * shows them where the host is looking.
 */
export type FloorRepos = Pick<DeskRepositories, 'reservations' | 'floor'>;
export type Undo = () => Promise<void>;

export const WALK_IN_MINUTES = 90;

export async function seatWalkIn(
  repos: FloorRepos,
  input: {
    partySize: number;
    tableIds: readonly string[];
    diningRoomId: string;
    guestName: string;
    nowMs: number;
    durationMinutes?: number;
  },
): Promise<{ reservation: Booking; undo: Undo }> {
  const reservation = await repos.reservations.create({
    guestName: input.guestName,
    partySize: input.partySize,
    startsAt: input.nowMs,
    durationMinutes: input.durationMinutes ?? WALK_IN_MINUTES,
    status: 'seated',
    source: 'walk_in',
    diningRoomId: input.diningRoomId,
    tableIds: [...input.tableIds],
    allergies: [],
    dietaryRestrictions: [],
    arrivedAt: input.nowMs,
    seatedAt: input.nowMs,
  });
  return {
    reservation,
    undo: async () => {
      await repos.reservations.setStatus(reservation.id, 'cancelled');
    },
  };
}

/** Puts back the status and its stamps as they were before a status move. */
function restoreStatus(repos: FloorRepos, before: Booking): Undo {
  return async () => {
    await repos.reservations.update(before.id, {
      status: before.status,
      arrivedAt: before.arrivedAt,
      seatedAt: before.seatedAt,
      completedAt: before.completedAt,
      cancelledAt: before.cancelledAt,
    });
  };
}

export async function seatReservation(repos: FloorRepos, before: Booking): Promise<Undo> {
  await repos.reservations.setStatus(before.id, 'seated');
  return restoreStatus(repos, before);
}

export async function completeReservation(repos: FloorRepos, before: Booking): Promise<Undo> {
  await repos.reservations.setStatus(before.id, 'completed');
  return restoreStatus(repos, before);
}

export async function assignTables(
  repos: FloorRepos,
  before: Booking,
  tableIds: readonly string[],
  diningRoomId: string,
): Promise<Undo> {
  await repos.reservations.update(before.id, { tableIds: [...tableIds], diningRoomId });
  return async () => {
    await repos.reservations.update(before.id, {
      tableIds: [...before.tableIds],
      diningRoomId: before.diningRoomId,
    });
  };
}

export type TableFields = Omit<DiningTable, 'id' | 'createdAt' | 'updatedAt'>;

export async function updateTable(
  repos: FloorRepos,
  before: Table,
  patch: Partial<TableFields>,
): Promise<Undo> {
  await repos.floor.tables.update(before.id, patch);
  const back: Partial<TableFields> = {};
  for (const key of Object.keys(patch) as (keyof TableFields)[]) {
    const value = before[key];
    Object.assign(back, { [key]: Array.isArray(value) ? [...(value as string[])] : value });
  }
  return async () => {
    await repos.floor.tables.update(before.id, back);
  };
}

export async function createTable(
  repos: FloorRepos,
  fields: TableFields,
): Promise<{ table: Table; undo: Undo }> {
  const table = await repos.floor.tables.create(fields);
  return { table, undo: () => repos.floor.tables.remove(table.id) };
}

export async function deleteTable(repos: FloorRepos, before: Table): Promise<Undo> {
  await repos.floor.tables.remove(before.id);
  return async () => {
    const fields: Record<string, unknown> = { ...before };
    delete fields.createdAt;
    delete fields.updatedAt;
    // The store validates the whole document again (zod), so the copy cannot slip in bad data.
    await repos.floor.tables.create({
      ...(fields as Omit<DiningTable, 'createdAt' | 'updatedAt'>),
      combinableWith: [...before.combinableWith],
    });
  };
}
