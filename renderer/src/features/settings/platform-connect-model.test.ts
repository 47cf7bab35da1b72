import { describe, expect, it } from 'vitest';
import type { PlatformSummary } from '../../../../shared/contract/platform-commands';
import {
  checkDraft,
  draftFor,
  durationWords,
  isConnectable,
  isConnected,
  pollChoices,
  webhookUrl,
} from './platform-connect-model';

const summary = (over: Partial<PlatformSummary> = {}): PlatformSummary => ({
  platform: 'thefork',
  displayName: 'TheFork',
  restaurantId: 'rest-1',
  active: true,
  masterFor: ['reservation', 'dining_table'],
  pollIntervalSeconds: 45,
  maskedCredentials: { clientId: 'ab••••••yz', clientSecret: '••••' },
  ...over,
});

describe('the connect draft', () => {
  it('asks each platform for what its connector needs, secrets always empty', () => {
    expect(draftFor('thefork')).toEqual({
      restaurantId: '',
      credentials: { clientId: '', clientSecret: '' },
      masterFor: [],
      pollIntervalSeconds: 300,
    });
    expect(draftFor('formitable').credentials).toEqual({ apiKey: '' });
    // Changing a connection starts from it, minus the secrets and what cannot be mastered here.
    expect(draftFor('thefork', summary())).toEqual({
      restaurantId: 'rest-1',
      credentials: { clientId: '', clientSecret: '' },
      masterFor: ['reservation'],
      pollIntervalSeconds: 45,
    });
  });

  it('builds the request main accepts, trimming what was pasted', () => {
    const check = checkDraft('thefork', {
      restaurantId: '  3f1c-uuid \n',
      credentials: { clientId: ' id ', clientSecret: 'secret ' },
      masterFor: ['reservation', 'reservation'],
      pollIntervalSeconds: 60,
    });
    expect(check).toEqual({
      ok: true,
      request: {
        platform: 'thefork',
        restaurantId: '3f1c-uuid',
        credentials: { clientId: 'id', clientSecret: 'secret' },
        masterFor: ['reservation'],
        pollIntervalSeconds: 60,
      },
    });
  });

  it('says what is missing or wrong, field by field, and sends nothing', () => {
    const check = checkDraft('formitable', {
      restaurantId: '   ',
      credentials: { apiKey: 'short' },
      masterFor: [],
      pollIntervalSeconds: 5,
    });
    expect(check).toEqual({
      ok: false,
      issues: {
        restaurantId: { key: 'required' },
        'credential.apiKey': { key: 'tooShort', params: { min: 8 } },
        poll: { key: 'poll' },
      },
    });
    const missing = checkDraft('thefork', {
      restaurantId: 'r',
      credentials: {},
      masterFor: [],
      pollIntervalSeconds: 300,
    });
    expect(missing.ok ? [] : Object.keys(missing.issues)).toEqual([
      'credential.clientId',
      'credential.clientSecret',
    ]);
  });

  it('refuses oversized input before it reaches main', () => {
    const check = checkDraft('thefork', {
      restaurantId: 'x'.repeat(129),
      credentials: { clientId: 'id', clientSecret: 's'.repeat(5000) },
      masterFor: [],
      pollIntervalSeconds: Number.NaN,
    });
    expect(check.ok ? {} : check.issues).toEqual({
      restaurantId: { key: 'tooLong', params: { max: 128 } },
      'credential.clientSecret': { key: 'tooLong', params: { max: 2048 } },
      poll: { key: 'poll' },
    });
  });
});

describe('what is shown around the form', () => {
  it('knows which platforms can be connected from the desk', () => {
    expect(isConnectable('thefork')).toBe(true);
    expect(isConnectable('formitable')).toBe(true);
    expect(isConnectable('zenchef')).toBe(false);
    expect(isConnectable('__proto__')).toBe(false);
  });

  it('is connected only when active with credentials saved', () => {
    expect(isConnected(summary())).toBe(true);
    expect(isConnected(summary({ active: false }))).toBe(false);
    expect(isConnected(summary({ maskedCredentials: {} }))).toBe(false);
    expect(isConnected(undefined)).toBe(false);
  });

  it('offers the presets plus the current interval, in order', () => {
    expect(pollChoices(300)).toEqual([15, 30, 60, 120, 300, 600, 900, 1800, 3600]);
    expect(pollChoices(45)).toEqual([15, 30, 45, 60, 120, 300, 600, 900, 1800, 3600]);
    expect(pollChoices(7)).not.toContain(7);
  });

  it('says intervals in words', () => {
    expect(durationWords(30, 'en')).toBe('30 seconds');
    expect(durationWords(300, 'fr')).toBe('5 minutes');
    expect(durationWords(3600, 'en')).toBe('1 hour');
    expect(durationWords(90, 'en')).toBe('90 seconds');
  });

  it('builds the webhook address, or none without a relay', () => {
    expect(webhookUrl('https://relay.example/hooks/t1', 'thefork')).toBe(
      'https://relay.example/hooks/t1/thefork',
    );
    expect(webhookUrl('https://relay.example/hooks/t1//', 'formitable')).toBe(
      'https://relay.example/hooks/t1/formitable',
    );
    expect(webhookUrl(null, 'thefork')).toBeNull();
    expect(webhookUrl('  ', 'thefork')).toBeNull();
    expect(webhookUrl('https://r/hooks/t', 'a/b')).toBe('https://r/hooks/t/a%2Fb');
  });
});
