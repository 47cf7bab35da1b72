import type { PlatformRoute } from '../../common/platform';
import { API_PREFIX } from '../config';
import { notFound } from '../errors';
import { toArea, toRestaurant, toTable } from '../mappers';
import { guardRestaurant, type FormitableWorld } from '../world';

/** Route ids are `{id:int}`: anything else does not match the route (404). */
const intParam = (value: string | undefined): number | null =>
  value !== undefined && /^-?\d{1,9}$/.test(value) ? Number(value) : null;

/** Restaurants of the key, areas (rooms) and active tables. */
export function restaurantRoutes(world: () => FormitableWorld): PlatformRoute[] {
  const get = (pattern: string, handler: PlatformRoute['handler']): PlatformRoute => ({
    method: 'GET',
    pattern: `${API_PREFIX}${pattern}`,
    auth: true,
    handler,
  });
  return [
    get('/restaurants', async () => ({
      status: 200,
      body: [toRestaurant(world().state.restaurant)],
    })),
    get('/restaurants/:r', async ({ params }) => {
      const w = world();
      return (
        guardRestaurant(w, params.r) ?? { status: 200, body: toRestaurant(w.state.restaurant) }
      );
    }),
    get('/:r/areas', async ({ params }) => {
      const w = world();
      return (
        guardRestaurant(w, params.r) ?? { status: 200, body: w.state.restaurant.areas.map(toArea) }
      );
    }),
    get('/:r/areas/:areaId', async ({ params }) => {
      const w = world();
      const denied = guardRestaurant(w, params.r);
      if (denied) return denied;
      const area = w.state.restaurant.areas.find((a) => a.id === intParam(params.areaId));
      return area ? { status: 200, body: toArea(area) } : notFound();
    }),
    get('/:r/tables', async ({ params }) => {
      const w = world();
      return (
        guardRestaurant(w, params.r) ?? {
          status: 200,
          body: w.state.restaurant.tables.map(toTable),
        }
      );
    }),
    get('/:r/tables/area/:areaId', async ({ params }) => {
      const w = world();
      const denied = guardRestaurant(w, params.r);
      if (denied) return denied;
      const areaId = intParam(params.areaId);
      if (!w.state.restaurant.areas.some((a) => a.id === areaId)) return notFound();
      return {
        status: 200,
        body: w.state.restaurant.tables.filter((t) => t.areaId === areaId).map(toTable),
      };
    }),
    get('/:r/tables/:tableId', async ({ params }) => {
      const w = world();
      const denied = guardRestaurant(w, params.r);
      if (denied) return denied;
      const table = w.state.restaurant.tables.find((t) => t.id === intParam(params.tableId));
      return table ? { status: 200, body: toTable(table) } : notFound();
    }),
  ];
}
