import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { amsterdamDay, startFormHarness, type FormHarness } from './test-helpers';
import { bookingSchema, problemSchema } from './wire';

let h: FormHarness;
beforeAll(async () => {
  h = await startFormHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

const newBooking = async () =>
  (
    await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(1)}T19:00`,
      numberOfPeople: 2,
    })
  ).booking;

describe('Formitable check-in / check-out toggles', () => {
  it('checks in, and a second call undoes it', async () => {
    const { uid } = await newBooking();
    const first = bookingSchema.parse((await h.api('PUT', `/booking/checkin/${uid}`)).body);
    expect(first.checkInDateTime).toMatch(/[+-]\d{2}:\d{2}$/);
    const second = bookingSchema.parse((await h.api('PUT', `/booking/checkin/${uid}`)).body);
    expect(second.checkInDateTime).toBeNull();
    expect(second.status).toBe('ACCEPTED');
  });

  it('checks out only a checked-in booking; a second call undoes it; the bill is kept', async () => {
    const { uid } = await newBooking();
    const early = await h.api('PUT', `/booking/checkout/${uid}`);
    expect(early.status).toBe(400);
    expect(problemSchema.parse(early.body).detail).toContain('not checked in');
    await h.api('PUT', `/booking/checkin/${uid}`);
    const bill = {
      id: 'pos-9',
      openDateTime: '2030-01-01T19:05:00',
      closeDateTime: '2030-01-01T21:00:00',
      userId: 'waiter-1',
      items: [
        {
          id: 'i1',
          quantity: 2,
          title: 'Bitterballen',
          singlePrice: 7.5,
          vat: 1.24,
          vatPercentage: 9,
        },
      ],
    };
    expect((await h.api('PUT', `/booking/checkout/${uid}`, bill)).status).toBe(200);
    let scenario = await h.scenario.booking(uid);
    expect(scenario).toMatchObject({ checkedOut: true, posOrder: bill });
    // Check-out is not visible in the booking model itself (no field for it).
    expect(Object.keys(scenario.booking)).not.toContain('checkOutDateTime');
    await h.api('PUT', `/booking/checkout/${uid}`);
    scenario = await h.scenario.booking(uid);
    expect(scenario.checkedOut).toBe(false);
  });

  it('validates the optional POS bill and refuses toggles on cancelled bookings', async () => {
    const { uid } = await newBooking();
    await h.api('PUT', `/booking/checkin/${uid}`);
    const bad = await h.api('PUT', `/booking/checkout/${uid}`, {
      items: [{ quantity: 'two', singlePrice: 3 }],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(problemSchema.parse(bad.body).errors ?? {})).toEqual(['Items[0].Quantity']);
    await h.scenario.cancelBooking(uid);
    expect((await h.api('PUT', `/booking/checkin/${uid}`)).status).toBe(400);
    expect((await h.api('PUT', '/booking/checkin/unknown')).status).toBe(404);
  });

  it('a checked-out booking frees its table', async () => {
    const a = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(1)}T19:00`,
      numberOfPeople: 8,
      tables: [107],
    });
    await h.scenario.toggleCheckIn(a.booking.uid);
    await h.scenario.toggleCheckOut(a.booking.uid);
    const b = await h.api('POST', '/booking', {
      bookingDateTime: `${amsterdamDay(1)}T19:30`,
      numberOfPeople: 8,
      tables: [107],
    });
    expect(b.status).toBe(200);
  });
});
