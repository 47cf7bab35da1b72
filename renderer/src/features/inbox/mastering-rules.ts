import type { EntityType } from '../../../../shared/domain/primitives';
import type { JsonValue } from '../../../../shared/domain/json-value';

/**
 * The mastering rules of ARCHITECTURE.md decision 9, for one disputed field. Pure: the inbox shows
 * the verdict next to each field and pre-selects the side the rules pick.
 *
 * Order matters: an allergy is never dropped (union, whatever else holds); a reservation the desk
 * has seated, completed or marked no-show is the desk's; a platform whose config masters the
 * entity type wins; anything else is the manager's call.
 */

/** How one field is settled: a side, or the union of both lists. */
export type Choice = 'local' | 'remote' | 'merge';

export type RuleKind = 'allergy-union' | 'local-final-status' | 'platform-masters' | 'manager';

export interface FieldRule {
  readonly kind: RuleKind;
  /** The choice the rules make; undefined when a person must decide. */
  readonly choice: Choice | undefined;
}

export interface RuleContext {
  readonly entityType: EntityType;
  /** The desk's status of the reservation (from the desk's version). */
  readonly localStatus: JsonValue | undefined;
  /** platform_config.masterFor of the conflict's platform; empty when there is no config. */
  readonly platformMasters: readonly EntityType[];
}

/** Statuses the desk always masters (decision 9). */
export const LOCALLY_MASTERED_STATUSES: readonly string[] = ['seated', 'completed', 'no_show'];

/** Fields merged as a union of both sides rather than picked. */
export const UNION_FIELDS: readonly string[] = ['allergies'];

export function ruleForField(field: string, context: RuleContext): FieldRule {
  if (context.entityType === 'reservation' && UNION_FIELDS.includes(field)) {
    return { kind: 'allergy-union', choice: 'merge' };
  }
  if (
    context.entityType === 'reservation' &&
    typeof context.localStatus === 'string' &&
    LOCALLY_MASTERED_STATUSES.includes(context.localStatus)
  ) {
    return { kind: 'local-final-status', choice: 'local' };
  }
  if (context.platformMasters.includes(context.entityType)) {
    return { kind: 'platform-masters', choice: 'remote' };
  }
  return { kind: 'manager', choice: undefined };
}

/** Choices a person may make for a field: the union only where the rules merge. */
export function choicesFor(field: string, context: RuleContext): readonly Choice[] {
  return ruleForField(field, context).kind === 'allergy-union'
    ? ['merge', 'local', 'remote']
    : ['local', 'remote'];
}
