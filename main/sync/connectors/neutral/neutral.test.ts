import { describe, expect, it } from 'vitest';
import type { Reservation } from '../../../../shared/domain/reservation';
import { changeBetween, draftFromReservation } from './draft-from-reservation';
import { FieldCleaner, fitText, joinName, splitName, toE164 } from './field-cleaning';
import { NeutralReservationChange, NeutralReservationDraft } from './neutral-reservation';

const reservation: Reservation = {
  id: 'res-1',
  guestName: 'Ada Lovelace',
  phone: '+44 20 7946 0000',
  partySize: 2,
  startsAt: Date.parse('2030-06-01T18:00:00Z'),
  durationMinutes: 90,
  status: 'confirmed',
  source: 'phone',
  tableIds: ['t-1'],
  notes: 'Anniversary',
  allergies: ['nuts'],
  dietaryRestrictions: [],
  offerId: 'offer-1',
  createdAt: 1,
  updatedAt: 2,
};

describe('desk reservation -> neutral draft and change', () => {
  it('builds a valid draft from a desk reservation and its customer', () => {
    const draft = draftFromReservation(reservation, { email: 'ada@example.com', locale: 'en-GB' });
    expect(NeutralReservationDraft.parse(draft)).toEqual({
      localId: 'res-1',
      status: 'confirmed',
      startsAt: reservation.startsAt,
      durationMinutes: 90,
      partySize: 2,
      guest: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        phone: '+44 20 7946 0000',
        locale: 'en-GB',
      },
      notes: 'Anniversary',
      offerId: 'offer-1',
      tableIds: ['t-1'],
    });
    expect(draftFromReservation({ ...reservation, status: 'seated' }).status).toBe('confirmed');
    expect(() => draftFromReservation({ ...reservation, status: 'cancelled' })).toThrow(RangeError);
  });

  it('lists exactly the fields that changed', () => {
    expect(changeBetween(reservation, reservation)).toEqual({});
    const after: Reservation = {
      ...reservation,
      partySize: 4,
      guestName: 'Ada King',
      tableIds: ['t-1', 't-2'],
      notes: undefined,
      status: 'seated',
    };
    const change = changeBetween(reservation, after);
    expect(NeutralReservationChange.parse(change)).toEqual({
      partySize: 4,
      guest: { name: 'Ada King' },
      notes: '',
      tableIds: ['t-1', 't-2'],
    });
  });
});

describe('field cleaning', () => {
  it('splits and joins names', () => {
    expect(splitName('  Jean   Paul  Sartre ')).toEqual({
      firstName: 'Jean Paul',
      lastName: 'Sartre',
    });
    expect(splitName('Cher')).toEqual({ firstName: '', lastName: 'Cher' });
    expect(joinName('A', undefined)).toBe('A');
    expect(joinName(undefined, undefined)).toBeUndefined();
    expect(joinName('a'.repeat(150), 'b'.repeat(150))).toBeUndefined();
  });

  it('writes phones in E.164 or not at all', () => {
    expect(toE164('+33 (0)6 12')).toBe('+330612');
    expect(toE164('0044 20 7946 0000')).toBe('+442079460000');
    expect(toE164('06 12 34 56 78')).toBeUndefined();
    expect(toE164('+0 123')).toBeUndefined();
  });

  it('cuts long text and says so', () => {
    const warnings: string[] = [];
    expect(fitText('abcdef', 4, 'The note', warnings)).toBe('abc…');
    expect(fitText('abc', 4, 'The note', warnings)).toBe('abc');
    expect(warnings).toEqual(["The note was cut to the platform's 4 characters."]);
  });

  it('keeps what fits and records what does not', () => {
    const c = new FieldCleaner();
    expect(c.email(' Ada@Example.COM ')).toBe('ada@example.com');
    expect(c.email('nope')).toBeUndefined();
    expect(c.phone('+31 (20) 123-4567')).toBe('+31 (20) 123-4567');
    expect(c.locale('pt_BR')).toBe('pt-BR');
    expect(c.name('n', '   ')).toBeUndefined();
    expect(c.note('n', 'x'.repeat(4001))).toBeUndefined();
    expect(c.dropped.map((d) => d.field)).toEqual(['email', 'n']);
  });
});
