import type { Conflict, FieldChoice } from '../../../../shared/domain/conflict';
import type { JsonValue } from '../../../../shared/domain/json-value';
import { Label } from '../../../../shared/domain/primitives';
import type { EntityType } from '../../../../shared/domain/primitives';
import type { SyncRepository } from '../../../../shared/store/sync-repository';
import type { ReservationRepository } from '../../../../shared/store/reservation-repository';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { unionList } from './conflict-diff';
import { ruleForField, type Choice, type RuleContext } from './mastering-rules';

export type Choices = Readonly<Record<string, Choice>>;

export function ruleContextOf(
  conflict: Snapshot<Conflict>,
  platformMasters: readonly EntityType[],
): RuleContext {
  return {
    entityType: conflict.entityType,
    localStatus: (conflict.localVersion as Record<string, JsonValue>).status,
    platformMasters,
  };
}

/** What the rules settle on their own; the rest waits for a person. */
export function initialChoices(conflict: Snapshot<Conflict>, context: RuleContext): Choices {
  const out: Record<string, Choice> = {};
  for (const f of conflict.fields) {
    const choice = ruleForField(f.field, context).choice;
    if (choice !== undefined) out[f.field] = choice;
  }
  return out;
}

/** "Keep the desk's" / "take the platform's": every field, except that a union stays a union. */
export function allChoices(
  conflict: Snapshot<Conflict>,
  context: RuleContext,
  side: 'local' | 'remote',
): Choices {
  const out: Record<string, Choice> = {};
  for (const f of conflict.fields) {
    out[f.field] = ruleForField(f.field, context).kind === 'allergy-union' ? 'merge' : side;
  }
  return out;
}

export function missingChoices(conflict: Snapshot<Conflict>, choices: Choices): string[] {
  return conflict.fields.map((f) => f.field).filter((name) => choices[name] === undefined);
}

/** The value a field takes once decided (undefined clears an optional field). */
export function decidedValue(
  field: { local?: JsonValue; remote?: JsonValue },
  choice: Choice,
): JsonValue | undefined {
  if (choice === 'merge') return unionList(field.local, field.remote);
  return choice === 'local' ? field.local : field.remote;
}

const NEVER_PATCHED = new Set(['id', 'createdAt', 'updatedAt']);

/** The change to write to the desk's document: the decided value of every disputed field. */
export function resolutionPatch(
  conflict: Snapshot<Conflict>,
  choices: Choices,
): Record<string, JsonValue | undefined> {
  const patch: Record<string, JsonValue | undefined> = {};
  for (const f of conflict.fields) {
    const choice = choices[f.field];
    if (choice === undefined || NEVER_PATCHED.has(f.field)) continue;
    patch[f.field] = decidedValue(f as { local?: JsonValue; remote?: JsonValue }, choice);
  }
  return patch;
}

/**
 * The choice as the conflict document records it. A union becomes "local": the desk now holds
 * the merged list, and the sync engine sends the desk's version to the platform.
 */
export function recordedChoices(choices: Choices): Record<string, FieldChoice> {
  const out: Record<string, FieldChoice> = {};
  for (const [field, choice] of Object.entries(choices)) {
    out[field] = choice === 'remote' ? 'remote' : 'local';
  }
  return out;
}

export type ResolutionProblem =
  | { kind: 'name-missing' }
  | { kind: 'choices-missing'; fields: string[] }
  | { kind: 'unsupported-entity'; entityType: EntityType };

export class ResolutionError extends Error {
  override readonly name = 'ResolutionError';
  constructor(readonly problem: ResolutionProblem) {
    super(`The conflict cannot be resolved yet: ${problem.kind}`);
  }
}

export interface ResolutionPorts {
  readonly reservations: Pick<ReservationRepository, 'update'>;
  readonly sync: Pick<SyncRepository, 'resolveConflict'>;
}

/**
 * Writes the decided values to the reservation, then records the decision (who, when, per field)
 * in the conflict. The reservation goes first: if it is refused, the conflict stays open.
 */
export async function resolveConflict(
  ports: ResolutionPorts,
  conflict: Snapshot<Conflict>,
  choices: Choices,
  resolvedBy: string,
): Promise<Snapshot<Conflict>> {
  const missing = missingChoices(conflict, choices);
  if (missing.length > 0) throw new ResolutionError({ kind: 'choices-missing', fields: missing });
  const by = resolvedBy.trim();
  if (!Label.safeParse(by).success) throw new ResolutionError({ kind: 'name-missing' });
  if (conflict.entityType !== 'reservation') {
    throw new ResolutionError({ kind: 'unsupported-entity', entityType: conflict.entityType });
  }
  const patch = resolutionPatch(conflict, choices);
  if (Object.keys(patch).length > 0) {
    // The repository validates the merged reservation with its zod schema.
    await ports.reservations.update(conflict.entityId, patch);
  }
  return ports.sync.resolveConflict(conflict.id, recordedChoices(choices), by);
}
