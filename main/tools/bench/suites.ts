import type { BenchSuite } from './bench-types';

/**
 * Every benchmark suite, by name. Suites live next to the code they measure and are loaded only
 * when run. Add a line here when an issue adds a suite.
 */
export const SUITES: Record<string, () => Promise<BenchSuite>> = {
  bridge: async () => (await import('../../browser-host/bridge.bench')).bridgeBench,
  'book-model': async () =>
    (await import('../../../renderer/src/features/book/book.bench')).bookBench,
  desk: async () => (await import('../../../e2e/bench/desk.bench')).deskBench,
  'live-query': async () => (await import('../../desk/live-query.bench')).liveQueryBench,
  relay: async () => (await import('../../../relay/relay.bench')).relayBench,
  storage: async () => (await import('../../storage/storage.bench')).storageBench,
  sync: async () => (await import('../../sync/engine/sync.bench')).syncBench,
};
