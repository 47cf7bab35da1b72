import type { DiningTable } from '../../../../shared/domain/dining-table';
import { FINAL_STATUSES, reservationEndsAt } from '../../../../shared/domain/reservation';
import type { TableReservation } from './table-state';
import type { Snapshot } from '../../../../shared/store/store-deps';

/**
 * Whether a party may go to a table (or to tables combined), and why not. Pure: the drop handler,
 * the "Assign to table…" picker and the combine action all ask here, and the tests pin the rules.
 */
export type FitTable = Pick<
  Snapshot<DiningTable>,
  'id' | 'label' | 'seatsMin' | 'seatsMax' | 'blocked' | 'combinableWith'
>;

export type Refusal =
  | { readonly reason: 'blocked'; readonly table: FitTable }
  | { readonly reason: 'too_big'; readonly seats: number }
  | { readonly reason: 'too_small'; readonly seats: number }
  | { readonly reason: 'taken'; readonly table: FitTable; readonly by: TableReservation }
  | { readonly reason: 'not_combinable'; readonly table: FitTable };

export type FitResult =
  | { readonly ok: true; readonly tableIds: readonly string[] }
  | {
      readonly ok: false;
      readonly refusal: Refusal;
      /** Tables that together would take the party (the target first), when some do. */
      readonly combination?: readonly string[];
    };

export interface FitParty {
  readonly id: string;
  readonly partySize: number;
  readonly startsAt: number;
  readonly durationMinutes: number;
}

/** The span a reservation holds its table: a seated party holds it until it leaves. */
function heldSpan(r: TableReservation, nowMs: number): { start: number; end: number } {
  const end = reservationEndsAt(r);
  return { start: r.startsAt, end: r.status === 'seated' ? Math.max(end, nowMs + 1) : end };
}

/** Another live reservation on the table whose time overlaps the party's, if any. */
export function takenBy(
  tableId: string,
  party: FitParty,
  reservations: readonly TableReservation[],
  nowMs: number,
): TableReservation | undefined {
  const start = party.startsAt;
  const end = party.startsAt + party.durationMinutes * 60_000;
  return reservations.find((r) => {
    if (r.id === party.id || FINAL_STATUSES.includes(r.status) || !r.tableIds.includes(tableId)) {
      return false;
    }
    const held = heldSpan(r, nowMs);
    return held.start < end && start < held.end;
  });
}

function linked(a: FitTable, b: FitTable): boolean {
  return a.combinableWith.includes(b.id) || b.combinableWith.includes(a.id);
}

/** True when every table can be reached from the first through combinable links. */
export function isCombinable(tables: readonly FitTable[]): boolean {
  if (tables.length === 0) return false;
  const reached = new Set<string>([tables[0]?.id ?? '']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tables) {
      if (reached.has(t.id)) continue;
      if (tables.some((o) => reached.has(o.id) && linked(o, t))) {
        reached.add(t.id);
        grew = true;
      }
    }
  }
  return reached.size === tables.length;
}

function seatsOf(tables: readonly FitTable[]): { min: number; max: number } {
  return {
    min: Math.min(...tables.map((t) => t.seatsMin)),
    max: tables.reduce((sum, t) => sum + t.seatsMax, 0),
  };
}

/**
 * Checks a party against a set of tables (one table, or several combined). Order of refusals:
 * blocked, not linked, taken, then seats, so the message names the first thing to fix.
 */
export function checkFit(
  party: FitParty,
  tables: readonly FitTable[],
  reservations: readonly TableReservation[],
  nowMs: number,
): { ok: true; tableIds: string[] } | { ok: false; refusal: Refusal } {
  for (const table of tables) {
    if (table.blocked) return { ok: false, refusal: { reason: 'blocked', table } };
  }
  if (tables.length > 1 && !isCombinable(tables)) {
    const table = tables[tables.length - 1] ?? tables[0];
    if (table) return { ok: false, refusal: { reason: 'not_combinable', table } };
  }
  for (const table of tables) {
    const by = takenBy(table.id, party, reservations, nowMs);
    if (by) return { ok: false, refusal: { reason: 'taken', table, by } };
  }
  const seats = seatsOf(tables);
  if (party.partySize > seats.max) {
    return { ok: false, refusal: { reason: 'too_big', seats: seats.max } };
  }
  if (party.partySize < seats.min) {
    return { ok: false, refusal: { reason: 'too_small', seats: seats.min } };
  }
  return { ok: true, tableIds: tables.map((t) => t.id) };
}

/**
 * The smallest combination that includes `target` and takes the party: target plus one or two
 * combinable, free, unblocked tables of the same room, fewest tables first, then fewest seats.
 */
export function findCombination(
  party: FitParty,
  target: FitTable,
  roomTables: readonly FitTable[],
  reservations: readonly TableReservation[],
  nowMs: number,
): string[] | undefined {
  const usable = (t: FitTable) =>
    t.id !== target.id && !t.blocked && takenBy(t.id, party, reservations, nowMs) === undefined;
  const others = roomTables.filter(usable);
  const candidates: FitTable[][] = [];
  for (const a of others) {
    if (linked(target, a)) candidates.push([target, a]);
  }
  for (let i = 0; i < others.length; i += 1) {
    for (let j = i + 1; j < others.length; j += 1) {
      const a = others[i];
      const b = others[j];
      if (a && b && isCombinable([target, a, b])) candidates.push([target, a, b]);
    }
  }
  let best: { ids: string[]; count: number; seats: number } | undefined;
  for (const combo of candidates) {
    if (!checkFit(party, combo, reservations, nowMs).ok) continue;
    const seats = seatsOf(combo).max;
    if (!best || combo.length < best.count || (combo.length === best.count && seats < best.seats)) {
      best = { ids: combo.map((t) => t.id), count: combo.length, seats };
    }
  }
  return best?.ids;
}

/** Where a dropped party may go: the table itself, or a refusal with a combination to offer. */
export function fitOnTable(
  party: FitParty,
  target: FitTable,
  roomTables: readonly FitTable[],
  reservations: readonly TableReservation[],
  nowMs: number,
): FitResult {
  const single = checkFit(party, [target], reservations, nowMs);
  if (single.ok) return single;
  if (single.refusal.reason !== 'too_big') return single;
  const combination = findCombination(party, target, roomTables, reservations, nowMs);
  return combination ? { ...single, combination } : single;
}
