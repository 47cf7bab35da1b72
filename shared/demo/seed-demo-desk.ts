import type { DeskDatabase } from '../store/create-desk-database';
import type { DeskRepositories } from '../store/desk-repositories';
import { seedDemoConflicts } from './seed-demo-conflicts';
import { seedDemoIfEmpty } from './seed-demo-restaurant';

/**
 * `--demo` on an empty data folder: the demo restaurant, then a few platform disagreements and
 * stopped sends so the inbox has something to settle. Returns whether anything was seeded.
 */
export async function seedDemoDesk(
  db: DeskDatabase,
  repos: DeskRepositories,
  options: { now: number },
): Promise<boolean> {
  if (!(await seedDemoIfEmpty(repos, options))) return false;
  await seedDemoConflicts(db, repos, options);
  return true;
}
