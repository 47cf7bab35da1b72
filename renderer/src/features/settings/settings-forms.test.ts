import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney, parseWhole } from './form-issues';
import { offerDates } from './offer-dates';
import { emptyOfferForm, formToOffer, offerToForm } from './offer-form';
import { formToRestaurant, restaurantToForm, timeZoneOptions } from './restaurant-form';
import { nextPosition, reorderRooms } from './room-order';
import { emptyServiceForm, formToService, serviceToForm } from './service-form';

const ctx = { currency: 'EUR', position: 3 };

describe('restaurant form', () => {
  it('round-trips a valid restaurant', () => {
    const form = restaurantToForm(
      { name: 'Chez Léa', timeZone: 'Asia/Kolkata', locale: 'fr-FR', currency: 'EUR' },
      { timeZone: 'UTC', locale: 'en-GB' },
    );
    expect(formToRestaurant({ ...form, name: '  Chez Léa  ' })).toEqual({
      ok: true,
      value: { name: 'Chez Léa', timeZone: 'Asia/Kolkata', locale: 'fr-FR', currency: 'EUR' },
    });
  });

  it('puts each problem next to its field, in words', () => {
    const result = formToRestaurant({
      name: '   ',
      timeZone: 'Mars/Olympus',
      locale: 'not a tag!',
      currency: 'euro',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: { key: 'required' },
        timeZone: { key: 'timeZone' },
        locale: { key: 'locale' },
        currency: { key: 'currency' },
      },
    });
    expect(
      formToRestaurant({
        ...restaurantToForm(null, { timeZone: 'UTC', locale: 'fr' }),
        name: 'x'.repeat(101),
      }),
    ).toMatchObject({
      ok: false,
      errors: { name: { key: 'tooLong', params: { max: 100 } } },
    });
  });

  it('lists IANA zones and keeps an unlisted current one', () => {
    expect(timeZoneOptions('Europe/Paris')).toContain('America/New_York');
    expect(timeZoneOptions('Europe/Paris').indexOf('Europe/Paris')).toBeGreaterThan(0);
    expect(timeZoneOptions('Etc/Unlisted')[0]).toBe('Etc/Unlisted');
  });
});

describe('service form', () => {
  it('turns a typed form into a valid service and back', () => {
    const form = { ...emptyServiceForm(), name: ' Dîner ', weekdays: [5, 2, 5] };
    const result = formToService(form, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      name: 'Dîner',
      weekdays: [2, 5],
      maxCovers: 60,
      position: 3,
      prepayment: { mode: 'none' },
    });
    expect(serviceToForm(result.value)).toEqual({ ...form, name: 'Dîner', weekdays: [2, 5] });
  });

  it('refuses bad input with a sentence per field and keeps nothing half-parsed', () => {
    const result = formToService(
      {
        ...emptyServiceForm(),
        name: '',
        weekdays: [],
        lastSeatingTime: '25:00',
        maxCovers: '-4',
        slotIntervalMinutes: '2',
        defaultDurationMinutes: '12.5',
        prepaymentMode: 'deposit',
        prepaymentAmount: 'ten',
      },
      ctx,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: { key: 'required' },
        weekdays: { key: 'pickOne' },
        lastSeatingTime: { key: 'time' },
        maxCovers: { key: 'wholeNumber' },
        slotIntervalMinutes: { key: 'min', params: { min: 5 } },
        defaultDurationMinutes: { key: 'wholeNumber' },
        prepaymentAmount: { key: 'amount' },
      },
    });
  });

  it('checks start and end once every field reads well', () => {
    expect(
      formToService(
        { ...emptyServiceForm(), name: 'Déj', startTime: '12:00', endTime: '12:00' },
        ctx,
      ),
    ).toEqual({ ok: false, errors: { endTime: { key: 'endEqualsStart' } } });
  });

  it('stores a deposit in minor units with the restaurant currency', () => {
    const result = formToService(
      {
        ...emptyServiceForm(),
        name: 'Brunch',
        prepaymentMode: 'deposit',
        prepaymentAmount: '12,50',
      },
      ctx,
    );
    expect(result.ok && result.value.prepayment).toEqual({
      mode: 'deposit',
      currency: 'EUR',
      amountPerPersonMinor: 1250,
    });
    expect(
      formToService({ ...emptyServiceForm(), name: 'x', maxCovers: '10001' }, ctx),
    ).toMatchObject({
      ok: false,
      errors: { maxCovers: { key: 'max', params: { max: 10000 } } },
    });
  });
});

describe('offer form', () => {
  it('round-trips an offer with price and dates', () => {
    const form = {
      ...emptyOfferForm(),
      name: 'Menu du marché',
      price: '39',
      startDate: '2026-04-01',
      endDate: '2026-06-30',
    };
    const result = formToOffer(form, { currency: 'EUR' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ pricePerPersonMinor: 3900, startDate: '2026-04-01' });
    expect(result.value.description).toBeUndefined();
    expect(offerToForm(result.value)).toEqual(form);
  });

  it('says when party sizes or dates are the wrong way round', () => {
    const result = formToOffer(
      {
        ...emptyOfferForm(),
        name: 'Soirée',
        partySizeMin: '10',
        partySizeMax: '2',
        startDate: '2026-05-02',
        endDate: '2026-05-01',
      },
      { currency: 'EUR' },
    );
    expect(result).toEqual({
      ok: false,
      errors: { partySizeMin: { key: 'partyRange' }, endDate: { key: 'dateRange' } },
    });
    expect(
      formToOffer({ ...emptyOfferForm(), name: 'x', price: '12.345' }, { currency: 'EUR' }),
    ).toEqual({
      ok: false,
      errors: { price: { key: 'amount' } },
    });
    expect(
      formToOffer({ ...emptyOfferForm(), name: 'x', startDate: '2026-02-30' }, { currency: 'EUR' }),
    ).toMatchObject({
      ok: false,
      errors: { startDate: { key: 'date' } },
    });
  });
});

describe('numbers and money as typed', () => {
  it('parses whole numbers and amounts strictly', () => {
    expect(parseWhole(' 12 ')).toBe(12);
    for (const bad of ['', '1e3', '-1', '1.5', '0x10', '١٢']) expect(parseWhole(bad)).toBeNaN();
    expect(parseMoney('25')).toBe(2500);
    expect(parseMoney('25,5')).toBe(2550);
    expect(parseMoney('0.05')).toBe(5);
    for (const bad of ['', '25.555', 'abc', '-3', '1,000.00']) expect(parseMoney(bad)).toBeNaN();
    expect(formatMoney(2550)).toBe('25.50');
    expect(formatMoney(2500)).toBe('25');
    expect(formatMoney(undefined)).toBe('');
  });
});

describe('room order', () => {
  const rooms = [
    { id: 'a', position: 0 },
    { id: 'b', position: 1 },
    { id: 'c', position: 5 },
  ];
  it('swaps neighbours and renumbers only what changes', () => {
    expect(reorderRooms(rooms, 'c', -1)).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
    expect(reorderRooms(rooms, 'a', 1)).toEqual([
      { id: 'b', position: 0 },
      { id: 'a', position: 1 },
      { id: 'c', position: 2 },
    ]);
  });
  it('does nothing off the ends or for an unknown room', () => {
    expect(reorderRooms(rooms, 'a', -1)).toEqual([]);
    expect(reorderRooms(rooms, 'c', 1)).toEqual([]);
    expect(reorderRooms(rooms, 'zz', 1)).toEqual([]);
    expect(nextPosition(rooms)).toBe(6);
    expect(nextPosition([])).toBe(0);
  });
});

describe('offer dates in words', () => {
  it('shows a range, a single day, an open end, or nothing', () => {
    expect(offerDates('2026-10-22', '2027-01-20', 'en')).toBe('22 Oct 2026 → 20 Jan 2027');
    expect(offerDates('2026-11-27', '2026-11-27', 'fr')).toBe('27 nov. 2026');
    expect(offerDates(undefined, '2026-12-31', 'en')).toBe('… → 31 Dec 2026');
    expect(offerDates(undefined, undefined, 'en')).toBeNull();
    expect(offerDates('garbage', undefined, 'en')).toBe('garbage → …');
  });
});
