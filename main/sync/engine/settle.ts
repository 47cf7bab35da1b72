import type { Reservation } from '../../../shared/domain/reservation';
import type { Snapshot } from '../../../shared/store/store-deps';
import type { NeutralReservation } from '../connectors/neutral/neutral-reservation';
import { mastersReservations, type EngineContext, type PlatformState } from './engine-context';
import { writeLocal } from './local-writes';
import { nextBases, reconcile, type ReconcileInput, type ReconcileResult } from './reconcile';
import { reservationSummary, viewSummary } from './sync-log-writer';
import { deskView, memoryJson, remoteView, type MappingMemory } from './sync-view';

export interface Settled {
  readonly reservation: Snapshot<Reservation>;
  readonly memory: MappingMemory;
  readonly result: ReconcileResult;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Brings one mapped reservation in line with the platform's record (call inside the
 * reservation's lock): applies what the rules allow, opens a conflict for what they cannot
 * decide, logs refusals, and stores the new bases on the mapping. Pushing is the caller's.
 */
export async function settle(
  ctx: EngineContext,
  state: PlatformState,
  reservation: Snapshot<Reservation>,
  remote: NeutralReservation,
  memory: MappingMemory | undefined,
  via: string,
): Promise<Settled> {
  const platform = state.config.platform;
  const input: ReconcileInput = {
    desk: deskView(reservation),
    remote: remoteView(remote),
    deskBase: memory?.deskBase,
    remoteBase: memory?.remoteBase,
    platformMasters: mastersReservations(state.config),
  };
  const result = reconcile(input);
  const common = {
    platform,
    direction: 'inbound' as const,
    entityType: 'reservation' as const,
    entityId: reservation.id,
    externalId: remote.externalId,
  };
  let current = reservation;
  if (Object.keys(result.applyLocal).length > 0) {
    current =
      (await ctx.log.step(
        {
          ...common,
          action: 'apply',
          requestPayload: { via, fields: viewSummary(result.applyLocal) },
        },
        () => writeLocal(ctx, reservation.id, result.applyLocal),
      )) ?? current;
    // Other platforms that know this reservation get the change too.
    ctx.touch(reservation.id, platform);
  }
  for (const refusal of result.refused) {
    await ctx.log.write({
      ...common,
      action: remote.status === 'cancelled' ? 'refuse_cancel' : 'refuse_status',
      status: 'skipped',
      at: ctx.clock.now(),
      requestPayload: { via, remote: reservationSummary(remote) },
      error: { code: 'locally_mastered', message: refusal.reason, at: ctx.clock.now() },
    });
  }
  if (result.disputes.length > 0)
    await openConflictOnce(ctx, platform, current, remote, result, via);
  const bases = nextBases(input, result, deskView(current));
  const next: MappingMemory = {
    ...bases,
    record: remote.raw,
    ...(memory?.origin === undefined ? {} : { origin: memory.origin }),
  };
  if (memory === undefined || !sameJson(memory, next)) {
    await ctx.store.sync.link({
      platform,
      entityType: 'reservation',
      externalId: remote.externalId,
      entityId: reservation.id,
      ...(remote.refs.customer === undefined ? {} : { secondaryId: remote.refs.customer }),
      raw: memoryJson(next),
    });
  }
  return { reservation: current, memory: next, result };
}

async function openConflictOnce(
  ctx: EngineContext,
  platform: string,
  reservation: Snapshot<Reservation>,
  remote: NeutralReservation,
  result: ReconcileResult,
  via: string,
): Promise<void> {
  const fields = result.disputes.map((d) => d.field).sort();
  const open = await ctx.store.sync.openConflictsOf('reservation', reservation.id);
  const covered = open.some(
    (c) => c.platform === platform && fields.every((f) => c.fields.some((x) => x.field === f)),
  );
  if (covered) return;
  const conflict = await ctx.store.sync.openConflict({
    entityType: 'reservation',
    entityId: reservation.id,
    platform,
    externalId: remote.externalId,
    localVersion: JSON.parse(JSON.stringify(deskView(reservation))) as Record<string, never>,
    remoteVersion: JSON.parse(JSON.stringify(remoteView(remote))) as Record<string, never>,
    fields: result.disputes,
  });
  await ctx.log.write({
    platform,
    direction: 'inbound',
    action: 'conflict',
    status: 'skipped',
    entityType: 'reservation',
    entityId: reservation.id,
    externalId: remote.externalId,
    at: ctx.clock.now(),
    requestPayload: { via, conflictId: conflict.id, fields },
    error: {
      code: 'conflict',
      message: `Changed on the desk and on ${platform} since the last sync (${fields.join(', ')}): waiting for a decision in the Inbox.`,
      at: ctx.clock.now(),
    },
  });
}
