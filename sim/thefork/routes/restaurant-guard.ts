import type { SimResponse } from '../../common/http-types';
import { badRequest } from '../errors';
import type { ForkRestaurant } from '../model';
import { guid } from '../schemas';
import { restaurantOf, type TheForkWorld } from '../world';

/** Resolves the `{id}` path parameter to a restaurant, or the API's 400/404 answer. */
export function resolveRestaurant(
  world: TheForkWorld,
  id: string | undefined,
  notFound: () => SimResponse,
): { ok: true; restaurant: ForkRestaurant } | { ok: false; response: SimResponse } {
  if (id === undefined || !guid.safeParse(id).success) {
    return { ok: false, response: badRequest('"id" must be a valid GUID') };
  }
  const restaurant = restaurantOf(world, id);
  return restaurant ? { ok: true, restaurant } : { ok: false, response: notFound() };
}
