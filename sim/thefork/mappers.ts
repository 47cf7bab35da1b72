import { formatLocalWithOffset } from '../common/time-zone';
import type { SlotAvailability } from './availability';
import type { ForkCustomer, ForkOffer, ForkReservation, ForkRestaurant } from './model';
import type {
  CancelResult,
  CustomerDetail,
  Offer,
  ReservationDetail,
  ReservationWithCustomer,
  Timeslot,
} from './wire';

/** Wire shapes of TheFork B2B API responses, field order as in the published specs. */
const iso = (ms: number): string => new Date(ms).toISOString();

export function toOfferDetails(offer: ForkOffer | undefined): ReservationDetail['offerDetails'] {
  if (!offer) return null;
  return {
    offerType: offer.offerType,
    name: offer.name,
    discountPercentage: offer.discountPercentage,
    presetMenuType: offer.presetMenuType,
    price: offer.price,
    currency: offer.currency,
  };
}

/** `GET /v1/reservations/{id}` */
export function toReservationDetail(
  r: ForkReservation,
  offer: ForkOffer | undefined,
): ReservationDetail {
  return {
    reservationUuid: r.reservationUuid,
    restaurantUuid: r.restaurantUuid,
    mealDate: iso(r.mealDate),
    mealStatus: r.mealStatus,
    partySize: r.partySize,
    status: r.status,
    offerUuid: r.offerUuid,
    customerNote: r.customerNote,
    restaurantNote: r.restaurantNote,
    customerUuid: r.customerUuid,
    customFields: r.customFields,
    offerDetails: toOfferDetails(offer),
    utmTrackingInformation: r.utmTrackingInformation,
    billAmount: r.billAmount,
    reservationChannel: r.reservationChannel,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

function toEmbeddedCustomer(c: ForkCustomer | undefined): ReservationWithCustomer['customer'] {
  if (!c) return null;
  return {
    customerUuid: c.customerUuid,
    email: c.email,
    firstName: c.firstName,
    lastName: c.lastName,
    phone: c.phone,
    locale: c.locale,
    civility: c.civility,
    optins: { restaurantNewsletter: c.restaurantNewsletter },
  };
}

/** `POST /v1/restaurants/{id}/reservations` and `PATCH /v1/reservations/{id}` */
export function toReservationWithCustomer(
  r: ForkReservation,
  customer: ForkCustomer | undefined,
): ReservationWithCustomer {
  return {
    reservationUuid: r.reservationUuid,
    restaurantUuid: r.restaurantUuid,
    mealDate: iso(r.mealDate),
    mealStatus: r.mealStatus,
    partySize: r.partySize,
    status: r.status,
    offerUuid: r.offerUuid,
    customerNote: r.customerNote,
    restaurantNote: r.restaurantNote,
    customer: toEmbeddedCustomer(customer),
  };
}

/** `PATCH /v1/reservations/{id}/cancel` */
export function toCancelResult(r: ForkReservation): CancelResult {
  return {
    reservationUuid: r.reservationUuid,
    restaurantUuid: r.restaurantUuid,
    mealDate: iso(r.mealDate),
    partySize: r.partySize,
    status: r.status,
    offerUuid: r.offerUuid,
    customerNote: r.customerNote,
    customerUuid: r.customerUuid,
  };
}

/** `GET /v1/customers/{id}` */
export function toCustomerDetail(c: ForkCustomer, restaurantName: string | null): CustomerDetail {
  return {
    customerUuid: c.customerUuid,
    email: c.email,
    firstName: c.firstName,
    lastName: c.lastName,
    phone: c.phone,
    birthDate: null,
    locale: c.locale,
    civility: c.civility,
    rank: null,
    computedRank: null,
    isVip: c.isVip,
    address: null,
    allergiesAndIntolerances: c.allergiesAndIntolerances,
    dietaryRestrictions: null,
    spendingBehaviour: null,
    customerRelationship: null,
    riskLevel: null,
    otherTags: null,
    favFood: null,
    favDrinks: null,
    favSeating: null,
    notes: c.notes,
    originRestaurantUuid: c.originRestaurantUuid,
    originRestaurantName: restaurantName,
    creationDate: iso(c.createdAt).slice(0, 10),
    lastUpdateDate: iso(c.updatedAt).slice(0, 10),
    isPromoter: false,
    secondaryPhone: null,
    country: null,
    city: null,
    zipcode: null,
    optins: { restaurantNewsletter: c.restaurantNewsletter },
    customFields: null,
  };
}

/** Picks the offer's text for a locale: exact, same language, then any. */
export function localized(texts: Readonly<Record<string, string>>, locale: string): string | null {
  if (texts[locale] !== undefined) return texts[locale];
  const language = locale.split('_')[0] ?? locale;
  const sameLanguage = Object.keys(texts).find((k) => k.split('_')[0] === language);
  if (sameLanguage !== undefined) return texts[sameLanguage] ?? null;
  return Object.values(texts)[0] ?? null;
}

/** `GET /v1/restaurants/{id}/offers` item */
export function toOffer(offer: ForkOffer, locale: string): Offer {
  return {
    uuid: offer.uuid,
    name: localized(offer.name, locale),
    description: localized(offer.description, locale),
    price: offer.price,
  };
}

/** `GET /v1/restaurants/{id}/timeslots` item */
export function toTimeslot(
  a: SlotAvailability,
  restaurant: ForkRestaurant,
  partySize: number | undefined,
): Timeslot {
  const g = restaurant.guarantee;
  const applies =
    g !== null &&
    g.services.includes(a.slot.service) &&
    (partySize === undefined || partySize >= g.minimumPartySize);
  const guaranteeRequirementList: Timeslot['guaranteeRequirementList'] = applies
    ? [
        {
          guaranteeType: g.guaranteeType,
          amount: g.amount,
          minimumCancellationHours: g.minimumCancellationHours,
          minimumPartySize: g.minimumPartySize,
        },
      ]
    : [];
  return {
    datetime: formatLocalWithOffset(a.slot.start, restaurant.timeZone),
    offers: [...a.offers],
    hasNormalStock: a.hasNormalStock,
    hasPaymentGuaranteeRequirement: guaranteeRequirementList.length > 0,
    guaranteeRequirementList,
  };
}
