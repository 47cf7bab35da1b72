import { z } from 'zod';
import { describeIssues } from '../../http/describe-issues';
import { UnexpectedResponseError, type PlatformErrorContext } from '../../http/platform-errors';
import type { PlatformHttp } from '../../http/platform-http';
import type { NeutralReservation } from '../neutral/neutral-reservation';
import type { PullFailure, PullResult } from '../platform-connector';
import { FormitableBooking } from './formitable-wire';

/** The documented maximum of `days` in `GET /{r}/booking/{from}/{days}`. */
export const MAX_WINDOW_DAYS = 31;
const MAX_BOOKINGS_PER_WINDOW = 5000;

export interface WindowPullDeps {
  readonly http: PlatformHttp;
  readonly restaurantPath: (rest: string) => string;
  /** Restaurant-local today (Formitable refuses a window starting in the past). */
  readonly from: string;
  readonly horizonDays: number;
  readonly startedAt: number;
  readonly addDays: (date: string, days: number) => string;
  readonly map: (booking: FormitableBooking, raw: unknown) => Promise<NeutralReservation>;
  readonly context: (operation: string) => PlatformErrorContext;
}

const uidOf = (item: unknown): string | undefined => {
  if (typeof item !== 'object' || item === null || !('uid' in item)) return undefined;
  const uid = item.uid;
  return typeof uid === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(uid) ? uid : undefined;
};

/**
 * Formitable has no "changed since": the desk polls the booking window from today and the engine
 * diffs. Each booking is validated on its own, so one odd record is a failure, not a lost pull.
 */
export async function pullFormitableWindow(deps: WindowPullDeps): Promise<PullResult> {
  // Keyed by uid: a booking moved between two window calls is reported once.
  const reservations = new Map<string, NeutralReservation>();
  const failures: PullFailure[] = [];
  const horizon = Math.max(1, Math.min(366, Math.floor(deps.horizonDays)));
  for (let offset = 0; offset < horizon; offset += MAX_WINDOW_DAYS) {
    const start = deps.addDays(deps.from, offset);
    const days = Math.min(MAX_WINDOW_DAYS, horizon - offset);
    const items = await deps.http.json(
      {
        method: 'GET',
        path: deps.restaurantPath(`booking/${start}/${days}`),
        operation: 'GET /{r}/booking/{from}/{days}',
      },
      z.array(z.unknown()).max(MAX_BOOKINGS_PER_WINDOW),
    );
    for (const item of items) {
      const externalId = uidOf(item);
      const parsed = FormitableBooking.safeParse(item);
      try {
        if (!parsed.success) {
          throw new UnexpectedResponseError(
            deps.context('pull bookings'),
            `a booking in the window: ${describeIssues(parsed.error.issues)}`,
          );
        }
        const neutral = await deps.map(parsed.data, item);
        reservations.set(neutral.externalId, neutral);
      } catch (error) {
        if (!(error instanceof UnexpectedResponseError)) throw error;
        failures.push(externalId === undefined ? { error } : { externalId, error });
      }
    }
  }
  return {
    reservations: [...reservations.values()],
    failures,
    next: { since: deps.startedAt },
    hasMore: false,
    coverage: { kind: 'window', from: deps.from, days: horizon },
  };
}
