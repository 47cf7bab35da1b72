import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { amsterdamDay, startFormHarness, type FormHarness } from './test-helpers';
import { bookingSchema, bookingUpdateResultSchema, problemSchema } from './wire';

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

const create = (body: Record<string, unknown>) =>
  h.api('POST', '/booking', {
    numberOfPeople: 2,
    culture: null,
    company: false,
    bookingDuration: null,
    ...body,
  });

describe('Formitable bookings', () => {
  it('creates an ACCEPTED booking placed on a table, with local times', async () => {
    const result = await create({
      bookingDateTime: `${amsterdamDay(2)}T19:00`,
      firstName: 'Anna',
      lastName: 'de Boer',
      email: 'anna@example.test',
      externalReferenceId: 'couvert-123',
      color: '#00d0f1',
      title: 'FEMALE',
    });
    expect(result.status).toBe(200);
    const booking = bookingSchema.parse(result.body);
    expect(booking.status).toBe('ACCEPTED');
    expect(booking.bookingDateTime).toMatch(new RegExp(`^${amsterdamDay(2)}T19:00:00\\+0[12]:00$`));
    expect(booking.created).not.toMatch(/[+-]\d{2}:\d{2}$|Z$/);
    expect(booking).toMatchObject({
      bookingDuration: 120,
      culture: 'en',
      source: 'couvert',
      checkInDateTime: null,
    });
    expect(booking.tables).toEqual([
      { id: 101, posId: 'T1', name: '1', minPeople: 1, maxPeople: 2, areaId: 1 },
    ]);
    const byExternal = await h.api('GET', '/booking/external/couvert/couvert-123');
    expect(bookingSchema.parse(byExternal.body).uid).toBe(booking.uid);
    expect((await h.api('GET', '/booking/external/couvert/other')).status).toBe(404);
  });

  it('accepts an offset time and converts it to restaurant-local', async () => {
    const result = await create({ bookingDateTime: `${amsterdamDay(3)}T17:30:00Z` });
    const booking = bookingSchema.parse(result.body);
    const offset = booking.bookingDateTime.slice(-6);
    const expectedHour = 17 + Number(offset.slice(1, 3));
    expect(booking.bookingDateTime.slice(11, 13)).toBe(String(expectedHour));
  });

  it('lists the bookings of a window, cancelled ones included, and validates the window', async () => {
    const a = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(1)}T12:00`,
      numberOfPeople: 2,
    });
    const b = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(2)}T20:00`,
      numberOfPeople: 4,
    });
    await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(5)}T20:00`,
      numberOfPeople: 4,
    });
    await h.scenario.cancelBooking(a.booking.uid);
    const list = bookingSchema
      .array()
      .parse((await h.api('GET', `/booking/${amsterdamDay(0)}/3`)).body);
    expect(list.map((x) => [x.uid, x.status])).toEqual([
      [a.booking.uid, 'CANCELLED'],
      [b.booking.uid, 'ACCEPTED'],
    ]);
    const past = await h.api('GET', `/booking/${amsterdamDay(-1)}/3`);
    expect(past.status).toBe(400);
    expect(problemSchema.parse(past.body).errors?.from?.[0]).toContain('today');
    for (const days of ['0', '32', 'abc', '-1']) {
      expect((await h.api('GET', `/booking/${amsterdamDay(0)}/${days}`)).status).toBe(400);
    }
    expect((await h.api('GET', '/booking/2030-13-45/2')).status).toBe(400);
  });

  it('gets one booking and 404s an unknown uid, even a hostile one', async () => {
    const { booking } = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(1)}T12:00`,
      numberOfPeople: 2,
    });
    expect(bookingSchema.parse((await h.api('GET', `/booking/${booking.uid}`)).body)).toEqual(
      booking,
    );
    const missing = await h.api('GET', `/booking/${encodeURIComponent("x' OR '1'='1")}`);
    expect(missing.status).toBe(404);
    expect(problemSchema.parse(missing.body).title).toBe('Not Found');
  });

  it.each([
    ['missing bookingDateTime', { bookingDateTime: undefined }, 'BookingDateTime', 'required'],
    ['a malformed bookingDateTime', { bookingDateTime: '31/12/2030 19:00' }, 'BookingDateTime', ''],
    ['an impossible date', { bookingDateTime: '2030-02-30T19:00' }, 'BookingDateTime', 'not valid'],
    [
      'numberOfPeople as text',
      { bookingDateTime: '2030-01-01T19:00', numberOfPeople: 'four' },
      'NumberOfPeople',
      'could not be converted',
    ],
    [
      'too many people',
      { bookingDateTime: '2030-01-01T19:00', numberOfPeople: 11 },
      'NumberOfPeople',
      'between 1 and 10',
    ],
    [
      'an unknown color',
      { bookingDateTime: '2030-01-01T19:00', color: 'red' },
      'Color',
      'must be one of',
    ],
    [
      'an unknown title',
      { bookingDateTime: '2030-01-01T19:00', title: 'SIR' },
      'Title',
      'must be one of',
    ],
    ['a bad email', { bookingDateTime: '2030-01-01T19:00', email: 'nope' }, 'Email', 'e-mail'],
    ['an unknown table', { bookingDateTime: '2030-01-01T19:00', tables: [999] }, 'Tables', '999'],
    [
      'tables as a string',
      { bookingDateTime: '2030-01-01T19:00', tables: '1,2' },
      'Tables',
      'List',
    ],
  ])('answers a ProblemDetails 400 for %s', async (_name, patch, field, text) => {
    const result = await create(patch);
    expect(result.status).toBe(400);
    expect(result.headers.get('content-type')).toContain('application/problem+json');
    const body = problemSchema.parse(result.body);
    expect(body.title).toBe('One or more validation errors occurred.');
    expect(body.errors?.[field]?.join(' ')).toContain(text);
  });

  it('answers malformed JSON, non-JSON and oversized bodies clearly', async () => {
    const broken = await h.api('POST', '/booking', '{"numberOfPeople": 2,', {});
    expect(broken.status).toBe(400);
    expect(problemSchema.parse(broken.body).errors?.$?.[0]).toContain('not valid JSON');
    const array = await h.api('POST', '/booking', '[1,2]');
    expect(problemSchema.parse(array.body).errors?.$).toBeDefined();
    const text = await h.api('POST', '/booking', 'numberOfPeople=2', {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    const huge = await create({
      bookingDateTime: '2030-01-01T19:00',
      comments: 'x'.repeat(1_100_000),
    });
    expect(huge.status).toBe(413);
  });

  it('stores hostile-looking text verbatim and ignores unknown fields', async () => {
    const comments = `Robert'); DROP TABLE bookings;-- 🍝 ${'\u0000'.length}`;
    const result = await create({
      bookingDateTime: `${amsterdamDay(2)}T12:15`,
      comments,
      isAdmin: true,
      uid: 'forged',
    });
    const booking = bookingSchema.parse(result.body);
    expect(booking.comments).toBe(comments);
    expect(booking.uid).not.toBe('forged');
  });

  it('refuses past times and tables already taken, unless forced', async () => {
    const past = await create({ bookingDateTime: `${amsterdamDay(-1)}T19:00` });
    expect(past.status).toBe(400);
    expect(problemSchema.parse(past.body).detail).toContain('past');
    const at = `${amsterdamDay(2)}T19:00`;
    expect((await create({ bookingDateTime: at, tables: [107], numberOfPeople: 8 })).status).toBe(
      200,
    );
    const taken = await create({
      bookingDateTime: `${amsterdamDay(2)}T20:00`,
      tables: [107],
      numberOfPeople: 8,
    });
    expect(taken.status).toBe(400);
    expect(problemSchema.parse(taken.body).detail).toContain('107');
    const forced = await create({
      bookingDateTime: `${amsterdamDay(2)}T20:00`,
      tables: [107],
      numberOfPeople: 8,
      forceTablePlacement: true,
    });
    expect(bookingSchema.parse(forced.body).tables.map((t) => t.id)).toEqual([107]);
    const none = await create({ bookingDateTime: `${amsterdamDay(2)}T20:30`, numberOfPeople: 9 });
    expect(problemSchema.parse(none.body).detail).toContain('No table');
  });

  it('creates walk-ins checked in at once', async () => {
    const walkIn = bookingSchema.parse(
      (await create({ bookingDateTime: `${amsterdamDay(0)}T00:00`, walkIn: true })).body,
    );
    expect(walkIn.checkInDateTime).not.toBeNull();
  });
});

describe('Formitable partial update and cancel', () => {
  it('changes only the fields sent (null keeps the value)', async () => {
    const { booking } = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(2)}T19:00`,
      numberOfPeople: 2,
      firstName: 'Kees',
      comments: 'allergic to nuts',
    });
    const result = await h.api('PUT', `/booking/${booking.uid}`, {
      numberOfPeople: 3,
      comments: null,
      firstName: 'Cees',
    });
    const updated = bookingUpdateResultSchema.parse(result.body);
    expect(updated).toMatchObject({
      numberOfPeople: 3,
      comments: 'allergic to nuts',
      firstName: 'Cees',
    });
    expect(updated.bookingDateTime).toBe(booking.bookingDateTime);
    expect(updated.warnings).toBeUndefined();
  });

  it('reports table conflicts as warnings and re-places on tables: []', async () => {
    const first = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(2)}T19:00`,
      numberOfPeople: 4,
      tables: [103],
    });
    const second = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(2)}T21:00`,
      numberOfPeople: 4,
      tables: [104],
    });
    const moved = bookingUpdateResultSchema.parse(
      (
        await h.api('PUT', `/booking/${second.booking.uid}`, {
          bookingDateTime: `${amsterdamDay(2)}T19:30`,
          tables: [103],
        })
      ).body,
    );
    expect(moved.tables.map((t) => t.id)).toEqual([103]);
    expect(moved.warnings?.[0]).toContain('103');
    const replaced = bookingUpdateResultSchema.parse(
      (await h.api('PUT', `/booking/${second.booking.uid}`, { tables: [] })).body,
    );
    expect(replaced.tables.map((t) => t.id)).toEqual([104]);
    expect(replaced.warnings).toBeUndefined();
    expect(first.booking.tables.map((t) => t.id)).toEqual([103]);
  });

  it('cancels with DELETE (empty 200, idempotent) and refuses changes afterwards', async () => {
    const { booking } = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(2)}T19:00`,
      numberOfPeople: 2,
    });
    const deleted = await h.api('DELETE', `/booking/${booking.uid}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('');
    expect((await h.api('DELETE', `/booking/${booking.uid}`)).status).toBe(200);
    expect(bookingSchema.parse((await h.api('GET', `/booking/${booking.uid}`)).body).status).toBe(
      'CANCELLED',
    );
    const change = await h.api('PUT', `/booking/${booking.uid}`, { numberOfPeople: 4 });
    expect(change.status).toBe(400);
    expect((await h.api('DELETE', '/booking/doesnotexist')).status).toBe(404);
  });

  it('lets an option lapse to EXPIRED when its time passes', async () => {
    const { booking } = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(3)}T19:00`,
      numberOfPeople: 2,
      status: 'CREATED',
      optionExpires: `${amsterdamDay(1)}T12:00`,
    });
    expect(booking.optionExpires).not.toBeNull();
    expect(booking.status).toBe('CREATED');
    await h.scenario.advanceClock(2 * 86_400_000);
    expect(bookingSchema.parse((await h.api('GET', `/booking/${booking.uid}`)).body).status).toBe(
      'EXPIRED',
    );
  });
});
