import type { DayService } from './book-day';
import { countsAsCovers, type BookReservation, type BookRoom, type BookTable } from './book-types';

export interface TimeRange {
  readonly startMs: number;
  readonly endMs: number;
}

const HOUR = 3_600_000;

/**
 * The span of the timeline: from the first service's start to the last one's end, widened to
 * take in every booking of the day, on whole hours. `fallback` when there is nothing at all.
 */
export function timelineRange(
  services: readonly DayService[],
  reservations: readonly Pick<BookReservation, 'startsAt' | 'durationMinutes'>[],
  fallback: TimeRange,
): TimeRange {
  let start = Infinity;
  let end = -Infinity;
  for (const s of services) {
    start = Math.min(start, s.window.startMs);
    end = Math.max(end, s.window.endMs);
  }
  for (const r of reservations) {
    start = Math.min(start, r.startsAt);
    end = Math.max(end, r.startsAt + r.durationMinutes * 60_000);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return fallback;
  return { startMs: Math.floor(start / HOUR) * HOUR, endMs: Math.ceil(end / HOUR) * HOUR };
}

export interface TimelineBlock {
  readonly reservation: BookReservation;
  /** Position inside the range, 0..1 (clipped to the range). */
  readonly left: number;
  readonly width: number;
  readonly lane: number;
  /** Shares time with another booking on the same table: a double booking to resolve. */
  readonly clash: boolean;
}

export interface TimelineRow {
  readonly key: string;
  readonly table: BookTable | null;
  readonly lanes: number;
  readonly blocks: readonly TimelineBlock[];
}

export interface TimelineRoom {
  readonly key: string;
  readonly room: BookRoom | null;
  readonly rows: readonly TimelineRow[];
}

export interface TimelineLayout {
  readonly rooms: readonly TimelineRoom[];
  /** Bookings with no table yet (or only tables that no longer exist), in lanes. */
  readonly unassigned: TimelineRow;
}

interface Span {
  readonly reservation: BookReservation;
  readonly startMs: number;
  readonly endMs: number;
}

/** Greedy interval colouring: each booking takes the first lane free at its start. */
export function assignLanes(spans: readonly Span[]): { lane: number; clash: boolean }[] {
  const order = spans
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.startMs - b.s.startMs || a.s.endMs - b.s.endMs);
  const laneEnds: number[] = [];
  const out: { lane: number; clash: boolean }[] = spans.map(() => ({ lane: 0, clash: false }));
  for (const { s, i } of order) {
    let lane = laneEnds.findIndex((end) => end <= s.startMs);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(s.endMs);
    } else laneEnds[lane] = s.endMs;
    out[i] = { lane, clash: false };
  }
  // A clash: two spans overlapping in time.
  for (let a = 0; a < order.length; a++) {
    const first = order[a];
    if (!first) continue;
    for (let b = a + 1; b < order.length; b++) {
      const second = order[b];
      if (!second || second.s.startMs >= first.s.endMs) break;
      out[first.i] = { lane: out[first.i]?.lane ?? 0, clash: true };
      out[second.i] = { lane: out[second.i]?.lane ?? 0, clash: true };
    }
  }
  return out;
}

/** On a table, overlapping bookings clash; in the unassigned lane they simply stack. */
function row(key: string, table: BookTable | null, spans: Span[], range: TimeRange): TimelineRow {
  const lanes = assignLanes(spans);
  const total = range.endMs - range.startMs;
  const blocks = spans.map((s, i): TimelineBlock => {
    const start = Math.max(s.startMs, range.startMs);
    const end = Math.min(s.endMs, range.endMs);
    return {
      reservation: s.reservation,
      left: total > 0 ? (start - range.startMs) / total : 0,
      width: total > 0 ? Math.max(0, end - start) / total : 0,
      lane: lanes[i]?.lane ?? 0,
      clash: table !== null && (lanes[i]?.clash ?? false),
    };
  });
  const laneCount = blocks.reduce((max, b) => Math.max(max, b.lane + 1), 1);
  return { key, table, lanes: laneCount, blocks };
}

/**
 * Rows = tables grouped by room (room order, then label with numbers in order: 2 before 10);
 * a booking on combined tables shows on each of them. Cancelled bookings and no-shows hold no
 * table and are left out. The screen shows the unassigned lane first: those need a table.
 */
export function layoutTimeline(input: {
  readonly rooms: readonly BookRoom[];
  readonly tables: readonly BookTable[];
  readonly reservations: readonly BookReservation[];
  readonly range: TimeRange;
}): TimelineLayout {
  const byTable = new Map<string, Span[]>();
  for (const t of input.tables) byTable.set(t.id, []);
  const unassigned: Span[] = [];
  for (const r of input.reservations) {
    if (!countsAsCovers(r.status)) continue;
    const span: Span = {
      reservation: r,
      startMs: r.startsAt,
      endMs: r.startsAt + r.durationMinutes * 60_000,
    };
    if (span.endMs <= input.range.startMs || span.startMs >= input.range.endMs) continue;
    const known = r.tableIds.filter((id) => byTable.has(id));
    if (known.length === 0) unassigned.push(span);
    for (const id of known) byTable.get(id)?.push(span);
  }
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const roomOrder = [...input.rooms].sort((a, b) => a.position - b.position);
  const rooms: TimelineRoom[] = [];
  const tablesOf = (roomId: string | null) =>
    input.tables
      .filter((t) =>
        roomId === null
          ? !input.rooms.some((room) => room.id === t.diningRoomId)
          : t.diningRoomId === roomId,
      )
      .sort((a, b) => collator.compare(a.label, b.label));
  for (const room of roomOrder) {
    const tables = tablesOf(room.id);
    if (tables.length === 0) continue;
    rooms.push({
      key: room.id,
      room,
      rows: tables.map((t) => row(t.id, t, byTable.get(t.id) ?? [], input.range)),
    });
  }
  const orphans = tablesOf(null);
  if (orphans.length > 0) {
    rooms.push({
      key: 'no-room',
      room: null,
      rows: orphans.map((t) => row(t.id, t, byTable.get(t.id) ?? [], input.range)),
    });
  }
  return { rooms, unassigned: row('unassigned', null, unassigned, input.range) };
}

/** Whole hours inside the range (its end excluded), for the axis labels. */
export function hourTicks(range: TimeRange): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(range.startMs / HOUR) * HOUR; t < range.endMs; t += HOUR) ticks.push(t);
  return ticks;
}
