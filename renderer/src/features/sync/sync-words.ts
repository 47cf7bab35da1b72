import { isPlatformErrorCode } from '../../../../shared/domain/platform-error-codes';
import { CommandError } from '../../../../shared/contract/bridge';
import type { PlatformSyncStatus, SyncStatus } from '../../../../shared/contract/sync-commands';
import type { StoredError } from '../../../../shared/domain/primitives';
import type { Locale } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { intlTag } from '../inbox/field-words';

/**
 * The Sync screen in words: times relative and absolute, errors as sentences a host can act on,
 * the desk's role and the lease holder. Pure functions, no React.
 */

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "12 seconds ago", "in 3 minutes", "now" (French: "il y a 12 secondes", "dans 3 minutes"). */
export function relativeTime(ms: number, now: number, locale: Locale): string {
  const diff = ms - now;
  const format = new Intl.RelativeTimeFormat(intlTag(locale), { numeric: 'auto' });
  if (Math.abs(diff) < 5 * SECOND) return format.format(0, 'second');
  // Rounded first, so 59.6 s reads "1 minute", never "60 seconds".
  const seconds = Math.round(diff / SECOND);
  if (Math.abs(seconds) < 60) return format.format(seconds, 'second');
  const minutes = Math.round(diff / MINUTE);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(diff / HOUR);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}

function localDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(ms));
}

/** "20:14:05" on the same day in the restaurant's zone, "Tue 12 May, 20:14" otherwise. */
export function absoluteTime(ms: number, now: number, locale: Locale, timeZone: string): string {
  const sameDay = localDate(ms, timeZone) === localDate(now, timeZone);
  return new Intl.DateTimeFormat(intlTag(locale), {
    ...(sameDay ? {} : { weekday: 'short', day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? { second: '2-digit' } : {}),
    timeZone,
  }).format(new Date(ms));
}

/** "3 minutes ago (20:14:05)": what a host reads first, then the exact time. */
export function whenText(ms: number, now: number, locale: Locale, timeZone: string): string {
  return `${relativeTime(ms, now, locale)} (${absoluteTime(ms, now, locale, timeZone)})`;
}

/**
 * A stored error as a host reads it: a sentence in the desk's language for the codes the sync
 * engine uses, the platform's own message for the rest. `detail` is the message as stored, for
 * support (shown apart), or null when the sentence already is that message.
 */
export function errorWords(
  error: StoredError,
  platform: string,
  t: Translate,
): { sentence: string; detail: string | null } {
  if (isPlatformErrorCode(error.code)) {
    return {
      sentence: t(`sync.error.${error.code}` as MessageKey, { platform }),
      detail: error.message,
    };
  }
  return { sentence: error.message, detail: null };
}

export type PlatformHealth = 'off' | 'disconnected' | 'failing' | 'ok';

/**
 * How a platform is doing: off (disconnected by the manager), disconnected (no connector, or
 * calls paused), failing (its last error is newer than its last success), ok.
 */
export function platformHealth(p: PlatformSyncStatus): PlatformHealth {
  if (!p.active) return 'off';
  if (!p.connected) return 'disconnected';
  if (p.lastError !== null && (p.lastSuccessAt === null || p.lastError.at >= p.lastSuccessAt)) {
    return 'failing';
  }
  return 'ok';
}

/** The nav badge: active platforms in trouble while sync runs (a stopped sync is said apart). */
export function platformsInTrouble(status: SyncStatus | null): number {
  if (status === null || !status.running) return 0;
  return status.platforms.filter((p) => {
    const health = platformHealth(p);
    return health === 'disconnected' || health === 'failing';
  }).length;
}

export type LeaseHolder =
  { kind: 'nobody' } | { kind: 'this-desk' } | { kind: 'other'; name: string; deviceId: string };

/** Who talks to the platforms, as seen from this desk. */
export function leaseHolderOf(status: SyncStatus): LeaseHolder {
  const holder = status.leaseHolder;
  if (holder === null) return { kind: 'nobody' };
  if (status.relay.deviceId !== null && holder.deviceId === status.relay.deviceId) {
    return { kind: 'this-desk' };
  }
  return {
    kind: 'other',
    name: holder.deviceName.trim() === '' ? holder.deviceId : holder.deviceName,
    deviceId: holder.deviceId,
  };
}

/** The role in a sentence (standby names the desk that talks to the platforms). */
export function roleSentence(status: SyncStatus, t: Translate): string {
  if (status.role === 'standby') {
    const holder = leaseHolderOf(status);
    return holder.kind === 'other'
      ? t('sync.role.standby.named', { desk: holder.name })
      : t('sync.role.standby');
  }
  return t(`sync.role.${status.role}`);
}

export type RelayState = 'not-configured' | 'connected' | 'disconnected' | 'unknown';

export function relayState(status: SyncStatus): RelayState {
  if (!status.relay.configured) return 'not-configured';
  if (status.relay.connected === null) return 'unknown';
  return status.relay.connected ? 'connected' : 'disconnected';
}

/** "1 change", "3 changes" (French: "0 modification", "1 modification", "2 modifications"). */
export function changesText(count: number, locale: Locale, t: Translate): string {
  const one = new Intl.PluralRules(intlTag(locale)).select(count) === 'one';
  const n = new Intl.NumberFormat(intlTag(locale)).format(count);
  return t(one ? 'sync.changes.one' : 'sync.changes.other', { count: n });
}

/** The offline banner's sentence: what is waiting, and that it leaves on its own. */
export function offlineSentence(waiting: number, locale: Locale, t: Translate): string {
  if (waiting <= 0) return t('sync.offline.none');
  const one = new Intl.PluralRules(intlTag(locale)).select(waiting) === 'one';
  const count = new Intl.NumberFormat(intlTag(locale)).format(waiting);
  return t(one ? 'sync.offline.one' : 'sync.offline.other', { count });
}

function isKey(key: string, keys: Readonly<Record<string, string>>): key is MessageKey {
  return Object.hasOwn(keys, key);
}

/** A log action in words ("Cancellation" for cancel); an action not in the catalogue keeps its name. */
export function actionWords(
  action: string,
  t: Translate,
  keys: Readonly<Record<string, string>>,
): string {
  const key = `sync.action.${action}`;
  return isKey(key, keys) ? t(key) : action.replace(/_/g, ' ');
}

/**
 * Why "Sync now" did not finish: no answer in time (the bridge gave up waiting, the desk may
 * still be working on it) or a refusal or failure, with the desk's message.
 */
export function syncNowFailure(
  error: unknown,
): { kind: 'no-answer' } | { kind: 'failed'; message: string } {
  if (error instanceof CommandError && error.code === 'unavailable') return { kind: 'no-answer' };
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}
