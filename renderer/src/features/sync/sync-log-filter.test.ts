import { describe, expect, it } from 'vitest';
import type { SyncLog } from '../../../../shared/domain/sync-log';
import type { Snapshot } from '../../../../shared/store/store-deps';
import {
  fold,
  isFiltered,
  LOG_PAGE,
  LOG_WINDOW,
  logMatches,
  logQueryOf,
  NO_FILTERS,
  pageOf,
  parseDirection,
  parseStatus,
} from './sync-log-filter';

const entry = (over: Partial<SyncLog> = {}): Snapshot<SyncLog> => ({
  id: 'l1',
  platform: 'thefork',
  direction: 'outbound',
  action: 'update',
  status: 'failed',
  entityType: 'reservation',
  entityId: 'res-42',
  externalId: 'TF-9981',
  retryCount: 2,
  error: { code: 'network', message: 'Could not reach TheFork (timeout).', at: 1 },
  at: 1,
  updatedAt: 1,
  ...over,
});

describe('the store query of the log filters', () => {
  it('sends platform, direction and status to the store, never the text', () => {
    expect(logQueryOf(NO_FILTERS)).toEqual({ sinceMs: 0, limit: LOG_WINDOW });
    expect(
      logQueryOf({ platform: 'thefork', direction: 'inbound', status: 'parked', text: 'x' }),
    ).toEqual({
      sinceMs: 0,
      limit: LOG_WINDOW,
      platform: 'thefork',
      direction: 'inbound',
      status: 'parked',
    });
  });

  it('reads select values back, and anything unknown means all', () => {
    expect(parseDirection('inbound')).toBe('inbound');
    expect(parseDirection('sideways')).toBe('');
    expect(parseStatus('retry_scheduled')).toBe('retry_scheduled');
    expect(parseStatus('"; drop')).toBe('');
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, text: '   ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, status: 'failed' })).toBe(true);
  });
});

describe('text search in the log', () => {
  it('folds case, accents and spaces', () => {
    expect(fold('  Émilie   DUPONT ')).toBe('emilie dupont');
  });

  it('matches ids, actions and the error message, every word required', () => {
    expect(logMatches(entry(), '')).toBe(true);
    expect(logMatches(entry(), 'tf-9981')).toBe(true);
    expect(logMatches(entry(), 'RES-42 timeout')).toBe(true);
    expect(logMatches(entry(), 'res-42 webhook')).toBe(false);
    expect(logMatches(entry({ error: undefined }), 'timeout')).toBe(false);
  });

  it('also matches the words the screen shows, in the desk language', () => {
    expect(logMatches(entry(), 'échec')).toBe(false);
    expect(logMatches(entry(), 'echec', ['Échec', 'Envoyé'])).toBe(true);
  });

  it('treats regex-like and hostile text as plain text', () => {
    expect(logMatches(entry(), '.*')).toBe(false);
    expect(logMatches(entry({ externalId: 'a.*b' }), '.*')).toBe(true);
    expect(logMatches(entry(), '(((')).toBe(false);
  });
});

describe('pages of the log', () => {
  const rows = Array.from({ length: 120 }, (_, i) => i);

  it('shows a page at least, and says when older entries remain', () => {
    expect(pageOf(rows, 0)).toMatchObject({ more: true, total: 120 });
    expect(pageOf(rows, 0).rows).toHaveLength(LOG_PAGE);
    expect(pageOf(rows, 100).rows).toHaveLength(100);
    expect(pageOf(rows, 150)).toMatchObject({ more: false, total: 120 });
    expect(pageOf([], 50)).toEqual({ rows: [], more: false, total: 0 });
  });
});
