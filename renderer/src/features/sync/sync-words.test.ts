import { describe, expect, it } from 'vitest';
import type { PlatformSyncStatus, SyncStatus } from '../../../../shared/contract/sync-commands';
import { CommandError } from '../../../../shared/contract/bridge';
import { translate, type Locale } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import {
  absoluteTime,
  changesText,
  errorWords,
  leaseHolderOf,
  offlineSentence,
  platformHealth,
  platformsInTrouble,
  relativeTime,
  relayState,
  roleSentence,
  syncNowFailure,
  whenText,
} from './sync-words';

const tr = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(locale, key, params);
const en = tr('en');
const fr = tr('fr');

const now = Date.parse('2026-05-12T18:30:00Z'); // 20:30 in Paris
const zone = 'Europe/Paris';

const platform = (over: Partial<PlatformSyncStatus> = {}): PlatformSyncStatus => ({
  platform: 'thefork',
  displayName: 'TheFork',
  active: true,
  connected: true,
  mastersReservations: false,
  lastSuccessAt: now - 60_000,
  queueDepth: 0,
  nextRetryAt: null,
  lastError: null,
  ...over,
});

const status = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  running: true,
  role: 'primary',
  platforms: [platform()],
  relay: {
    configured: true,
    url: 'https://relay.example',
    tenantId: 't1',
    deviceId: 'desk-a',
    webhookBase: 'https://relay.example/hooks/t1',
    connected: true,
    lastContactAt: now - 2000,
  },
  leaseHolder: {
    deviceId: 'desk-a',
    deviceName: 'Bar',
    epoch: 3,
    expiresAt: '2026-05-12T18:31:00Z',
  },
  offline: false,
  waiting: 0,
  ...over,
});

describe('times', () => {
  it('says how long ago or how soon, in the desk language', () => {
    expect(relativeTime(now - 2000, now, 'en')).toBe('now');
    expect(relativeTime(now - 12_000, now, 'en')).toBe('12 seconds ago');
    expect(relativeTime(now - 3 * 60_000, now, 'fr')).toBe('il y a 3 minutes');
    expect(relativeTime(now + 40_000, now, 'en')).toBe('in 40 seconds');
    expect(relativeTime(now + 2 * 3_600_000, now, 'fr')).toBe('dans 2 heures');
    expect(relativeTime(now - 26 * 3_600_000, now, 'en')).toBe('yesterday');
    // Rounding never gives "60 seconds" or "60 minutes".
    expect(relativeTime(now - 59_600, now, 'fr')).toBe('il y a 1 minute');
    expect(relativeTime(now - 59 * 60_000 - 45_000, now, 'en')).toBe('1 hour ago');
    expect(relativeTime(now + 23.6 * 3_600_000, now, 'en')).toBe('tomorrow');
  });

  it('gives the exact time in the restaurant zone, with the date when it is another day', () => {
    expect(absoluteTime(now - 60_000, now, 'en', zone)).toBe('20:29:00');
    expect(absoluteTime(now - 26 * 3_600_000, now, 'fr', zone)).toBe('lun. 11 mai, 18:30');
    // The same two instants: one day in Paris, two days in Kiritimati (UTC+14).
    const earlier = now - 10 * 3_600_000;
    expect(absoluteTime(now, earlier, 'en', zone)).toBe('20:30:00');
    expect(absoluteTime(now, earlier, 'en', 'Pacific/Kiritimati')).toBe('Wed 13 May, 08:30');
    expect(whenText(now - 180_000, now, 'en', zone)).toBe('3 minutes ago (20:27:00)');
  });
});

describe('errors in words', () => {
  it('turns known codes into a sentence naming the platform, keeping the message as detail', () => {
    const error = { code: 'authentication', message: 'TheFork refused (401).', at: now };
    expect(errorWords(error, 'TheFork', en)).toEqual({
      sentence: 'TheFork refused our login. Check the credentials in Settings › Platforms.',
      detail: 'TheFork refused (401).',
    });
    expect(errorWords({ ...error, code: 'network' }, 'Zenchef', fr).sentence).toMatch(
      /^Zenchef est injoignable/,
    );
  });

  it('shows the platform message itself for an unknown code, never an empty sentence', () => {
    const error = { code: 'quota_exceeded', message: 'Monthly quota used up.', at: now };
    expect(errorWords(error, 'TheFork', en)).toEqual({
      sentence: 'Monthly quota used up.',
      detail: null,
    });
    // A code that looks like a key of another catalogue is not taken for one.
    expect(errorWords({ ...error, code: 'toString' }, 'TheFork', en).sentence).toBe(
      'Monthly quota used up.',
    );
  });
});

describe('platform health and the nav badge', () => {
  it('tells off, not connected, failing and fine apart', () => {
    expect(platformHealth(platform({ active: false, connected: false }))).toBe('off');
    expect(platformHealth(platform({ connected: false }))).toBe('disconnected');
    const error = { code: 'server', message: 'x', at: now };
    expect(platformHealth(platform({ lastError: error }))).toBe('failing');
    expect(platformHealth(platform({ lastError: error, lastSuccessAt: null }))).toBe('failing');
    // An error older than the last success is history, not a problem.
    expect(platformHealth(platform({ lastError: { ...error, at: now - 120_000 } }))).toBe('ok');
    expect(platformHealth(platform())).toBe('ok');
  });

  it('counts active platforms in trouble, and nothing while sync is stopped or unknown', () => {
    const s = status({
      platforms: [
        platform(),
        platform({ platform: 'formitable', connected: false }),
        platform({ platform: 'zenchef', active: false, connected: false }),
        platform({ platform: 'x', lastError: { code: 'network', message: 'x', at: now } }),
      ],
    });
    expect(platformsInTrouble(s)).toBe(2);
    expect(platformsInTrouble({ ...s, running: false })).toBe(0);
    expect(platformsInTrouble(null)).toBe(0);
  });
});

describe('relay, lease and role', () => {
  it('names the lease holder from this desk point of view', () => {
    expect(leaseHolderOf(status())).toEqual({ kind: 'this-desk' });
    expect(leaseHolderOf(status({ leaseHolder: null }))).toEqual({ kind: 'nobody' });
    const other = status({
      role: 'standby',
      leaseHolder: { deviceId: 'desk-b', deviceName: 'Salle', epoch: 4, expiresAt: 'x' },
    });
    expect(leaseHolderOf(other)).toEqual({ kind: 'other', name: 'Salle', deviceId: 'desk-b' });
    expect(roleSentence(other, en)).toMatch(/^Salle talks to the platforms/);
    // Without a device id of our own (not enrolled), a holder is never "this desk".
    const unenrolled = status({ relay: { ...status().relay, deviceId: null } });
    expect(leaseHolderOf(unenrolled).kind).toBe('other');
    const blank = status({
      leaseHolder: { deviceId: 'desk-c', deviceName: '  ', epoch: 1, expiresAt: 'x' },
    });
    expect(leaseHolderOf(blank)).toMatchObject({ name: 'desk-c' });
  });

  it('explains every role in both languages', () => {
    for (const role of ['off', 'standalone', 'primary', 'standby', 'unknown'] as const) {
      for (const t of [en, fr]) {
        const sentence = roleSentence(status({ role, leaseHolder: null }), t);
        expect(sentence.length).toBeGreaterThan(20);
        expect(sentence).not.toContain('{');
      }
    }
  });

  it('reads the relay connection', () => {
    const relay = status().relay;
    expect(relayState(status())).toBe('connected');
    expect(relayState(status({ relay: { ...relay, connected: false } }))).toBe('disconnected');
    expect(relayState(status({ relay: { ...relay, connected: null } }))).toBe('unknown');
    expect(relayState(status({ relay: { ...relay, configured: false } }))).toBe('not-configured');
  });
});

describe('counts in words', () => {
  it('writes the offline banner with the waiting count, singular and plural', () => {
    expect(offlineSentence(3, 'en', en)).toBe(
      'Offline: 3 changes waiting, they will be sent when the connection comes back.',
    );
    expect(offlineSentence(1, 'en', en)).toMatch(/^Offline: 1 change waiting, it will/);
    expect(offlineSentence(1, 'fr', fr)).toMatch(/^Hors ligne : 1 modification en attente, elle/);
    expect(offlineSentence(1200, 'fr', fr)).toMatch(/1\u202f200 modifications en attente, elles/);
    expect(offlineSentence(0, 'en', en)).toMatch(/keeps working/);
    expect(offlineSentence(-1, 'fr', fr)).toMatch(/continue de fonctionner/);
  });

  it('counts changes with French plural rules (0 and 1 are singular)', () => {
    expect(changesText(0, 'fr', fr)).toBe('0 modification');
    expect(changesText(2, 'fr', fr)).toBe('2 modifications');
    expect(changesText(0, 'en', en)).toBe('0 changes');
    expect(changesText(1, 'en', en)).toBe('1 change');
  });
});

describe('sync now', () => {
  it('tells a missing answer apart from a refusal', () => {
    const late = new CommandError({ code: 'unavailable', message: 'The desk did not answer.' });
    expect(syncNowFailure(late)).toEqual({ kind: 'no-answer' });
    const refused = new CommandError({ code: 'internal', message: 'sync is not wired' });
    expect(syncNowFailure(refused)).toEqual({ kind: 'failed', message: 'sync is not wired' });
    expect(syncNowFailure('boom')).toEqual({ kind: 'failed', message: 'boom' });
  });
});
