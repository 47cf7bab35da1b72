import { z } from 'zod';
import type { MigrationStrategies } from 'rxdb';
import { splitInternalFields } from './internal-fields';

/**
 * Schema versions and their migrations. A collection at version N lists N steps; step i takes a
 * document of version i-1 (checked with that version's zod schema), returns one of version i
 * (checked with its zod schema) or null to drop it. Old versions' zod schemas stay in the code
 * next to the step that leaves them, so every stored shape remains described.
 */

export interface MigrationStep<From = unknown, To = unknown> {
  /** The version this step produces (1 for the step from version 0). */
  readonly toVersion: number;
  readonly from: z.ZodType<From>;
  readonly to: z.ZodType<To>;
  readonly migrate: (doc: From) => To | null;
}

/** A step of any versions, as a collection lists them. */
export interface AnyMigrationStep {
  readonly toVersion: number;
  readonly from: z.ZodType;
  readonly to: z.ZodType;
  readonly migrate: (doc: never) => unknown;
}

export function migrationStep<From, To>(step: MigrationStep<From, To>): MigrationStep<From, To> {
  return step;
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

function describeDoc(data: Record<string, unknown>, primaryPath: string): string {
  const id = data[primaryPath];
  return typeof id === 'string' ? `document "${id}"` : 'a document without a primary key';
}

/**
 * Checks the steps form a path 0 -> 1 -> ... -> version and turns them into RxDB's
 * `migrationStrategies`. Throws MigrationError when the chain has a hole or a document does not
 * fit the version it claims or the one it is migrated to: a migration never guesses.
 */
export function buildMigrationStrategies(
  collectionName: string,
  primaryPath: string,
  version: number,
  steps: readonly AnyMigrationStep[],
): MigrationStrategies {
  if (steps.length !== version) {
    throw new MigrationError(
      `${collectionName}: schema version ${version} needs ${version} migration step(s), found ${steps.length}.`,
    );
  }
  const strategies: MigrationStrategies = {};
  steps.forEach((step, i) => {
    if (step.toVersion !== i + 1) {
      throw new MigrationError(
        `${collectionName}: migration step ${i} must produce version ${i + 1}, it says ${step.toVersion}.`,
      );
    }
    const run = step.migrate as (doc: unknown) => unknown;
    strategies[step.toVersion] = (oldDoc: Record<string, unknown>) => {
      const { data, internal } = splitInternalFields(oldDoc);
      const what = `${collectionName}: cannot migrate ${describeDoc(data, primaryPath)} to v${step.toVersion}`;
      const before = step.from.safeParse(data);
      if (!before.success) {
        throw new MigrationError(
          `${what}: it does not match v${i}:\n${z.prettifyError(before.error)}`,
        );
      }
      const migrated = run(before.data);
      if (migrated === null) return null;
      const after = step.to.safeParse(migrated);
      if (!after.success) {
        throw new MigrationError(
          `${what}: the step produced an invalid document:\n${z.prettifyError(after.error)}`,
        );
      }
      return { ...(after.data as Record<string, unknown>), ...internal };
    };
  });
  return strategies;
}
