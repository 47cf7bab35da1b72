import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { emailOf } from '../../shared/demo/demo-people';
import { seededRandom } from '../../shared/demo/seeded-random';
import { seedDemoRestaurant } from '../../shared/demo/seed-demo-restaurant';
import { FormitableScenarioClient } from '../../sim/formitable/scenario-client';
import { startFormitableSim, type FormitableSim } from '../../sim/formitable/server';
import { TheForkScenarioClient } from '../../sim/thefork/scenario-client';
import { startTheForkSim, type TheForkSim } from '../../sim/thefork/server';
import { startDemoActivity } from '../demo/demo-activity';
import type { DemoActivity } from '../demo/demo-ports';
import { demoDeskPort } from '../demo/demo-desk-port';
import type { Desk } from '../desk/assemble-desk';
import type { Logger } from '../ports';
import { systemTimers } from '../sync/engine/engine-ports';
import { startEmbeddedRelay, type EmbeddedRelay } from './embedded-relay';
import { bookOnPlatforms, madeOnPlatform } from './platform-history';

/** What a second desk on this computer reads to join the demo's relay (fresh at each run). */
export const JoinFile = z.strictObject({
  relayUrl: z.string().min(1),
  code: z.string().min(1),
  expiresAt: z.string(),
});
export type JoinFile = z.infer<typeof JoinFile>;
export const JOIN_FILE_NAME = 'second-desk.json';

export interface LiveDemo {
  readonly relay: EmbeddedRelay;
  readonly fork: TheForkSim;
  readonly form: FormitableSim;
  readonly endpoints: {
    thefork: { apiBaseUrl: string; tokenUrl: string };
    formitable: { apiBaseUrl: string };
  };
  /** Seeds (first run), connects the simulated platforms, enrols and starts the activity. */
  attach(desk: Desk, options: { activity: boolean }): Promise<void>;
  /** Before the desk closes: the activity writes to it. */
  stopActivity(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The embedded default: the relay on PGlite and both platform simulators, on 127.0.0.1, for one
 * demo restaurant. Started before the desk (the desk's connectors need the simulators' addresses).
 */
export async function startLiveDemo(options: { dataDir: string; log: Logger }): Promise<LiveDemo> {
  const log = options.log.child({ component: 'live-demo' });
  const relay = await startEmbeddedRelay({
    dir: path.join(options.dataDir, 'relay'),
    log: options.log,
    restaurantName: 'Le Bistrot Couvert (demo)',
  });
  const onError = (error: unknown) => {
    log.warn('simulator', { reason: error instanceof Error ? error.message : String(error) });
  };
  let fork: TheForkSim | undefined;
  let form: FormitableSim | undefined;
  try {
    fork = await startTheForkSim({
      seed: 11,
      relayUrl: relay.hooks.thefork,
      // The demo restaurant seats every quarter of an hour, on TheFork too.
      slotMinutes: 15,
      onError,
    });
    form = await startFormitableSim({
      seed: 12,
      relayUrl: relay.hooks.formitable.url,
      webhookSecret: relay.hooks.formitable.secret,
      // The demo restaurant has 30 tables; Zenchef knows them all.
      extraTables: 24,
      onError,
    });
  } catch (error) {
    await Promise.allSettled([fork?.close(), relay.close()]);
    throw error;
  }
  const theFork = fork;
  const formitable = form;
  const code = await relay.newEnrolmentCode(24 * 3_600_000);
  await writeFile(
    path.join(options.dataDir, JOIN_FILE_NAME),
    JSON.stringify({ relayUrl: relay.url, code: code.code, expiresAt: code.expiresAt }),
    { mode: 0o600 },
  );
  let activity: DemoActivity | undefined;
  return {
    relay,
    fork: theFork,
    form: formitable,
    endpoints: {
      thefork: { apiBaseUrl: theFork.apiBaseUrl, tokenUrl: theFork.tokenUrl },
      formitable: { apiBaseUrl: formitable.apiBaseUrl },
    },
    async attach(desk, attachOptions) {
      const { repos } = desk.store;
      const now = Date.now();
      const firstRun = (await repos.settings.get()) === null;
      const seeded = firstRun
        ? await seedDemoRestaurant(repos, { now }, (b) => madeOnPlatform(b, now))
        : null;
      // Connected once, through the real check; later runs find the same simulated credentials.
      const connected = new Set(
        (await desk.platforms.list())
          .filter((p) => p.active && Object.keys(p.maskedCredentials).length > 0)
          .map((p) => p.platform),
      );
      if (!connected.has('thefork')) {
        await desk.platforms.connect({
          platform: 'thefork',
          restaurantId: theFork.credentials.restaurantUuid,
          credentials: {
            clientId: theFork.credentials.clientId,
            clientSecret: theFork.credentials.clientSecret,
          },
          masterFor: [],
          pollIntervalSeconds: 300,
        });
      }
      if (!connected.has('formitable')) {
        await desk.platforms.connect({
          platform: 'formitable',
          restaurantId: formitable.credentials.restaurantUid,
          credentials: { apiKey: formitable.credentials.apiKey },
          masterFor: [],
          pollIntervalSeconds: 120,
        });
      }
      if (seeded !== null) await giveEmails(desk, now);
      await desk.runtime.start();
      if (!desk.runtime.isSetUp()) {
        const enrolment = await relay.newEnrolmentCode(60_000);
        await desk.runtime.enrol({
          relayUrl: relay.url,
          code: enrolment.code,
          deviceName: 'Front desk',
        });
      }
      const forkScenario = new TheForkScenarioClient(theFork.scenarioUrl);
      const formScenario = new FormitableScenarioClient(formitable.scenarioUrl);
      if (seeded !== null) {
        const result = await bookOnPlatforms({
          bookings: seeded.heldBack,
          thefork: forkScenario,
          formitable: formScenario,
          timeZone: 'Europe/Paris',
          log,
        });
        log.info('demo restaurant seeded', { ...result, local: seeded.reservations });
      }
      if (attachOptions.activity) {
        activity = startDemoActivity({
          thefork: { scenario: forkScenario },
          formitable: { scenario: formScenario, deskPlatform: 'formitable' },
          desk: demoDeskPort(repos),
          clock: { now: () => Date.now() },
          timers: systemTimers,
          random: seededRandom(now >>> 0),
          logger: options.log,
          // The fortnight's platform bookings are already there: keep adding new ones.
          options: { maxUpcoming: 600 },
        });
      }
    },
    async stopActivity() {
      await activity?.stop();
    },
    async close() {
      await activity?.stop();
      await Promise.allSettled([theFork.close(), formitable.close()]);
      await relay.close();
    },
  };
}

/**
 * TheFork takes a booking only with the guest's email: the demo's upcoming phone bookings get one
 * (as a host would ask for it), so the first sync sends them instead of filling the inbox.
 */
async function giveEmails(desk: Desk, now: number): Promise<void> {
  const upcoming = await desk.store.repos.reservations.between({
    startMs: now,
    endMs: now + 30 * 86_400_000,
  });
  for (const r of upcoming) {
    if (r.email !== undefined || r.source !== 'phone') continue;
    await desk.store.repos.reservations.update(r.id, { email: emailOf(r.guestName) });
  }
}

/** The join file of a running demo, with a sentence when there is none. */
export async function readJoinFile(demoDir: string): Promise<JoinFile> {
  const file = path.join(demoDir, JOIN_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `No demo is running on this computer (${file} is missing). Start it first with "npm start", then start the second desk.`,
    );
  }
  const parsed = JoinFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is damaged: restart the demo with "npm start".`);
  return parsed.data;
}
