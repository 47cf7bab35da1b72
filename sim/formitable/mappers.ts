import { formatLocalNoOffset, formatLocalWithOffset, minutesOf } from '../common/time-zone';
import type { FormArea, FormBooking, FormRestaurant, FormTable } from './model';
import type { AreaView, BookingView, RestaurantView, TableView } from './wire';

/** Booking times are restaurant-local: with offset for the booking time, without for `created`. */
export function toBooking(b: FormBooking, restaurant: FormRestaurant): BookingView {
  const tz = restaurant.timeZone;
  const withOffset = (ms: number | null): string | null =>
    ms === null ? null : formatLocalWithOffset(ms, tz);
  return {
    uid: b.uid,
    created: formatLocalNoOffset(b.created, tz),
    bookingDateTime: formatLocalWithOffset(b.bookingDateTime, tz),
    bookingDuration: b.bookingDuration,
    checkInDateTime: withOffset(b.checkInDateTime),
    numberOfPeople: b.numberOfPeople,
    companyName: b.companyName,
    title: b.title,
    firstName: b.firstName,
    lastName: b.lastName,
    telephone: b.telephone,
    email: b.email,
    comments: b.comments,
    culture: b.culture,
    company: b.company,
    newsletter: b.newsletter,
    status: b.status,
    color: b.color,
    prePaidAmount: b.prePaidAmount,
    source: b.source,
    externalReferenceId: b.externalReferenceId,
    optionExpires: withOffset(b.optionExpires),
    tickets: b.tickets.map((t) => ({ ...t })),
    payments: b.payments.map((p) => ({ ...p })),
    tables: b.tables.flatMap((id) => {
      const t = restaurant.tables.find((x) => x.id === id);
      return t
        ? [
            {
              id: t.id,
              posId: t.posId,
              name: t.name,
              minPeople: t.minPeople,
              maxPeople: t.maxPeople,
              areaId: t.areaId,
            },
          ]
        : [];
    }),
  };
}

export function toTable(t: FormTable): TableView {
  return { ...t };
}

export function toArea(a: FormArea): AreaView {
  return { ...a, displayName: { ...a.displayName } };
}

export function toShift(shift: FormRestaurant['shifts'][number]): {
  startTime: number;
  endTime: number;
  productUid: string | null;
} {
  return {
    startTime: minutesOf(shift.start),
    endTime: minutesOf(shift.lastSeating),
    productUid: shift.productUid,
  };
}

export function toRestaurant(r: FormRestaurant): RestaurantView {
  const seats = r.tables.map((t) => t.maxPeople);
  return {
    uid: r.uid,
    color: '#148ACF',
    logo: null,
    name: r.name,
    streetAddress: 'Simulatiestraat 1',
    zipcode: '1011 AA',
    city: 'Amsterdam',
    country: 'Netherlands',
    countryCode: 'NL',
    timezone: r.windowsTimeZone,
    email: null,
    website: null,
    telephone: null,
    minRegularBooking: r.minBookingSize,
    maxRegularBooking: r.maxBookingSize,
    minSeating: Math.min(...r.tables.map((t) => t.minPeople)),
    maxSeating: seats.reduce((a, b) => a + b, 0),
    groupBookingEnabled: false,
    maxGroupBooking: r.maxBookingSize,
    minBookingSize: r.minBookingSize,
    maxBookingSize: r.maxBookingSize,
    createPolicy: '0h',
    changePolicy: '2h',
    cancelPolicy: '2h',
    startCulture: 'nl',
    maxGuestsPerSlot: -1,
  };
}
