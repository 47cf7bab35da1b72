import { describe, expect, it } from 'vitest';
import { readReservationForm, splitList, type ReservationFormValues } from './reservation-form';

const base: ReservationFormValues = {
  guestName: '  Jean Dupont ',
  phone: '06 12 34 56 78',
  email: '',
  partySize: '4',
  date: '2026-03-29',
  time: '20:30',
  durationMinutes: '90',
  notes: '',
  allergies: 'peanuts, shellfish;; ',
  occasion: '',
  source: 'phone',
  tableIds: [],
};

describe('reservation form', () => {
  it('reads the fields, the time in the restaurant zone on a DST day', () => {
    const result = readReservationForm(base, 'Europe/Paris');
    expect(result).toEqual({
      ok: true,
      value: {
        guestName: 'Jean Dupont',
        phone: '06 12 34 56 78',
        partySize: 4,
        startsAt: Date.parse('2026-03-29T18:30:00Z'),
        durationMinutes: 90,
        allergies: ['peanuts', 'shellfish'],
        source: 'phone',
        tableIds: [],
      },
    });
  });

  it('names every wrong field at once', () => {
    const result = readReservationForm(
      {
        ...base,
        guestName: '   ',
        phone: 'call me',
        email: 'nope@',
        partySize: '2.5',
        date: '2026-02-30',
        time: '25:00',
        durationMinutes: '0',
        occasion: 'x'.repeat(101),
        allergies: 'y'.repeat(101),
      },
      'Europe/Paris',
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        guestName: 'nameRequired',
        phone: 'phoneInvalid',
        email: 'emailInvalid',
        partySize: 'partyInvalid',
        date: 'dateInvalid',
        time: 'timeInvalid',
        durationMinutes: 'durationInvalid',
        allergies: 'allergyTooLong',
        occasion: 'occasionTooLong',
      },
    });
    const zero = readReservationForm({ ...base, partySize: '0' }, 'UTC');
    expect(zero.ok).toBe(false);
  });

  it('splits lists on commas, semicolons and lines', () => {
    expect(splitList('a, b\nc ;d,,')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('')).toEqual([]);
  });
});
