import type { DisputedField } from '../../../shared/domain/conflict';
import type { ReservationStatus } from '../../../shared/domain/reservation';
import { SYNC_FIELDS, type SyncField, type SyncView } from './sync-view';

/** Statuses the desk always masters (decision 9): the platform cannot move them. */
export const LOCALLY_MASTERED: readonly ReservationStatus[] = ['seated', 'completed', 'no_show'];

export interface ReconcileInput {
  readonly desk: SyncView;
  readonly remote: SyncView;
  /** Last synced views; undefined when this mapping never completed a sync. */
  readonly deskBase: SyncView | undefined;
  readonly remoteBase: SyncView | undefined;
  /** platform_config.masterFor includes reservations. */
  readonly platformMasters: boolean;
}

export interface RefusedChange {
  readonly field: SyncField;
  readonly remote: string | number;
  readonly reason: string;
}

export interface ReconcileResult {
  /** Remote values to write on the desk. */
  readonly applyLocal: SyncView;
  /** Desk values the platform has not seen yet. */
  readonly push: SyncView;
  /** Changed on both sides to different values: a person decides. */
  readonly disputes: DisputedField[];
  /** Remote changes the rules refuse (locally mastered statuses). */
  readonly refused: RefusedChange[];
}

function set(view: SyncView, field: SyncField, value: string | number): void {
  (view as Record<string, string | number>)[field] = value;
}

/**
 * Decision 9 as a pure function, field by field. A side "changed" a field when its value differs
 * from that side's base. Remote-only changes are applied, desk-only changes are pushed, changes on
 * both sides to different values are disputes, unless the platform masters reservations (then it
 * wins). Statuses seated, completed and no-show are the desk's whatever the platform says.
 */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const applyLocal: SyncView = {};
  const push: SyncView = {};
  const disputes: DisputedField[] = [];
  const refused: RefusedChange[] = [];
  for (const field of SYNC_FIELDS) {
    const d = input.desk[field];
    const r = input.remote[field];
    const deskChanged = input.deskBase !== undefined && d !== input.deskBase[field];
    if (r === undefined) {
      // The platform does not carry this field (or did not send it): nothing to compare.
      if (deskChanged && d !== undefined && !input.platformMasters) set(push, field, d);
      continue;
    }
    const remoteChanged = input.remoteBase === undefined ? r !== d : r !== input.remoteBase[field];
    if (remoteChanged && r !== d) {
      if (field === 'status' && LOCALLY_MASTERED.includes(d as ReservationStatus)) {
        refused.push({
          field,
          remote: r,
          reason:
            r === 'cancelled'
              ? `a cancellation arrived for a ${String(d)} reservation: refused, the desk keeps it ${String(d)}`
              : `the desk masters a ${String(d)} reservation: the platform's status "${String(r)}" is not applied`,
        });
        if (deskChanged && d !== undefined) set(push, field, d);
        continue;
      }
      if (input.platformMasters || !deskChanged) {
        set(applyLocal, field, r);
        continue;
      }
      disputes.push({
        field,
        ...(d === undefined ? {} : { local: d }),
        remote: r,
        ...(input.deskBase[field] === undefined ? {} : { base: input.deskBase[field] }),
        ruleHint: 'Changed on the desk and on the platform since the last sync.',
      });
      continue;
    }
    if (!remoteChanged && deskChanged && d !== undefined && d !== r && !input.platformMasters) {
      set(push, field, d);
    }
  }
  return { applyLocal, push, disputes, refused };
}

/** Allergies are never disputed: the union of both lists (decision 9), desk order first. */
export function mergeAllergies(desk: readonly string[], remote: readonly string[]): string[] {
  const seen = new Set(desk.map((a) => a.trim().toLowerCase()));
  const merged = [...desk];
  for (const item of remote) {
    const key = item.trim().toLowerCase();
    if (key !== '' && !seen.has(key)) {
      seen.add(key);
      merged.push(item.trim());
    }
  }
  return merged.slice(0, 50);
}

/**
 * The bases after a reconcile: disputed fields keep their old bases (so the dispute stays visible
 * and nothing is pushed over it), pushed fields keep the desk's old base until the push succeeds.
 */
export function nextBases(
  input: ReconcileInput,
  result: ReconcileResult,
  deskAfter: SyncView,
): { deskBase: SyncView; remoteBase: SyncView } {
  const disputed = new Set(result.disputes.map((d) => d.field));
  const deskBase: SyncView = {};
  const remoteBase: SyncView = {};
  for (const field of SYNC_FIELDS) {
    const keepDesk = disputed.has(field) || result.push[field] !== undefined;
    const db = keepDesk ? input.deskBase?.[field] : deskAfter[field];
    if (db !== undefined) set(deskBase, field, db);
    const rb = disputed.has(field)
      ? input.remoteBase?.[field]
      : (input.remote[field] ?? input.remoteBase?.[field]);
    if (rb !== undefined) set(remoteBase, field, rb);
  }
  return { deskBase, remoteBase };
}
