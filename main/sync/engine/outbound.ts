import type { JsonValue } from '../../../shared/domain/json-value';
import type { Reservation } from '../../../shared/domain/reservation';
import type { SyncLog } from '../../../shared/domain/sync-log';
import type { Snapshot } from '../../../shared/store/store-deps';
import { draftFromReservation } from '../connectors/neutral/draft-from-reservation';
import type {
  NeutralReservation,
  NeutralReservationChange,
} from '../connectors/neutral/neutral-reservation';
import type { PlatformConnector, StatusTarget } from '../connectors/platform-connector';
import type { EngineContext, PlatformState } from './engine-context';
import { createOutcomeUnknown, sameBooking } from './inbound';
import { settle } from './settle';
import { reservationSummary, viewSummary } from './sync-log-writer';
import {
  deskView,
  memoryJson,
  readMemory,
  remoteView,
  SYNC_FIELDS,
  type MappingMemory,
  type SyncView,
} from './sync-view';

/** The result of one attempt, for the job document and its attempt entry. */
export interface AttemptResult {
  readonly action: string;
  readonly status: 'succeeded' | 'skipped';
  readonly externalId?: string;
  readonly request?: JsonValue;
  readonly response?: JsonValue;
}

/** The platform cannot be reached from this desk right now (not built, not configured). */
export class PlatformUnavailableError extends Error {
  override readonly name = 'PlatformUnavailableError';
}

/** Whether a desk reservation without a mapping should be created on `platform`. */
export function shouldCreate(
  r: Snapshot<Reservation>,
  otherMappingsFromPlatforms: boolean,
  nowMs: number,
): boolean {
  if (r.status !== 'requested' && r.status !== 'confirmed') return false;
  if (otherMappingsFromPlatforms) return false;
  return r.startsAt + r.durationMinutes * 60_000 > nowMs;
}

/**
 * One attempt of an outbound job (inside the reservation's lock): reads the reservation as it is
 * now, so a job always sends the latest state, and compares with the platform's record first, so
 * a remote change made meanwhile becomes a conflict instead of being overwritten.
 */
export async function runOutbound(
  ctx: EngineContext,
  state: PlatformState,
  job: Snapshot<SyncLog>,
): Promise<AttemptResult> {
  const connector = state.connector;
  if (connector === undefined) {
    throw new PlatformUnavailableError(
      `${state.config.displayName} is not connected: ${state.lastError?.message ?? 'check its settings'}`,
    );
  }
  const id = job.entityId ?? '';
  const reservation = await ctx.store.reservations.byId(id);
  if (reservation === null) return { action: 'check', status: 'skipped', response: 'removed' };
  const mappings = await ctx.store.sync.mappingsOfEntity('reservation', id);
  let mapping = mappings.find((m) => m.platform === state.config.platform);
  let memory = readMemory(mapping?.raw);

  if (mapping === undefined) {
    const fromPlatform = mappings.some(
      (m) => m.platform !== state.config.platform && readMemory(m.raw)?.origin === 'platform',
    );
    if (!shouldCreate(reservation, fromPlatform, ctx.clock.now())) {
      return {
        action: 'create',
        status: 'skipped',
        response: `not created: ${reservation.status}`,
      };
    }
    if (createOutcomeUnknown(job.responsePayload)) {
      const found = await findCreated(connector, reservation, job.at);
      if (found !== undefined) {
        memory = { deskBase: remoteView(found), remoteBase: remoteView(found), record: found.raw };
        mapping = await ctx.store.sync.link({
          platform: state.config.platform,
          entityType: 'reservation',
          externalId: found.externalId,
          entityId: id,
          raw: memoryJson(memory),
        });
      }
    }
    if (mapping === undefined) return create(ctx, state, connector, reservation);
  }

  const remote = await connector.fetchReservation(mapping.externalId);
  const settled = await settle(ctx, state, reservation, remote, memory, 'outbound');
  const push = settled.result.push;
  if (Object.keys(push).length === 0) {
    return { action: 'check', status: 'skipped', externalId: remote.externalId };
  }
  const { action, after, notes } = await pushChanges(connector, remote, push);
  const disputed = new Set(settled.result.disputes.map((d) => d.field));
  const remoteAfter = remoteView(after);
  const deskBase: SyncView = { ...settled.memory.deskBase, ...push };
  const remoteBase: SyncView = {};
  for (const field of SYNC_FIELDS) {
    const value = disputed.has(field) ? settled.memory.remoteBase[field] : remoteAfter[field];
    if (value !== undefined) (remoteBase as Record<string, string | number>)[field] = value;
  }
  const next: MappingMemory = {
    deskBase,
    remoteBase,
    record: after.raw,
    ...(settled.memory.origin === undefined ? {} : { origin: settled.memory.origin }),
  };
  await ctx.store.sync.link({
    platform: state.config.platform,
    entityType: 'reservation',
    externalId: remote.externalId,
    entityId: id,
    ...(after.refs.customer === undefined ? {} : { secondaryId: after.refs.customer }),
    raw: memoryJson(next),
  });
  return {
    action,
    status: 'succeeded',
    externalId: remote.externalId,
    request: viewSummary(push),
    response: { ...(reservationSummary(after) as Record<string, JsonValue>), notes },
  };
}

async function create(
  ctx: EngineContext,
  state: PlatformState,
  connector: PlatformConnector,
  reservation: Snapshot<Reservation>,
): Promise<AttemptResult> {
  const draft = draftFromReservation(reservation as Reservation);
  // Tracked until its mapping is written (not only until the platform answers): inbound waiting
  // for it must find the mapping afterwards, or it would book the record a second time.
  const linked = (async () => {
    const outcome = await connector.createReservation(draft);
    const memory: MappingMemory = {
      deskBase: deskView(reservation),
      remoteBase: remoteView(outcome.reservation),
      record: outcome.reservation.raw,
      origin: 'desk',
    };
    await ctx.store.sync.link({
      platform: state.config.platform,
      entityType: 'reservation',
      externalId: outcome.reservation.externalId,
      entityId: reservation.id,
      ...(outcome.reservation.refs.customer === undefined
        ? {}
        : { secondaryId: outcome.reservation.refs.customer }),
      raw: memoryJson(memory),
    });
    return outcome;
  })();
  state.creating.set(linked, {
    reservationId: reservation.id,
    startsAt: draft.startsAt,
    partySize: draft.partySize,
  });
  try {
    const outcome = await linked;
    return {
      action: 'create',
      status: 'succeeded',
      externalId: outcome.reservation.externalId,
      request: viewSummary(deskView(reservation)),
      response: {
        ...(reservationSummary(outcome.reservation) as Record<string, JsonValue>),
        warnings: [...outcome.warnings],
        ignoredFields: [...outcome.ignoredFields],
      },
    };
  } finally {
    state.creating.delete(linked);
  }
}

const STATUS_TARGETS: readonly string[] = ['arrived', 'seated', 'completed'];

async function pushChanges(
  connector: PlatformConnector,
  remote: NeutralReservation,
  push: SyncView,
): Promise<{ action: string; after: NeutralReservation; notes: string[] }> {
  const notes: string[] = [];
  let after = remote;
  let action = 'update';
  const change: NeutralReservationChange = {};
  if (push.startsAt !== undefined) change.startsAt = push.startsAt;
  if (push.partySize !== undefined) change.partySize = push.partySize;
  if (push.notes !== undefined) change.notes = push.notes;
  const guest: NonNullable<NeutralReservationChange['guest']> = {};
  if (push.guestName !== undefined) guest.name = push.guestName;
  if (push.email !== undefined) guest.email = push.email;
  if (push.phone !== undefined) guest.phone = push.phone;
  if (Object.keys(guest).length > 0) change.guest = guest;

  if (
    Object.keys(change).length > 0 &&
    push.status !== 'cancelled' &&
    remote.status !== 'cancelled'
  ) {
    const outcome = await connector.updateReservation(remote.externalId, change);
    after = outcome.reservation;
    notes.push(...outcome.warnings);
    if (outcome.ignoredFields.length > 0) {
      notes.push(`${connector.platformName} does not take: ${outcome.ignoredFields.join(', ')}`);
    }
  }
  if (push.status === 'cancelled') {
    action = 'cancel';
    const outcome = await connector.cancelReservation(remote.externalId);
    after = outcome.reservation;
    if (outcome.alreadyCancelled) notes.push('already cancelled on the platform');
  } else if (push.status !== undefined && STATUS_TARGETS.includes(push.status)) {
    const capability = connector.capabilities.statusChanges;
    const target = push.status as StatusTarget;
    if (capability !== undefined && capability.targets.includes(target)) {
      action = 'status';
      const outcome = await capability.change(remote.externalId, target);
      after = outcome.reservation;
      notes.push(...outcome.warnings);
    } else {
      notes.push(`${connector.platformName} has no way to record "${push.status}" through its API`);
    }
  } else if (push.status !== undefined) {
    notes.push(`${connector.platformName} cannot be told "${push.status}" through its API`);
  }
  return { action, after, notes };
}

/**
 * After a create whose outcome is unknown: the platform's record of it, if it got through
 * (looked up among the platform's recent changes), so the retry does not book twice.
 */
export async function findCreated(
  connector: PlatformConnector,
  reservation: Snapshot<Reservation>,
  sinceMs: number,
): Promise<NeutralReservation | undefined> {
  let cursor = { since: Math.max(0, sinceMs - 10 * 60_000) };
  for (let page = 0; page < 10; page += 1) {
    const result = await connector.pullChanges(cursor);
    const match = result.reservations.find(
      (n) => n.localId === reservation.id || sameBooking(reservation, n),
    );
    if (match !== undefined) return match;
    if (!result.hasMore) return undefined;
    cursor = result.next;
  }
  return undefined;
}
