import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { refusalText, shortName, stateShort, tableName } from './floor-labels';
import type { TableReservation } from './table-state';

const en = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);
const fr = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('fr', key, params);
const time = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const table = { label: '12', seatsMax: 4 };
const guest: TableReservation = {
  id: 'r',
  guestName: 'Jeanne Dupont',
  partySize: 4,
  startsAt: Date.UTC(2026, 10, 20, 20, 30),
  durationMinutes: 90,
  status: 'seated',
  tableIds: ['t'],
  source: 'phone',
};

describe('tableName', () => {
  it('says table, seats and state in words', () => {
    expect(tableName(en, time, table, { kind: 'free' })).toBe('Table 12, 4 seats, free');
    expect(tableName(en, time, table, { kind: 'seated', seated: guest, elapsedMinutes: 42 })).toBe(
      'Table 12, 4 seats, seated 42 min, Jeanne Dupont, 4 people',
    );
    expect(
      tableName(en, time, table, {
        kind: 'over',
        seated: guest,
        elapsedMinutes: 102,
        overMinutes: 12,
      }),
    ).toBe('Table 12, 4 seats, over time by 12 min, seated 102 min, Jeanne Dupont');
    expect(tableName(en, time, table, { kind: 'soon', next: guest, nextInMinutes: 20 })).toBe(
      'Table 12, 4 seats, reserved at 20:30 for Jeanne Dupont, 4 people',
    );
    expect(tableName(en, time, table, { kind: 'soon', next: guest, nextInMinutes: -7 })).toContain(
      'late 7 min',
    );
    expect(tableName(en, time, table, { kind: 'blocked', blockedReason: 'Leg' })).toBe(
      'Table 12, 4 seats, blocked: Leg',
    );
  });

  it('speaks French', () => {
    expect(tableName(fr, time, table, { kind: 'free' })).toBe('Table 12, 4 places, libre');
  });
});

describe('stateShort and shortName', () => {
  it('draws a short line per state', () => {
    expect(stateShort(en, time, { kind: 'free' })).toBe('FREE');
    expect(stateShort(en, time, { kind: 'soon', next: guest, nextInMinutes: 5 })).toBe(
      '20:30 Dupont',
    );
    expect(stateShort(en, time, { kind: 'over', overMinutes: 3 })).toBe('+3 min');
  });

  it('keeps the family name and cuts long ones', () => {
    expect(shortName('  Jean-Pierre   Dupont ')).toBe('Dupont');
    expect(shortName('Wolfeschlegelsteinhausen')).toBe('Wolfeschleg…');
    expect(shortName('')).toBe('');
  });
});

describe('refusalText', () => {
  it('names the party, the table and the limit', () => {
    expect(
      refusalText(en, time, { reason: 'too_big', seats: 2 }, { name: 'Martin', partySize: 6 }, '3'),
    ).toBe('Cannot assign Martin: 6 people do not fit table 3 (2 seats at most).');
    expect(
      refusalText(
        en,
        time,
        {
          reason: 'taken',
          table: {
            id: 't',
            label: '3',
            seatsMin: 1,
            seatsMax: 2,
            blocked: false,
            combinableWith: [],
          },
          by: guest,
        },
        { name: 'Martin', partySize: 1 },
        '3',
      ),
    ).toBe('Cannot assign Martin: table 3 is taken by Jeanne Dupont at 20:30.');
  });
});

describe('stateShort on small tables', () => {
  it('drops the name, then shortens the words, when the line would not fit', () => {
    expect(stateShort(en, time, { kind: 'soon', next: guest, nextInMinutes: 5 }, 8)).toBe('20:30');
    expect(stateShort(en, time, { kind: 'soon', next: guest, nextInMinutes: -15 }, 8)).toBe(
      'LATE 15′',
    );
    expect(stateShort(fr, time, { kind: 'soon', next: guest, nextInMinutes: -15 }, 40)).toBe(
      'RETARD 15 min',
    );
  });
});

describe('stateShort compact minutes', () => {
  it('writes minutes with a prime when the words do not fit', () => {
    expect(stateShort(en, time, { kind: 'seated', elapsedMinutes: 120 }, 5)).toBe('120′');
    expect(stateShort(en, time, { kind: 'over', overMinutes: 15 }, 5)).toBe('+15′');
    expect(stateShort(en, time, { kind: 'over', overMinutes: 15 }, 20)).toBe('+15 min');
  });
});
