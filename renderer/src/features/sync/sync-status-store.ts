import { create } from 'zustand';
import type { SyncStatus } from '../../../../shared/contract/sync-commands';
import type { CouvertApi } from '../../../../shared/contract/bridge';
import { NO_FILTERS, type LogFilters } from './sync-log-filter';

/** Why the last `sync:status` call failed, as the desk said it. */
export interface StatusProblem {
  readonly code: string;
  readonly message: string;
}

interface SyncState {
  /** The last status the desk gave; kept (and marked stale) when a later call fails. */
  status: SyncStatus | null;
  /** When `status` was received (epoch ms). */
  receivedAt: number | null;
  /** The last call's failure, null when it answered. */
  problem: StatusProblem | null;
  /** When the desk last came back online (offline, then not), for a short "back online". */
  backOnlineAt: number | null;
  inFlight: boolean;
  /** The log's filters and how many rows are on display. */
  filters: LogFilters;
  shown: number;
  setFilters: (filters: Partial<LogFilters>) => void;
  clearFilters: () => void;
  showMore: (by: number) => void;
}

/**
 * The sync status shared by the offline banner, the nav badge, the Sync screen and Settings ›
 * Platforms (one poller fills it: use-sync-status-poll.ts), and the log's filter state.
 */
export const useSyncStore = create<SyncState>((set) => ({
  status: null,
  receivedAt: null,
  problem: null,
  backOnlineAt: null,
  inFlight: false,
  filters: NO_FILTERS,
  shown: 0,
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters }, shown: 0 })),
  clearFilters: () => set({ filters: NO_FILTERS, shown: 0 }),
  showMore: (by) => set((s) => ({ shown: s.shown + by })),
}));

function problemOf(error: unknown): StatusProblem {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'internal', message: error.message };
  }
  return { code: 'internal', message: String(error) };
}

/**
 * Asks the desk for the sync status once; a call already under way is not doubled. Failures are
 * kept in the store (the screen says them), never thrown.
 */
export async function refreshSyncStatus(api: CouvertApi, now: () => number): Promise<void> {
  if (useSyncStore.getState().inFlight) return;
  useSyncStore.setState({ inFlight: true });
  try {
    const status = await api.syncStatus({});
    const at = now();
    const before = useSyncStore.getState().status;
    const back = before?.offline === true && !status.offline;
    useSyncStore.setState((s) => ({
      status,
      receivedAt: at,
      problem: null,
      backOnlineAt: back ? at : status.offline ? null : s.backOnlineAt,
    }));
  } catch (error) {
    useSyncStore.setState({ problem: problemOf(error) });
  } finally {
    useSyncStore.setState({ inFlight: false });
  }
}
