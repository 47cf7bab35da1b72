import type { DiningTable } from '../../../../shared/domain/dining-table';
import type { Snapshot } from '../../../../shared/store/store-deps';
import {
  FINAL_STATUSES,
  reservationEndsAt,
  type Reservation,
} from '../../../../shared/domain/reservation';

/**
 * The live state of a table, derived from the day's reservations and the current instant. Pure:
 * the floor plan renders it, the tests pin it. A table shows one state; `next` tells what comes
 * after (for a seated table, the party due next, so the host sees a squeeze coming).
 */
export type TableStateKind = 'free' | 'soon' | 'seated' | 'over' | 'blocked';

export type TableReservation = Pick<
  Snapshot<Reservation>,
  | 'id'
  | 'guestName'
  | 'partySize'
  | 'startsAt'
  | 'durationMinutes'
  | 'status'
  | 'tableIds'
  | 'seatedAt'
  | 'diningRoomId'
  | 'source'
>;

export interface TableState {
  readonly kind: TableStateKind;
  /** The party at the table (seated, over). */
  readonly seated?: TableReservation;
  /** Minutes since the party sat down (seated, over). */
  readonly elapsedMinutes?: number;
  /** Minutes beyond the booked duration (over). */
  readonly overMinutes?: number;
  /** The next party due at this table (soon; also on seated/free when one is booked later). */
  readonly next?: TableReservation;
  /** Minutes until `next` starts; negative when the party is late. */
  readonly nextInMinutes?: number;
  readonly blockedReason?: string;
}

export interface TableStateOptions {
  /** A booking starting within this many minutes makes a free table "reserved soon". */
  readonly soonMinutes: number;
}

export const DEFAULT_STATE_OPTIONS: TableStateOptions = { soonMinutes: 30 };

const MINUTE = 60_000;

function holdsTable(r: TableReservation, tableId: string): boolean {
  return r.tableIds.includes(tableId) && !FINAL_STATUSES.includes(r.status);
}

/** Whole minutes, rounded down, never negative. */
function minutesBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor((toMs - fromMs) / MINUTE));
}

/** The party seated at a table: the most recently seated one when data says two are. */
export function seatedAt(
  tableId: string,
  reservations: readonly TableReservation[],
): TableReservation | undefined {
  let found: TableReservation | undefined;
  for (const r of reservations) {
    if (r.status !== 'seated' || !r.tableIds.includes(tableId)) continue;
    if (!found || (r.seatedAt ?? r.startsAt) > (found.seatedAt ?? found.startsAt)) found = r;
  }
  return found;
}

/**
 * The next party expected at a table: not seated, not finished, booking not yet over. A party
 * that is late (start passed, not a no-show yet) stays next until its booked time runs out.
 */
export function nextAt(
  tableId: string,
  reservations: readonly TableReservation[],
  nowMs: number,
): TableReservation | undefined {
  let found: TableReservation | undefined;
  for (const r of reservations) {
    if (!holdsTable(r, tableId) || r.status === 'seated') continue;
    if (reservationEndsAt(r) <= nowMs) continue;
    if (!found || r.startsAt < found.startsAt) found = r;
  }
  return found;
}

export function deriveTableState(
  table: Pick<DiningTable, 'id' | 'blocked' | 'blockedReason'>,
  reservations: readonly TableReservation[],
  nowMs: number,
  options: TableStateOptions = DEFAULT_STATE_OPTIONS,
): TableState {
  const seated = seatedAt(table.id, reservations);
  const next = nextAt(table.id, reservations, nowMs);
  const nextInfo =
    next === undefined ? {} : { next, nextInMinutes: Math.ceil((next.startsAt - nowMs) / MINUTE) };
  if (seated) {
    const since = seated.seatedAt ?? seated.startsAt;
    const elapsedMinutes = minutesBetween(since, nowMs);
    const overMinutes = elapsedMinutes - seated.durationMinutes;
    if (overMinutes > 0) return { kind: 'over', seated, elapsedMinutes, overMinutes, ...nextInfo };
    return { kind: 'seated', seated, elapsedMinutes, ...nextInfo };
  }
  if (table.blocked) {
    return {
      kind: 'blocked',
      ...(table.blockedReason ? { blockedReason: table.blockedReason } : {}),
      ...nextInfo,
    };
  }
  if (next && next.startsAt - nowMs <= options.soonMinutes * MINUTE) {
    return { kind: 'soon', ...nextInfo };
  }
  return { kind: 'free', ...nextInfo };
}

/** States of every table, keyed by table id. */
export function deriveTableStates(
  tables: readonly Pick<DiningTable, 'id' | 'blocked' | 'blockedReason'>[],
  reservations: readonly TableReservation[],
  nowMs: number,
  options: TableStateOptions = DEFAULT_STATE_OPTIONS,
): Map<string, TableState> {
  const relevant = reservations.filter((r) => r.tableIds.length > 0);
  return new Map(tables.map((t) => [t.id, deriveTableState(t, relevant, nowMs, options)]));
}

/** Reservations of the day that still need a table: not finished, not seated, no table yet. */
export function unassignedReservations<R extends TableReservation>(
  reservations: readonly R[],
  nowMs: number,
): R[] {
  return reservations.filter(
    (r) =>
      r.tableIds.length === 0 && !FINAL_STATUSES.includes(r.status) && reservationEndsAt(r) > nowMs,
  );
}
