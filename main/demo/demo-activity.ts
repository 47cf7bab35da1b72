import {
  bookOn,
  cancelOn,
  changeable,
  changeOn,
  stageConflict,
  type ActionContext,
} from './demo-actions';
import { DemoActivityError, parseDemoActivityOptions } from './demo-activity-options';
import type { DemoActivity, DemoActivityDeps, TickOutcome } from './demo-ports';
import { formitableActor, theForkActor, type PlatformActor } from './platform-actors';

type Action = 'book' | 'change' | 'cancel';

/**
 * Keeps the demo restaurant alive: every few minutes the outside world acts on the simulated
 * platforms (guests book, change, cancel), and every `conflictEvery`-th tick the same booking is
 * changed on a platform and on the desk at once, so the sync engine files a real conflict. Acts
 * through the simulators' scenario APIs and the desk port only. A failed tick is logged and the
 * next one runs as planned.
 */
export function startDemoActivity(deps: DemoActivityDeps): DemoActivity {
  const options = parseDemoActivityOptions(deps.options);
  const { random, clock, timers } = deps;
  const actors: PlatformActor[] = [];
  if (deps.thefork !== undefined) actors.push(theForkActor(deps.thefork, random, options.timeZone));
  if (deps.formitable !== undefined)
    actors.push(formitableActor(deps.formitable, options.timeZone));
  if (actors.length === 0) {
    throw new DemoActivityError(
      'cannot start the demo activity: give it the TheFork or the Formitable simulator (or both)',
    );
  }
  const logger = deps.logger.child({ component: 'demo-activity' });
  const disputed = new Set<string>();
  let ticks = 0;
  let conflictOwed = false;
  let stopped = false;
  let cancelTimer: (() => void) | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  const delay = (range: { minMs: number; maxMs: number }): number =>
    range.minMs + Math.floor(random.next() * (range.maxMs - range.minMs + 1));

  const pickActor = (): PlatformActor =>
    random.weighted(actors.map((a) => [a, a.label === 'TheFork' ? 60 : 40] as const));

  const pickAction = (): Action =>
    random.weighted<Action>([
      ['book', options.mix.book],
      ['change', options.mix.change],
      ['cancel', options.mix.cancel],
    ]);

  async function act(index: number, ctx: ActionContext): Promise<TickOutcome> {
    const conflictDue = options.conflictEvery > 0 && index % options.conflictEvery === 0;
    if ((conflictDue || conflictOwed) && deps.desk !== undefined) {
      const staged = await stageConflict(ctx);
      conflictOwed = staged === undefined;
      if (staged !== undefined) return staged;
      logger.debug('demo: no synced booking to put in conflict yet; trying again next tick');
    }
    const actor = pickActor();
    let action: Action = index === 1 ? 'book' : pickAction();
    const upcoming = await actor.upcoming(ctx.now);
    // The first tick always books: a newcomer sees a booking arrive within the first minute.
    if (action === 'book' && index !== 1 && upcoming.length >= options.maxUpcoming) {
      action = random.chance(0.5) ? 'change' : 'cancel';
    }
    if (action === 'book') return bookOn(actor, ctx);
    const candidates = changeable(actor, upcoming, ctx);
    const booking = candidates.length > 0 ? random.pick(candidates) : undefined;
    if (booking === undefined) return bookOn(actor, ctx);
    return action === 'change' ? changeOn(actor, booking, ctx) : cancelOn(actor, booking, ctx);
  }

  async function tick(): Promise<TickOutcome> {
    ticks += 1;
    try {
      const ctx: ActionContext = {
        actors,
        desk: deps.desk,
        random,
        logger,
        options,
        now: clock.now(),
        disputed,
      };
      return await act(ticks, ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn('demo: a simulated platform action failed; the next tick goes on', {
        tick: ticks,
        error: message,
      });
      return { kind: 'failed', action: `tick ${ticks}`, error: message };
    }
  }

  /** A tick asked for before stop() runs to its end (stop waits for it); later ones are refused. */
  function enqueue(): Promise<TickOutcome> {
    if (stopped) {
      return Promise.resolve({ kind: 'skipped', reason: 'the demo activity is stopped' });
    }
    const run = chain.then(tick);
    chain = run;
    return run;
  }

  function schedule(ms: number): void {
    if (stopped) return;
    cancelTimer = timers.setTimer(ms, () => {
      cancelTimer = undefined;
      void enqueue().then(() => {
        schedule(delay(options.interval));
      });
    });
  }

  schedule(delay(options.firstDelay));
  logger.info('demo: simulated platforms will book, change and cancel every few minutes', {
    platforms: actors.map((a) => a.label),
    conflicts:
      deps.desk === undefined ? 'off (no desk port)' : `every ${options.conflictEvery} ticks`,
  });

  return {
    tickNow: enqueue,
    idle: async () => {
      await chain;
    },
    get ticks() {
      return ticks;
    },
    stop: async () => {
      if (!stopped) {
        stopped = true;
        cancelTimer?.();
        cancelTimer = undefined;
        logger.info('demo: stopped', { ticks });
      }
      await chain;
    },
  };
}
