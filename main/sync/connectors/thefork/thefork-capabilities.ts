import type { PlatformErrorContext } from '../../http/platform-errors';
import type { PlatformHttp } from '../../http/platform-http';
import { toLocal, type ExternalIdLookup } from '../id-lookup';
import { FieldCleaner, joinName } from '../neutral/field-cleaning';
import {
  NeutralCustomer,
  NeutralOffer,
  type NeutralOffer as NeutralOfferType,
} from '../neutral/neutral-catalog';
import { optional } from '../neutral/optional-field';
import { validateNeutral } from '../neutral/validate-neutral';
import type { ConnectorCapabilities } from '../platform-connector';
import { theForkBookableDates, theForkPartySizes } from './thefork-availability';
import { theForkLocale } from './thefork-mappers';
import { TheForkOffer, type TheForkCustomer } from './thefork-wire';

export interface TheForkCapabilityDeps {
  readonly http: PlatformHttp;
  readonly restaurantUuid: string;
  readonly lookup: ExternalIdLookup;
  readonly context: (operation: string) => PlatformErrorContext;
  readonly fetchCustomer: (customerUuid: string) => Promise<TheForkCustomer>;
}

/**
 * What TheFork has beyond reservations: offers, customers, an availability calendar. No tables or
 * rooms (a B2B reservation has none) and no status changes (only cancellation is writable).
 * Availability push (`PUT .../availabilities/override`) is documented but not offered yet: our
 * simulator does not serve it, so it could not be tested.
 */
export function theForkCapabilities(deps: TheForkCapabilityDeps): ConnectorCapabilities {
  return {
    offers: { listOffers: (locale) => listOffers(deps, locale) },
    customers: { fetchCustomer: (id) => fetchCustomer(deps, id) },
    availabilityCalendar: {
      bookableDates: (from, to, partySize) => theForkBookableDates(deps, from, to, partySize),
      partySizes: (from, to) => theForkPartySizes(deps, from, to),
    },
  };
}

async function listOffers(
  deps: TheForkCapabilityDeps,
  locale: string,
): Promise<NeutralOfferType[]> {
  const answer = await deps.http.json(
    {
      method: 'GET',
      path: `/v1/restaurants/${encodeURIComponent(deps.restaurantUuid)}/offers`,
      operation: 'GET /v1/restaurants/{id}/offers',
      query: { locale: theForkLocale(locale) ?? 'en_GB' },
    },
    TheForkOffer.array().max(1000),
  );
  const offers: NeutralOfferType[] = [];
  for (const offer of answer) {
    const name = offer.name?.trim().slice(0, 100);
    // An offer without a name cannot be shown to a host; it is skipped rather than invented.
    if (name === undefined || name.length === 0) continue;
    const externalId = offer.uuid.toLowerCase();
    offers.push(
      validateNeutral(
        NeutralOffer,
        {
          externalId,
          name,
          ...optional('description', offer.description?.slice(0, 4000) || undefined),
          ...optional('price', offer.price ?? undefined),
          ...optional('offerId', await toLocal(deps.lookup, 'offer', externalId)),
        },
        deps.context('list offers'),
        'offer',
      ),
    );
  }
  return offers;
}

async function fetchCustomer(
  deps: TheForkCapabilityDeps,
  customerUuid: string,
): Promise<NeutralCustomer> {
  const wire = await deps.fetchCustomer(customerUuid);
  const clean = new FieldCleaner();
  const firstName = clean.name('firstName', wire.firstName);
  const lastName = clean.name('lastName', wire.lastName);
  const externalId = wire.customerUuid.toLowerCase();
  const updated = wire.lastUpdateDate ? Date.parse(wire.lastUpdateDate) : NaN;
  const allergies = (wire.allergiesAndIntolerances ?? [])
    .map((a) => a.trim())
    .filter((a) => a.length > 0 && a.length <= 100)
    .slice(0, 50);
  return validateNeutral(
    NeutralCustomer,
    {
      externalId,
      ...optional('customerId', await toLocal(deps.lookup, 'customer', externalId)),
      ...optional('name', joinName(firstName, lastName)),
      ...optional('firstName', firstName),
      ...optional('lastName', lastName),
      ...optional('email', clean.email(wire.email)),
      ...optional('phone', clean.phone(wire.phone)),
      ...optional('locale', clean.locale(wire.locale)),
      vip: wire.isVip ?? false,
      allergies,
      ...optional('notes', clean.note('notes', wire.notes)),
      ...optional('platformUpdatedAt', Number.isNaN(updated) ? undefined : updated),
    },
    deps.context('fetch customer'),
    'customer',
  );
}
