import type { NeutralReservation } from '../connectors/neutral/neutral-reservation';
import type { PullCursor } from '../connectors/platform-connector';
import { NotFoundError } from '../http/platform-errors';
import {
  reservationKey,
  type CreateInFlight,
  type EngineContext,
  type PlatformState,
} from './engine-context';
import { createLocal } from './local-writes';
import { settle } from './settle';
import { SyncStoppedError, untilStopped } from './stop-signal';
import { reservationSummary, storedError } from './sync-log-writer';
import { deskView, guestNameOf, memoryJson, readMemory, remoteView } from './sync-view';

/**
 * The one idempotent apply of a platform record: maps it to the desk reservation through
 * external_mappings (creating the reservation when the id is new), then settles it. Applying
 * the same record twice changes nothing the second time.
 */
export async function applyRemote(
  ctx: EngineContext,
  state: PlatformState,
  remote: NeutralReservation,
  via: string,
  /** When the record was read from the platform (before the call). */
  fetchedAt: number,
): Promise<void> {
  const platform = state.config.platform;
  const settleMapped = async (entityId: string): Promise<boolean> =>
    ctx.lock.run(reservationKey(entityId), async () => {
      const mapping = await ctx.store.sync.mappingOf(platform, 'reservation', remote.externalId);
      const reservation = await ctx.store.reservations.byId(entityId);
      if (reservation === null) return false;
      let record = remote;
      // A push of ours landed after this record was read: it is stale, read it again.
      if (mapping?.lastSyncedAt !== undefined && mapping.lastSyncedAt >= fetchedAt) {
        const connector = state.connector;
        if (connector === undefined) return true;
        record = await untilStopped(ctx.stopping, connector.fetchReservation(remote.externalId));
      }
      if (!ctx.running()) throw new SyncStoppedError();
      await settle(ctx, state, reservation, record, readMemory(mapping?.raw), via);
      return true;
    });

  const known = await ctx.store.sync.mappingOf(platform, 'reservation', remote.externalId);
  if (known !== null && (await settleMapped(known.entityId))) return;

  await ctx.lock.run(`x:${platform}|${remote.externalId}`, async () => {
    // A create of ours may be on its way back: let it record its mapping first. Only the creates
    // that could be this record are waited for, so a booking made elsewhere applies at once.
    const related = [...state.creating].filter(([, sent]) => couldBe(sent, remote));
    await untilStopped(ctx.stopping, Promise.allSettled(related.map(([call]) => call)));
    if (!ctx.running()) throw new SyncStoppedError();
    const mapping = await ctx.store.sync.mappingOf(platform, 'reservation', remote.externalId);
    if (mapping !== null && (await settleMapped(mapping.entityId))) return;
    const ours = await ourReservation(ctx, state, remote);
    if (ours !== undefined) {
      await ctx.store.sync.link({
        platform,
        entityType: 'reservation',
        externalId: remote.externalId,
        entityId: ours,
      });
      await settleMapped(ours);
      return;
    }
    if (remote.status === 'cancelled') {
      await ctx.log.write({
        platform,
        direction: 'inbound',
        action: 'create',
        status: 'skipped',
        entityType: 'reservation',
        externalId: remote.externalId,
        at: ctx.clock.now(),
        requestPayload: { via, remote: reservationSummary(remote) },
      });
      return;
    }
    await ctx.log.step(
      {
        platform,
        direction: 'inbound',
        action: 'create',
        entityType: 'reservation',
        externalId: remote.externalId,
        requestPayload: { via, remote: reservationSummary(remote) },
      },
      async () => {
        const created = await createLocal(ctx, remote);
        await ctx.store.sync.link({
          platform,
          entityType: 'reservation',
          externalId: remote.externalId,
          entityId: created.id,
          ...(remote.refs.customer === undefined ? {} : { secondaryId: remote.refs.customer }),
          raw: memoryJson({
            deskBase: deskView(created),
            remoteBase: remoteView(remote),
            record: remote.raw,
            origin: 'platform',
          }),
        });
        return created;
      },
      (created) => ({ entityId: created.id }),
    );
  });
}

/**
 * Whether a platform record could be the answer of a create in flight. A platform carrying our id
 * back (Formitable) says so exactly; otherwise the record is compared with what the create sent,
 * on the fields that `sameBooking` and `findCreated` also require to be equal (assumption, not in
 * the platforms' docs: a platform keeps the start and party size a create sent as they are).
 */
export function couldBe(sent: CreateInFlight, remote: NeutralReservation): boolean {
  if (remote.localId !== undefined) return remote.localId === sent.reservationId;
  return remote.startsAt === sent.startsAt && remote.partySize === sent.partySize;
}

/**
 * A desk reservation this platform record stands for although no mapping says so: the platform
 * carries our id back (Formitable), or a create of ours whose answer was lost matches it.
 */
async function ourReservation(
  ctx: EngineContext,
  state: PlatformState,
  remote: NeutralReservation,
): Promise<string | undefined> {
  if (remote.localId !== undefined) {
    const local = await ctx.store.reservations.byId(remote.localId);
    if (local !== null) return local.id;
  }
  const jobs = await ctx.store.jobs.openJobs();
  for (const job of jobs) {
    if (job.platform !== state.config.platform || job.entityId === undefined) continue;
    if (!createOutcomeUnknown(job.responsePayload)) continue;
    const r = await ctx.store.reservations.byId(job.entityId);
    if (r !== null && sameBooking(r, remote)) return r.id;
  }
  return undefined;
}

export function createOutcomeUnknown(payload: unknown): boolean {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    (payload as Record<string, unknown>).createOutcomeUnknown === true
  );
}

/** The platform record looks like the desk reservation we tried to create. */
export function sameBooking(
  r: { startsAt: number; partySize: number; guestName: string; email?: string | undefined },
  remote: NeutralReservation,
): boolean {
  if (r.startsAt !== remote.startsAt || r.partySize !== remote.partySize) return false;
  if (r.email !== undefined && remote.guest.email !== undefined) {
    return r.email.toLowerCase() === remote.guest.email.toLowerCase();
  }
  const name = guestNameOf(remote);
  return name !== undefined && name.toLowerCase() === r.guestName.toLowerCase();
}

/** A thin webhook says "this reservation changed": fetch it and apply it. */
export async function fetchAndApply(
  ctx: EngineContext,
  state: PlatformState,
  externalId: string,
  via: string,
): Promise<void> {
  const connector = state.connector;
  if (connector === undefined) return;
  let remote: NeutralReservation;
  const fetchedAt = ctx.clock.now();
  try {
    remote = await ctx.log.step(
      {
        platform: state.config.platform,
        direction: 'inbound',
        action: 'fetch',
        entityType: 'reservation',
        externalId,
        requestPayload: { via },
      },
      () => untilStopped(ctx.stopping, connector.fetchReservation(externalId)),
      reservationSummary,
    );
  } catch (error) {
    // Not found: another restaurant's id or deleted; logged above. Anything else: the poller
    // catches up later, also logged above.
    if (error instanceof NotFoundError) return;
    throw error;
  }
  await applyRemote(ctx, state, remote, via, fetchedAt);
}

export interface PollOutcome {
  readonly applied: number;
  readonly failures: number;
  readonly next: PullCursor;
}

/** One poll: every page of changes since the cursor, each record through the one apply. */
export async function pollOnce(
  ctx: EngineContext,
  state: PlatformState,
  cursor: PullCursor,
  via: string,
): Promise<PollOutcome> {
  const connector = state.connector;
  if (connector === undefined) return { applied: 0, failures: 0, next: cursor };
  const platform = state.config.platform;
  return ctx.log.step(
    { platform, direction: 'inbound', action: 'poll', requestPayload: { via } },
    async () => {
      let next = cursor;
      let applied = 0;
      let failures = 0;
      for (let page = 0; page < 20; page += 1) {
        const fetchedAt = ctx.clock.now();
        const result = await untilStopped(ctx.stopping, connector.pullChanges(next));
        for (const remote of result.reservations) {
          if (!ctx.running()) break;
          try {
            await applyRemote(ctx, state, remote, via, fetchedAt);
            applied += 1;
          } catch (error) {
            // Stopping: the poll as a whole is not complete (the cursor stays where it was).
            if (error instanceof SyncStoppedError) throw error;
            // One record that cannot be applied never holds back the others.
            failures += 1;
            await ctx.log.write({
              platform,
              direction: 'inbound',
              action: 'apply',
              status: 'failed',
              entityType: 'reservation',
              externalId: remote.externalId,
              at: ctx.clock.now(),
              requestPayload: { via, remote: reservationSummary(remote) },
              error: storedError(error, ctx.clock.now()),
            });
          }
        }
        for (const failure of result.failures) {
          failures += 1;
          await ctx.log.write({
            platform,
            direction: 'inbound',
            action: 'fetch',
            status: 'failed',
            entityType: 'reservation',
            ...(failure.externalId === undefined ? {} : { externalId: failure.externalId }),
            at: ctx.clock.now(),
            requestPayload: { via },
            error: {
              code: failure.error.code,
              message: failure.error.message,
              at: ctx.clock.now(),
            },
          });
        }
        if (!ctx.running()) {
          // Stopped half-way: not a completed poll, so the cursor stays where it was.
          throw new Error('the sync stopped during the poll; the next run polls again');
        }
        next = result.next;
        if (!result.hasMore) break;
      }
      return { applied, failures, next };
    },
    (o) => ({ applied: o.applied, failures: o.failures }),
  );
}
