/** Sets every defined field of `patch` on `target` (null included); true when something changed. */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): boolean {
  let changed = false;
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value === undefined) continue;
    if (JSON.stringify(target[key]) !== JSON.stringify(value)) {
      target[key] = value;
      changed = true;
    }
  }
  return changed;
}
