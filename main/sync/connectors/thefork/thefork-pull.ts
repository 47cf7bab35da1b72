import { NotFoundError, UnexpectedResponseError } from '../../http/platform-errors';
import type { PlatformHttp } from '../../http/platform-http';
import { mapLimit } from '../map-limit';
import type { NeutralReservation } from '../neutral/neutral-reservation';
import type { PullCursor, PullFailure, PullResult } from '../platform-connector';
import { TheForkIdPage } from './thefork-wire';

export interface TheForkPullOptions {
  /** Ids per list call (TheFork allows up to 10 000). */
  readonly listPageSize: number;
  /** Reservations fetched per pull; the rest is resumed by the next call. */
  readonly maxFetchPerPull: number;
  readonly fetchConcurrency: number;
  /** Ids re-fetched before the resume offset, in case the listing shifted meanwhile. */
  readonly resumeOverlap: number;
  /** `since` of the next pull is this much before the pull began (clock skew). */
  readonly sinceMarginMs: number;
}

export const DEFAULT_THEFORK_PULL: TheForkPullOptions = {
  listPageSize: 1000,
  maxFetchPerPull: 200,
  fetchConcurrency: 4,
  resumeOverlap: 20,
  sinceMarginMs: 5 * 60_000,
};

/** Listing pages are bounded too: 50 x 1000 ids is far beyond any restaurant's day. */
const MAX_LIST_PAGES = 50;

const utcDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

interface PullDeps {
  readonly http: PlatformHttp;
  readonly restaurantUuid: string;
  readonly now: () => number;
  readonly options: TheForkPullOptions;
  readonly fetchOne: (externalId: string) => Promise<NeutralReservation>;
}

/** Ids of reservations updated in [since's UTC day, until] (whole days, both included). */
async function listUpdatedIds(deps: PullDeps, startDate: string, until: string): Promise<string[]> {
  const ids = new Set<string>();
  for (let page = 1; page <= MAX_LIST_PAGES; page++) {
    const answer = await deps.http.json(
      {
        method: 'GET',
        path: '/v1/reservations',
        operation: 'GET /v1/reservations',
        query: {
          restaurantUuid: deps.restaurantUuid,
          startDate,
          endDate: until,
          filterBy: 'updatedDate',
          limit: deps.options.listPageSize,
          page,
        },
      },
      TheForkIdPage,
    );
    for (const id of answer.data) ids.add(id.toLowerCase());
    const seen = page * deps.options.listPageSize;
    if (answer.data.length === 0 || seen >= answer.totalCount) break;
  }
  return [...ids];
}

/**
 * TheFork pull: list the ids updated since the cursor's UTC day (paged), then fetch each one. A
 * record TheFork sends malformed, or no longer has, becomes a failure of its own; anything that
 * says the platform is unwell (network, 5xx, 429, circuit open, auth) stops the pull, which is
 * then retried with the same cursor.
 */
export async function pullTheFork(cursor: PullCursor, deps: PullDeps): Promise<PullResult> {
  const startedAt = cursor.resume?.startedAt ?? deps.now();
  const since = cursor.since;
  const until = cursor.resume?.until ?? utcDate(deps.now());
  // A cursor ahead of our clock (skew, a restored backup) still lists today.
  const startDate = utcDate(since) > until ? until : utcDate(since);
  const ids = await listUpdatedIds(deps, startDate, until);
  const offset = Math.min(cursor.resume?.offset ?? 0, ids.length);
  const from = Math.max(0, offset - (cursor.resume ? deps.options.resumeOverlap : 0));
  const end = offset + deps.options.maxFetchPerPull;
  const batch = ids.slice(from, end);
  const reservations: NeutralReservation[] = [];
  const failures: PullFailure[] = [];
  await mapLimit(batch, deps.options.fetchConcurrency, async (id) => {
    try {
      reservations.push(await deps.fetchOne(id));
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof UnexpectedResponseError))
        throw error;
      failures.push({ externalId: id, error });
    }
  });
  const hasMore = end < ids.length;
  const next: PullCursor = hasMore
    ? { since, resume: { until, offset: end, startedAt } }
    : { since: Math.max(0, startedAt - deps.options.sinceMarginMs) };
  return {
    reservations,
    failures,
    next,
    hasMore,
    coverage: { kind: 'updated_since', since, until },
  };
}
