/** The store's view of time (main passes its Clock port; the renderer its own). */
export interface Clock {
  now: () => Date;
}

/** A read-only view of a stored document, as RxDB hands it out (frozen in dev-mode). */
export type Snapshot<T> = T extends (infer R)[]
  ? readonly Snapshot<R>[]
  : T extends object
    ? { readonly [K in keyof T]: Snapshot<T[K]> }
    : T;

export interface StoreDeps {
  readonly clock: Clock;
  /** New document ids; UUIDs in the app, predictable ones in tests. */
  readonly newId: () => string;
}

export function systemStoreDeps(clock: Clock): StoreDeps {
  return { clock, newId: () => crypto.randomUUID() };
}
