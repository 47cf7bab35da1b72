import { addRxPlugin } from 'rxdb';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import type { AnyCollectionDefinition } from '../../../shared/domain/rxdb/collection-definition';
import { createDeskDatabase, type DeskDatabase } from '../create-desk-database';
import type { StoreDeps } from '../store-deps';

/**
 * Test support: the desk database on storage-memory, with RxDB's dev-mode checks and Ajv schema
 * validation on (both refuse anything our derivation or repositories got wrong).
 */

let devModeOn = false;

export function enableDevMode(): void {
  if (devModeOn) return;
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  devModeOn = true;
}

/** storage-memory keeps data per name for the whole process: a shared one lets a test reopen. */
export function devStorage(memory = getRxStorageMemory()) {
  return wrappedValidateAjvStorage({ storage: memory });
}

let counter = 0;
export function uniqueName(prefix = 'desk'): string {
  counter += 1;
  return `${prefix}${counter}x${Math.random().toString(36).slice(2, 8)}`;
}

export async function openTestDatabase(
  definitions?: readonly AnyCollectionDefinition[],
): Promise<DeskDatabase> {
  enableDevMode();
  return createDeskDatabase({
    storage: devStorage(),
    name: uniqueName(),
    ...(definitions === undefined ? {} : { definitions }),
  });
}

/** A clock the test moves by hand and ids r1, r2, ... */
export function testDeps(start = Date.parse('2026-03-28T10:00:00Z')): StoreDeps & {
  advance(ms: number): void;
  set(ms: number): void;
} {
  let now = start;
  let id = 0;
  return {
    clock: { now: () => new Date(now) },
    newId: () => {
      id += 1;
      return `id${id}`;
    },
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
}
