import type { PlatformRoute } from '../../common/platform';
import { parseDate } from '../../common/time-zone';
import { dayAvailability, isClosed } from '../availability';
import { API_PREFIX } from '../config';
import { validationProblem } from '../errors';
import { toShift } from '../mappers';
import { guardRestaurant, type FormitableWorld } from '../world';

/** Times of one day for a party, and the opening shifts of a day. */
export function availabilityRoutes(world: () => FormitableWorld): PlatformRoute[] {
  return [
    {
      method: 'GET',
      pattern: `${API_PREFIX}/:r/availability/day/:date/:people/:language`,
      auth: true,
      handler: async ({ params }) => {
        const w = world();
        const denied = guardRestaurant(w, params.r);
        if (denied) return denied;
        const date = params.date ?? '';
        const peopleText = params.people ?? '';
        const language = params.language ?? '';
        const errors: Record<string, string[]> = {};
        if (!parseDate(date)) errors.date = [`The value '${date}' is not valid.`];
        if (!/^\d{1,4}$/.test(peopleText) || Number(peopleText) < 1) {
          errors.numberOfPeople = [`The value '${peopleText}' is not valid.`];
        }
        if (language !== 'en' && language !== 'nl') {
          errors.language = ['The language must be one of: en, nl.'];
        }
        if (Object.keys(errors).length > 0) return validationProblem(errors);
        w.state.sweep();
        const times = dayAvailability(
          w.state.placementContext(),
          date,
          Number(peopleText),
          language as 'en' | 'nl',
        );
        return { status: 200, body: times };
      },
    },
    {
      method: 'GET',
      pattern: `${API_PREFIX}/:r/availability/open/:date`,
      auth: true,
      handler: async ({ params }) => {
        const w = world();
        const denied = guardRestaurant(w, params.r);
        if (denied) return denied;
        const date = params.date ?? '';
        if (!parseDate(date))
          return validationProblem({ date: [`The value '${date}' is not valid.`] });
        const { restaurant } = w.state;
        return {
          status: 200,
          body: isClosed(restaurant, date) ? [] : restaurant.shifts.map(toShift),
        };
      },
    },
  ];
}
