import type { Subscription } from 'rxjs';
import type { JoinRelayRequest, SetupState } from '../../shared/contract/setup-commands';
import type { SyncStatus } from '../../shared/contract/sync-commands';
import type { DeskDatabase } from '../../shared/store/create-desk-database';
import type { PlatformConfig } from '../../shared/domain/platform-config';
import type { Snapshot } from '../../shared/store/store-deps';
import type { DeskRepositories } from '../../shared/store/desk-repositories';
import { SetupRefusal, type DeskSetupPort, type DeskSyncPort } from '../desk/desk-services';
import type { Logger, SecretBox } from '../ports';
import { enrolDesk, openConnection } from '../relay-client/enrol';
import { startDeskSync, type DeskSync } from '../sync/engine/desk-sync';
import type { SyncEngineDeps } from '../sync/engine/engine-ports';
import { explainEnrolFailure } from './enrol-errors';
import { openRelayLink, type RelayLink } from './relay-link';
import { readSetupFile, writeSetupFile, type SetupFile } from './setup-file';
import { toSyncStatus } from './sync-status';

export interface DeskRuntimeDeps {
  readonly dataDir: string;
  readonly db: DeskDatabase;
  readonly repos: DeskRepositories;
  readonly connectorFor: SyncEngineDeps['connectorFor'];
  readonly secretBox: SecretBox;
  readonly log: Logger;
  readonly now: () => number;
  /** The demo: its data and platforms are simulated (shown to the person). */
  readonly simulated: boolean;
  /** False for the static demo: nothing is synced, nothing changes by itself. */
  readonly syncEnabled: boolean;
  readonly fetch?: typeof fetch;
  readonly leaseTtlMs?: number;
  readonly relayRetryMs?: number;
  /** The demo's relay listens on a new port at each run: where it is now. */
  readonly relayUrlOverride?: string;
}

export interface DeskRuntime {
  readonly sync: DeskSyncPort;
  readonly setup: DeskSetupPort;
  /** Reads how this desk was set up and starts syncing accordingly. */
  start(): Promise<void>;
  /** First launch is done (standalone chosen, or enrolled). */
  isSetUp(): boolean;
  /** Enrols with a relay (first launch, `--relay --enrol-code`, or the demo's own relay). */
  enrol(request: JoinRelayRequest): Promise<SetupState>;
  close(): Promise<void>;
}

/**
 * The desk's sync as it runs: nothing until the first launch is done, the engine alone when
 * standalone, and with a relay the replication of every collection plus the engine under the
 * sync-primary lease. Connecting or disconnecting a platform restarts the engine so it uses the
 * new configuration.
 */
export function createDeskRuntime(deps: DeskRuntimeDeps): DeskRuntime {
  const log = deps.log.child({ component: 'desk-runtime' });
  let setup: SetupFile | null = null;
  let link: RelayLink | null = null;
  let deskSync: DeskSync | null = null;
  let configWatch: Subscription | null = null;
  /** null until the first emission: no configuration at all is a key too (''). */
  let lastConfigKey: string | null = null;
  let closed = false;
  /** When the engine was last seen running (for what is waiting while it is paused). */
  let lastRunningAt: number | null = null;
  let steps: Promise<unknown> = Promise.resolve();
  /** One change of the running sync at a time. */
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = steps.then(step, step);
    steps = next.catch(() => undefined);
    return next;
  };

  const relayUrlOf = (relay: { baseUrl: string }) => deps.relayUrlOverride ?? relay.baseUrl;

  const stopSync = async () => {
    const running = deskSync;
    deskSync = null;
    await running?.stop();
    await link?.close();
    link = null;
  };

  const startSync = async () => {
    if (closed || !deps.syncEnabled || setup === null) return;
    if (setup.mode === 'relay') {
      const connection = await openConnection(
        { ...setup.relay, baseUrl: relayUrlOf(setup.relay) },
        deps.secretBox,
      );
      link = openRelayLink({
        db: deps.db,
        connection,
        log: deps.log,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.relayRetryMs === undefined ? {} : { retryTimeMs: deps.relayRetryMs }),
      });
    }
    deskSync = startDeskSync({
      db: deps.db,
      repositories: deps.repos,
      connectorFor: deps.connectorFor,
      logger: deps.log,
      clock: { now: deps.now },
      ...(link === null
        ? {}
        : {
            relay: {
              http: link.http,
              stream: link.stream,
              ...(deps.leaseTtlMs === undefined ? {} : { leaseTtlMs: deps.leaseTtlMs }),
            },
          }),
    });
  };

  const restartEngine = () =>
    serial(async () => {
      const engine = deskSync?.engine;
      if (engine === undefined || !engine.running) return;
      log.info('platform configuration changed: restarting the sync engine');
      await engine.stop();
      if (!closed && deskSync?.engine === engine) await engine.start();
    });

  const watchConfigs = () => {
    configWatch = deps.db.platform_configs.find().$.subscribe((docs) => {
      const key = docs
        .map(
          (d) =>
            `${d.platform}|${String(d.active)}|${d.credentialRef ?? ''}|${d.masterFor.join(',')}|${String(d.pollIntervalSeconds)}|${d.externalRestaurantId ?? ''}`,
        )
        .sort()
        .join(';');
      if (lastConfigKey !== null && key !== lastConfigKey) void restartEngine();
      lastConfigKey = key;
    });
  };

  const state = async (): Promise<SetupState> => {
    const restaurant = await deps.repos.settings.get();
    const configs = await deps.db.platform_configs.find().exec();
    return {
      mode: deps.simulated ? 'demo' : setup === null ? 'unconfigured' : setup.mode,
      simulated: deps.simulated,
      relay:
        setup?.mode === 'relay'
          ? {
              url: relayUrlOf(setup.relay),
              tenantId: setup.relay.tenantId,
              deviceId: setup.relay.deviceId,
              deviceName: setup.relay.deviceName,
            }
          : null,
      restaurantConfigured: restaurant !== null,
      platformsConnected: configs.filter((c) => c.active && c.credentialRef !== undefined).length,
    };
  };

  const enrol = (request: JoinRelayRequest) =>
    serial(async () => {
      if (setup?.mode === 'relay') {
        throw new SetupRefusal(
          `This desk is already enrolled with ${setup.relay.baseUrl}. To move it to another relay, start it with a new data folder.`,
        );
      }
      let enrolled;
      try {
        enrolled = await enrolDesk({
          baseUrl: request.relayUrl,
          code: request.code,
          deviceName: request.deviceName,
          secretBox: deps.secretBox,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        });
      } catch (error) {
        const message = explainEnrolFailure(error, request.relayUrl);
        log.warn('enrolment refused', { relay: request.relayUrl, reason: message });
        throw new SetupRefusal(message);
      }
      await stopSync();
      setup = {
        version: 1,
        mode: 'relay',
        chosenAt: deps.now(),
        relay: { ...enrolled, deviceName: request.deviceName },
      };
      await writeSetupFile(deps.dataDir, setup);
      log.info('desk enrolled with the relay', {
        relay: enrolled.baseUrl,
        device: enrolled.deviceId,
      });
      await startSync();
      return state();
    });

  return {
    isSetUp: () => setup !== null,
    async start() {
      setup = await readSetupFile(deps.dataDir);
      await serial(startSync);
      watchConfigs();
    },
    enrol,
    setup: {
      state,
      joinRelay: enrol,
      standalone: () =>
        serial(async () => {
          if (setup?.mode === 'relay') {
            throw new SetupRefusal(
              `This desk is enrolled with ${setup.relay.baseUrl}; it keeps working offline by itself when the relay cannot be reached.`,
            );
          }
          if (setup === null) {
            setup = { version: 1, mode: 'standalone', chosenAt: deps.now() };
            await writeSetupFile(deps.dataDir, setup);
            log.info('desk set up standalone');
            await startSync();
          }
          return state();
        }),
    },
    sync: {
      status: async (): Promise<SyncStatus> => {
        const sync = deskSync === null ? null : await deskSync.status();
        // Cut off from the relay for a lease lifetime, the engine pauses and makes no jobs: the
        // bookings changed since it last ran are waiting too (the catch-up sends them).
        if (sync?.running === true) lastRunningAt = deps.now();
        const paused = sync !== null && !sync.running && sync.role === 'unknown';
        const unsent =
          paused && lastRunningAt !== null
            ? await deps.db.reservations
                .count({ selector: { updatedAt: { $gt: lastRunningAt } } })
                .exec()
            : 0;
        return toSyncStatus({
          sync,
          configs: (await deps.db.platform_configs.find().exec()).map(
            (d) => d.toJSON() as Snapshot<PlatformConfig>,
          ),
          relay:
            setup?.mode === 'relay' ? { ...setup.relay, baseUrl: relayUrlOf(setup.relay) } : null,
          replicationFailing: link?.failing() ?? 0,
          unsentWhilePaused: unsent,
        });
      },
      syncNow: async () => {
        const engine = deskSync?.engine;
        if (engine === undefined || !engine.running) {
          throw new SetupRefusal(
            !deps.syncEnabled
              ? 'This is the static demo: nothing is synced here. Start the live demo with "npm start" to see sync at work.'
              : deskSync === null
                ? 'Sync is not set up on this desk yet: finish the first launch (relay or standalone) first.'
                : 'Another desk holds the sync-primary lease: it is the one that talks to the platforms.',
          );
        }
        // Polls can take long behind a platform's rate limit: they run on, the answer does not wait.
        void engine.pollNow().catch((error: unknown) => {
          log.warn('sync now: a poll failed', {
            reason: error instanceof Error ? error.message : String(error),
          });
        });
        await engine.retryWaitingNow();
        for (const r of link?.replications ?? []) r.reSync();
      },
    },
    async close() {
      closed = true;
      configWatch?.unsubscribe();
      await serial(stopSync);
    },
  };
}
