import type { Conflict } from '../../../shared/domain/conflict';
import type { Snapshot } from '../../../shared/store/store-deps';
import { reservationKey, type EngineContext } from './engine-context';
import { writeLocal } from './local-writes';
import { memoryJson, readMemory, SYNC_FIELDS, type SyncField, type SyncView } from './sync-view';

const markerId = (conflictId: string): string => `resolution-${conflictId}`.slice(0, 64);

const isSyncField = (field: string): field is SyncField =>
  (SYNC_FIELDS as readonly string[]).includes(field);

/**
 * Carries out a decision made in the Inbox, once: the chosen values are written on the desk
 * where the platform's side won, the mapping's bases are set to the platform's version so that
 * the outbound job sends exactly the fields where the desk's side won, and the step is logged
 * under a fixed id (`resolution-<conflict id>`), which is also what makes it happen only once.
 */
export async function applyResolution(
  ctx: EngineContext,
  conflict: Snapshot<Conflict>,
): Promise<void> {
  if (conflict.entityType !== 'reservation' || conflict.status !== 'resolved') return;
  if (await ctx.store.jobs.hasLog(markerId(conflict.id))) return;
  const started = ctx.clock.now();
  await ctx.lock.run(reservationKey(conflict.entityId), async () => {
    if (await ctx.store.jobs.hasLog(markerId(conflict.id))) return;
    const reservation = await ctx.store.reservations.byId(conflict.entityId);
    const choices = conflict.resolution ?? {};
    const toLocal: SyncView = {};
    const remoteValues: SyncView = {};
    for (const disputed of conflict.fields) {
      const field = disputed.field;
      if (!isSyncField(field)) continue;
      const remote = conflict.remoteVersion[field];
      if (typeof remote === 'string' || typeof remote === 'number') {
        (remoteValues as Record<string, string | number>)[field] = remote;
        if (choices[field] === 'remote')
          (toLocal as Record<string, string | number>)[field] = remote;
      }
    }
    if (reservation !== null && Object.keys(toLocal).length > 0) {
      await writeLocal(ctx, reservation.id, toLocal);
    }
    const mapping =
      conflict.externalId === undefined
        ? null
        : await ctx.store.sync.mappingOf(conflict.platform, 'reservation', conflict.externalId);
    const memory = readMemory(mapping?.raw);
    if (mapping !== null && memory !== undefined) {
      await ctx.store.sync.link({
        platform: mapping.platform,
        entityType: 'reservation',
        externalId: mapping.externalId,
        entityId: mapping.entityId,
        ...(mapping.secondaryId === undefined ? {} : { secondaryId: mapping.secondaryId }),
        raw: memoryJson({
          ...memory,
          deskBase: { ...memory.deskBase, ...remoteValues },
          remoteBase: { ...memory.remoteBase, ...remoteValues },
        }),
      });
    }
    await ctx.store.sync.appendLog({
      id: markerId(conflict.id),
      platform: conflict.platform,
      direction: 'outbound',
      action: 'resolve',
      status: 'succeeded',
      entityType: 'reservation',
      entityId: conflict.entityId,
      ...(conflict.externalId === undefined ? {} : { externalId: conflict.externalId }),
      requestPayload: { conflictId: conflict.id, choices: { ...choices } },
      retryCount: 0,
      at: started,
      durationMs: Math.max(0, ctx.clock.now() - started),
    });
  });
  // Every platform that has not seen the decided values gets a job (the one in dispute first).
  ctx.touch(conflict.entityId);
}
