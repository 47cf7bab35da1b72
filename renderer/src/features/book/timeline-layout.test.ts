import { describe, expect, it } from 'vitest';
import { servicesOfDay } from './book-day';
import { assignLanes, hourTicks, layoutTimeline, timelineRange } from './timeline-layout';
import { booking, room, service, table } from './book-test-fixtures';

const at = (text: string) => Date.parse(text);
const range = { startMs: at('2026-07-14T17:00:00Z'), endMs: at('2026-07-14T21:00:00Z') };

describe('timeline range', () => {
  it('spans the services, widened to every booking, on whole hours', () => {
    const day = servicesOfDay([service()], '2026-07-14', 'Europe/Paris').services;
    expect(timelineRange(day, [], range)).toEqual({
      startMs: at('2026-07-14T17:00:00Z'),
      endMs: at('2026-07-14T21:00:00Z'),
    });
    const late = [booking({ startsAt: at('2026-07-14T20:40:00Z'), durationMinutes: 120 })];
    expect(timelineRange(day, late, range).endMs).toBe(at('2026-07-14T23:00:00Z'));
    expect(timelineRange([], [], range)).toBe(range);
  });

  it('hour ticks inside the range', () => {
    expect(hourTicks(range)).toHaveLength(4);
    expect(hourTicks({ startMs: range.startMs + 1, endMs: range.endMs })).toHaveLength(3);
  });
});

describe('lanes', () => {
  it('back-to-back bookings share a lane; overlapping ones clash on separate lanes', () => {
    const r = booking({ startsAt: 0 });
    const lanes = assignLanes([
      { reservation: r, startMs: 0, endMs: 10 },
      { reservation: r, startMs: 10, endMs: 20 },
      { reservation: r, startMs: 5, endMs: 12 },
    ]);
    expect(lanes).toEqual([
      { lane: 0, clash: true },
      { lane: 0, clash: true },
      { lane: 1, clash: true },
    ]);
    expect(
      assignLanes([
        { reservation: r, startMs: 0, endMs: 10 },
        { reservation: r, startMs: 10, endMs: 20 },
      ]),
    ).toEqual([
      { lane: 0, clash: false },
      { lane: 0, clash: false },
    ]);
  });
});

describe('layoutTimeline', () => {
  const rooms = [room({ id: 'terrace', position: 1 }), room({ id: 'main', position: 0 })];
  const tables = [
    table({ id: 't10', label: '10' }),
    table({ id: 't2', label: '2' }),
    table({ id: 'p1', label: 'P1', diningRoomId: 'terrace' }),
    table({ id: 'lost', label: 'X', diningRoomId: 'gone' }),
  ];

  it('rows by room then label (2 before 10), combined tables on each row, blocks placed', () => {
    const layout = layoutTimeline({
      rooms,
      tables,
      range,
      reservations: [
        booking({ id: 'a', startsAt: at('2026-07-14T18:00:00Z'), tableIds: ['t2', 't10'] }),
        booking({ id: 'b', startsAt: at('2026-07-14T17:00:00Z'), durationMinutes: 60 }),
        booking({ id: 'c', startsAt: at('2026-07-14T17:00:00Z'), tableIds: ['deleted'] }),
        booking({ id: 'x', startsAt: at('2026-07-14T18:00:00Z'), status: 'cancelled' }),
      ],
    });
    expect(layout.rooms.map((r) => [r.key, r.rows.map((row) => row.table?.label)])).toEqual([
      ['main', ['2', '10']],
      ['terrace', ['P1']],
      ['no-room', ['X']],
    ]);
    const t2 = layout.rooms[0]?.rows[0];
    expect(t2?.blocks).toHaveLength(1);
    expect(t2?.blocks[0]).toMatchObject({ left: 0.25, width: 0.375, lane: 0, clash: false });
    expect(layout.rooms[0]?.rows[1]?.blocks[0]?.reservation.id).toBe('a');
    expect(layout.unassigned.blocks.map((b) => b.reservation.id).sort()).toEqual(['b', 'c']);
    expect(layout.unassigned.lanes).toBe(2);
    // Two bookings waiting for a table at the same time are no double booking.
    expect(layout.unassigned.blocks.every((b) => !b.clash)).toBe(true);
  });

  it('two bookings sharing a table at the same time are marked as a clash', () => {
    const layout = layoutTimeline({
      rooms,
      tables,
      range,
      reservations: [
        booking({ id: 'p', startsAt: at('2026-07-14T18:00:00Z'), tableIds: ['t2'] }),
        booking({ id: 'q', startsAt: at('2026-07-14T18:30:00Z'), tableIds: ['t2'] }),
        booking({ id: 'r', startsAt: at('2026-07-14T17:00:00Z'), tableIds: ['t10'] }),
        booking({ id: 's', startsAt: at('2026-07-14T18:30:00Z'), tableIds: ['t10'] }),
      ],
    });
    const [t2, t10] = layout.rooms[0]?.rows ?? [];
    expect(t2?.blocks.map((b) => [b.reservation.id, b.lane, b.clash])).toEqual([
      ['p', 0, true],
      ['q', 1, true],
    ]);
    expect(t2?.lanes).toBe(2);
    expect(t10?.blocks.map((b) => b.clash)).toEqual([false, false]);
  });

  it('clips blocks at the edges and drops bookings wholly outside', () => {
    const layout = layoutTimeline({
      rooms,
      tables,
      range,
      reservations: [
        booking({ id: 'early', startsAt: at('2026-07-14T16:30:00Z'), tableIds: ['t2'] }),
        booking({ id: 'gone', startsAt: at('2026-07-14T10:00:00Z'), tableIds: ['t2'] }),
      ],
    });
    const blocks = layout.rooms[0]?.rows[0]?.blocks ?? [];
    expect(blocks.map((b) => [b.reservation.id, b.left, b.width])).toEqual([['early', 0, 0.25]]);
  });
});
