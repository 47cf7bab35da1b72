import type { JsonValue } from '../../../shared/domain/json-value';
import type { StoredError } from '../../../shared/domain/primitives';
import type { SyncLog } from '../../../shared/domain/sync-log';
import type { NewSyncLog, SyncRepository } from '../../../shared/store/sync-repository';
import type { Logger } from '../../ports';
import { isPlatformError } from '../http/platform-errors';
import type { NeutralReservation } from '../connectors/neutral/neutral-reservation';
import type { EngineClock } from './engine-ports';
import type { SyncView } from './sync-view';

const SLUG = /^[a-z][a-z0-9_]*$/;

/** An error as a person reads it in the sync log: a stable code and the sentence. */
export function storedError(error: unknown, at: number): StoredError {
  if (isPlatformError(error)) {
    return { code: error.code, message: error.message.slice(0, 2000) || error.code, at };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error ? error.name.toLowerCase().replace(/[^a-z0-9_]/g, '_') : '';
  return {
    code: SLUG.test(code) ? code.slice(0, 32) : 'internal',
    message: (message || 'an unexpected error').slice(0, 2000),
    at,
  };
}

/** What was exchanged, without guest contact details or anything secret. */
export function viewSummary(view: SyncView): JsonValue {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(view)) {
    if (key === 'email' || key === 'phone') out[key] = '(changed)';
    else if (key === 'startsAt' && typeof value === 'number')
      out[key] = new Date(value).toISOString();
    else if (key === 'guestName' || key === 'notes') out[key] = '(text)';
    else out[key] = value;
  }
  return out;
}

export function reservationSummary(n: NeutralReservation): JsonValue {
  return {
    externalId: n.externalId,
    status: n.status,
    platformStatus: n.platformStatus,
    startsAt: new Date(n.startsAt).toISOString(),
    partySize: n.partySize,
  };
}

export interface LogWriter {
  /** Appends one entry; a failure to log is reported to the logger, never thrown. */
  write(entry: Omit<NewSyncLog, 'retryCount'> & { retryCount?: number }): Promise<void>;
  /** Times `task` and logs it as succeeded or failed (the error is rethrown). */
  step<T>(
    entry: Omit<NewSyncLog, 'retryCount' | 'at' | 'status'>,
    task: () => Promise<T>,
    summarize?: (value: T) => JsonValue | undefined,
  ): Promise<T>;
}

export function createLogWriter(
  sync: SyncRepository,
  clock: EngineClock,
  logger: Logger,
): LogWriter {
  const write: LogWriter['write'] = async (entry) => {
    try {
      await sync.appendLog({ retryCount: 0, ...entry });
    } catch (error) {
      logger.error('could not write a sync log entry', {
        action: entry.action,
        platform: entry.platform,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return {
    write,
    async step(entry, task, summarize) {
      const at = clock.now();
      try {
        const value = await task();
        const response = summarize?.(value);
        await write({
          ...entry,
          status: 'succeeded',
          at,
          durationMs: Math.max(0, clock.now() - at),
          ...(response === undefined ? {} : { responsePayload: response }),
        });
        return value;
      } catch (error) {
        await write({
          ...entry,
          status: 'failed',
          at,
          durationMs: Math.max(0, clock.now() - at),
          error: storedError(error, clock.now()),
        });
        throw error;
      }
    },
  };
}

export type JobPayload = Pick<SyncLog, 'requestPayload' | 'responsePayload'>;
