import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { row, type BenchRow, type BenchSuite } from '../../main/tools/bench/bench-types';
import { median, percentile } from '../../main/tools/bench/measure';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startSeededDesk } from './desk-bench-host';
import { chooseDays, guestName, type BenchDays } from './desk-bench-seed';
import { installProbe, type DeskProbe, type Timing } from './desk-bench-probe';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const SUITE = 'desk';
const PER_DAY = 300;
/** Bookings of the quiet day, the reference of the clicks and the search (an empty day has none). */
const QUIET = 8;
const WARMUP = 2;
const OPENINGS = 15;
const CLICKS = 20;
const SEARCHES = 20;
const SWITCHES = 20;
const STEP_TIMEOUT_MS = 10_000;
const TARGET = { op: '<' as const, value: 100, label: '< 100 ms' };

/** Calls one probe method in the page; Playwright awaits the promise it returns. */
function inPage<K extends keyof DeskProbe>(
  page: Page,
  method: K,
  ...args: Parameters<DeskProbe[K]>
): Promise<Awaited<ReturnType<DeskProbe[K]>>> {
  return page.evaluate(
    ([m, a]) => {
      const probe = (globalThis as { deskBench?: Record<string, (...x: unknown[]) => unknown> })
        .deskBench;
      const fn = probe?.[m];
      if (fn === undefined) throw new Error(`the bench probe is not installed (${m})`);
      return fn(...a);
    },
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<DeskProbe[K]>>>;
}

/** Runs `step` warm-up + runs times, keeping the timings of the last `runs`. */
async function repeat(runs: number, step: (i: number) => Promise<Timing>): Promise<Timing[]> {
  const out: Timing[] = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const timing = await step(i);
    if (i >= WARMUP) out.push(timing);
  }
  return out;
}

interface Measure {
  readonly name: string;
  readonly busy: readonly Timing[];
  readonly reference: readonly Timing[];
  readonly referenceName: string;
}

function rowsOf(m: Measure, log: (line: string) => void): BenchRow[] {
  const busy = m.busy.map((t) => t.ms);
  const reference = m.reference.map((t) => t.ms);
  const f = (n: number) => n.toFixed(1);
  log(
    `${m.name}: median ${f(median(busy))} ms (in the DOM at ${f(median(m.busy.map((t) => t.domMs)))}), ` +
      `p95 ${f(percentile(busy, 95))}, max ${f(Math.max(...busy))} | ${m.referenceName}: ` +
      `median ${f(median(reference))} ms, p95 ${f(percentile(reference, 95))}`,
  );
  return ([50, 95] as const).map((p) =>
    row({
      suite: SUITE,
      name: `${m.name} (vs ${m.referenceName}), ${p === 50 ? 'median' : 'p95'}`,
      value: percentile(busy, p),
      unit: 'ms',
      reference: percentile(reference, p),
      target: TARGET,
    }),
  );
}

async function measureAll(page: Page, days: BenchDays): Promise<Measure[]> {
  const open = (date: string, expect: 'rows' | 'empty') => inPage(page, 'openDay', date, expect);
  const lastBusy = days.busy[days.busy.length - 1] ?? days.neutral;
  const firstEmpty = days.empty[0] ?? days.neutral;

  // Each opening starts from the same empty day; every day is opened once (its first query).
  const busyOpen: Timing[] = [];
  const emptyOpen: Timing[] = [];
  for (let i = 0; i < WARMUP + OPENINGS; i++) {
    await open(days.neutral, 'empty');
    const busy = await open(days.busy[i] ?? lastBusy, 'rows');
    await open(days.neutral, 'empty');
    const empty = await open(days.empty[i] ?? firstEmpty, 'empty');
    if (i >= WARMUP) {
      busyOpen.push(busy);
      emptyOpen.push(empty);
    }
  }

  const clicks = async (date: string) => {
    await open(days.neutral, 'empty');
    await open(date, 'rows');
    return repeat(CLICKS, () => inPage(page, 'clickStatus'));
  };
  const busyClicks = await clicks(lastBusy);
  const quietClicks = await clicks(days.quiet);

  const searches = async (date: string, names: number) => {
    await open(days.neutral, 'empty');
    await open(date, 'rows');
    return repeat(SEARCHES, async (i) => {
      const name = guestName((i * 37) % names);
      // Lower case, accents left out: the book's search ignores both.
      const query = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const timing = await inPage(page, 'search', query, name);
      await inPage(page, 'clearSearch');
      return timing;
    });
  };
  const busySearch = await searches(lastBusy, PER_DAY);
  const quietSearch = await searches(days.quiet, QUIET);

  const switches = async (date: string, expect: 'rows' | 'empty') => {
    await open(days.neutral, 'empty');
    await open(date, expect);
    const back: Timing[] = [];
    const to = await repeat(SWITCHES, async () => {
      const timing = await inPage(page, 'switchView', 'timeline', expect);
      back.push(await inPage(page, 'switchView', 'list', expect));
      return timing;
    });
    return { to, back: back.slice(WARMUP) };
  };
  const busyTimeline = await switches(lastBusy, 'rows');
  const emptyTimeline = await switches(firstEmpty, 'empty');

  const busyDay = `${PER_DAY}-booking day`;
  const quietDay = `${QUIET}-booking day`;
  return [
    { name: `open a ${busyDay}`, busy: busyOpen, reference: emptyOpen, referenceName: 'empty day' },
    {
      name: `status click, ${busyDay}`,
      busy: busyClicks,
      reference: quietClicks,
      referenceName: quietDay,
    },
    {
      name: `search (one input) to filtered list, ${busyDay}`,
      busy: busySearch,
      reference: quietSearch,
      referenceName: quietDay,
    },
    {
      name: `list to timeline, ${busyDay}`,
      busy: busyTimeline.to,
      reference: emptyTimeline.to,
      referenceName: 'empty day',
    },
    {
      name: `timeline to list, ${busyDay}`,
      busy: busyTimeline.back,
      reference: emptyTimeline.back,
      referenceName: 'empty day',
    },
  ];
}

/**
 * Issue 6, speed: the Book screen in Chromium against the real desk in browser mode, for a day of
 * 300 bookings against an empty day (a quiet day where an empty one has nothing to click or find).
 */
export const deskBench: BenchSuite = {
  name: SUITE,
  description: `Book screen in Chromium (browser mode), input to painted frame: ${PER_DAY} bookings vs empty`,
  async run(ctx) {
    if (!existsSync(path.join(projectRoot, 'out', 'renderer', 'index.html'))) {
      throw new Error(
        'The desk bench drives the built renderer and out/renderer/index.html is missing: run "npm run build" first.',
      );
    }
    const now = Date.now();
    const days = chooseDays(now, WARMUP + OPENINGS);
    const desk = await startSeededDesk({
      projectRoot,
      dataDir: path.join(ctx.tmpDir, 'data'),
      days,
      now,
      perDay: PER_DAY,
      quietCount: QUIET,
    });
    ctx.log(
      `seeded the demo restaurant and ${desk.written} bookings (${days.busy.length} days of ${PER_DAY}) in ${(desk.seedMs / 1000).toFixed(1)} s`,
    );
    try {
      const browser = await chromium.launch({
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        page.on('pageerror', (error) => ctx.log(`page error: ${error.message}`));
        await page.goto(desk.url);
        await page
          .locator('input.book-date')
          .waitFor({ timeout: 30_000 })
          .catch(async (error: unknown) => {
            const shown = (await page.locator('body').innerText()).slice(0, 300);
            throw new Error(`The Book screen did not open; the page shows: ${shown}`, {
              cause: error,
            });
          });
        // tsx (esbuild keepNames) wraps named functions in __name(...): give the page one.
        await page.evaluate('globalThis.__name ??= (fn) => fn');
        await page.evaluate(installProbe, STEP_TIMEOUT_MS);
        const measures = await measureAll(page, days);
        return measures.flatMap((m) => rowsOf(m, ctx.log));
      } finally {
        await browser.close();
      }
    } finally {
      await desk.close();
    }
  },
};
