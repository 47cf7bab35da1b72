import type { PlatformRoute } from '../../common/platform';
import { badRequest, customerNotFound } from '../errors';
import { toCustomerDetail } from '../mappers';
import { customersListQuery, guid } from '../schemas';
import { queryObject, validate } from '../validation';
import { API_PREFIX, type TheForkWorld } from '../world';
import { dayRange, page } from './reservation-reads';

/** Customers: the receiver of `customerCreated`/`customerUpdated` fetches them here. */
export function customerRoutes(world: () => TheForkWorld): PlatformRoute[] {
  return [
    {
      method: 'GET',
      pattern: `${API_PREFIX}/customers`,
      auth: true,
      handler: async ({ req }) => {
        const w = world();
        const q = validate(customersListQuery, queryObject(req.query), 'value');
        if (!q.ok) return q.response;
        const range = dayRange(q.value.startDate, q.value.endDate);
        if (!range) return badRequest('"endDate" must be greater than or equal to "ref:startDate"');
        const group = q.value.groupUuid.toLowerCase();
        const matching = [...w.state.customers.values()]
          .filter(
            (c) => c.groupUuid === group && c.updatedAt >= range.from && c.updatedAt < range.to,
          )
          .sort(
            (a, b) => a.updatedAt - b.updatedAt || a.customerUuid.localeCompare(b.customerUuid),
          );
        return {
          status: 200,
          body: {
            data: page(matching, q.value.limit, q.value.page).map((c) => c.customerUuid),
            totalCount: matching.length,
            page: q.value.page,
            limit: q.value.limit,
          },
        };
      },
    },
    {
      method: 'GET',
      pattern: `${API_PREFIX}/customers/:id`,
      auth: true,
      handler: async ({ params }) => {
        const w = world();
        const id = params.id ?? '';
        if (!guid.safeParse(id).success) return badRequest('"id" must be a valid GUID');
        const customer = w.state.customers.get(id.toLowerCase());
        if (!customer) return customerNotFound();
        const origin = w.state.restaurants.get(customer.originRestaurantUuid);
        return { status: 200, body: toCustomerDetail(customer, origin?.name ?? null) };
      },
    },
  ];
}
