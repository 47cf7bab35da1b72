import type { BenchRow, BenchSuite } from '../../../../main/tools/bench/bench-types';
import { row } from '../../../../main/tools/bench/bench-types';
import { median, percentile, sample } from '../../../../main/tools/bench/measure';
import { instantOf } from '../../../../shared/domain/time';
import { groupByService, servicesOfDay } from './book-day';
import { filterIndexed, indexBook } from './book-search';
import { booking, room, service, table } from './book-test-fixtures';
import type { BookReservation } from './book-types';
import { servicePacing } from './pacing';
import { layoutTimeline, timelineRange } from './timeline-layout';

const DATE = '2026-11-21';
const ZONE = 'Europe/Paris';
const services = [
  service({
    id: 'lunch',
    name: 'Lunch',
    startTime: '12:00',
    endTime: '15:00',
    lastSeatingTime: '13:45',
    maxCovers: 120,
    slotIntervalMinutes: 15,
  }),
  service({
    id: 'dinner',
    name: 'Dinner',
    startTime: '19:00',
    endTime: '23:30',
    lastSeatingTime: '22:00',
    maxCovers: 200,
    slotIntervalMinutes: 15,
  }),
];
const rooms = [room({ id: 'main' }), room({ id: 'terrace', position: 1 })];
const tables = Array.from({ length: 40 }, (_, i) =>
  table({ id: `t${i + 1}`, label: String(i + 1), diningRoomId: i < 28 ? 'main' : 'terrace' }),
);

/** A busy day: `count` bookings spread over lunch and dinner, most with a table. */
function day(count: number): BookReservation[] {
  return Array.from({ length: count }, (_, i) => {
    const dinner = i % 3 !== 0;
    const minutes = (dinner ? 19 * 60 : 12 * 60) + ((i * 15) % (dinner ? 180 : 105));
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return booking({
      id: `r${i}`,
      guestName: `Guest ${i} Dupont-Éloïse`,
      phone: `+33 6 12 ${String(i).padStart(4, '0')}`,
      partySize: 1 + (i % 5),
      startsAt: instantOf(DATE, time, ZONE),
      tableIds: i % 7 === 0 ? [] : [`t${(i % 40) + 1}`],
      status: i % 11 === 0 ? 'seated' : 'confirmed',
    });
  });
}

/** What the book computes per keystroke in the search box (the index is kept per emission). */
function model(
  all: readonly BookReservation[],
  index: ReturnType<typeof indexBook<BookReservation>>,
  query: string,
): number {
  const day = servicesOfDay(services, DATE, ZONE);
  const shown = filterIndexed(index, query) ?? all;
  const groups = groupByService(shown, day.services);
  const pacing = day.services.map((s) => servicePacing(s, all, day.services));
  const range = timelineRange(day.services, shown, { startMs: 0, endMs: 1 });
  const layout = layoutTimeline({ rooms, tables, reservations: shown, range });
  return groups.length + pacing.length + layout.rooms.length;
}

/**
 * The book's own computing for a 300-booking day against an empty day, per live-query emission
 * (the React paint is measured in the browser: see the report / README). Target: well inside a
 * frame, so that a status click stays under 100 ms end to end.
 */
export const bookBench: BenchSuite = {
  name: 'book-model',
  description: 'Book screen model (group, pacing, search, timeline layout): 300 bookings vs empty',
  run: async (ctx) => {
    const rows: BenchRow[] = [];
    const busy = day(300);
    const opened = await sample(() => indexBook(busy), 30);
    rows.push(
      row({
        suite: 'book-model',
        name: 'search index of 300 bookings, per live-query emission (median)',
        value: median(opened),
        unit: 'ms',
        target: { op: '<', value: 16, label: 'median < 16 ms (one frame)' },
      }),
    );
    const busyIndex = indexBook(busy);
    for (const [name, query] of [
      ['open day', ''],
      ['search by name', 'dupont elo'],
      ['search by phone', '06 12 01'],
    ] as const) {
      const empty = median(await sample(() => model([], [], query), 30));
      const full = await sample(() => model(busy, busyIndex, query), 30);
      ctx.log(
        `${name}: median ${median(full).toFixed(2)} ms, p95 ${percentile(full, 95).toFixed(2)} ms`,
      );
      rows.push(
        row({
          suite: 'book-model',
          name: `${name}, 300 bookings (median)`,
          value: median(full),
          unit: 'ms',
          reference: empty,
          target: { op: '<', value: 16, label: 'median < 16 ms (one frame)' },
        }),
      );
    }
    return rows;
  },
};
