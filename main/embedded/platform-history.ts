import type { DemoReservation } from '../../shared/demo/demo-bookings';
import { emailOf } from '../../shared/demo/demo-people';
import { isoWithOffset } from '../demo/demo-slots';
import type { Logger } from '../ports';
import type { FormitableScenarioClient } from '../../sim/formitable/scenario-client';
import type { TheForkScenarioClient } from '../../sim/thefork/scenario-client';

/** The live demo keeps the desk's upcoming TheFork and Zenchef bookings on the platforms. */
export function madeOnPlatform(booking: DemoReservation, now: number): boolean {
  return (
    (booking.source === 'thefork' || booking.source === 'zenchef') &&
    booking.startsAt > now + 30 * 60_000 &&
    (booking.status === 'confirmed' || booking.status === 'requested')
  );
}

/**
 * Makes the demo's upcoming platform bookings on the simulators, as guests would have: each one
 * reaches the desk the real way (webhook → relay → desk), so it carries a real mapping and the
 * platform's own id. A booking the simulator refuses is logged and skipped.
 */
export async function bookOnPlatforms(input: {
  bookings: readonly DemoReservation[];
  thefork: Pick<TheForkScenarioClient, 'createReservation'>;
  formitable: Pick<FormitableScenarioClient, 'createBooking'>;
  timeZone: string;
  log: Logger;
}): Promise<{ made: number; refused: number }> {
  let made = 0;
  let refused = 0;
  for (const b of input.bookings) {
    const [firstName, ...rest] = b.guestName.split(' ');
    const lastName = rest.join(' ') || firstName || 'Guest';
    try {
      if (b.source === 'thefork') {
        await input.thefork.createReservation({
          mealDate: new Date(b.startsAt).toISOString(),
          partySize: b.partySize,
          ...(b.notes === undefined ? {} : { customerNote: b.notes.slice(0, 1000) }),
          customer: {
            email: b.email ?? emailOf(b.guestName),
            firstName: firstName ?? 'Guest',
            lastName,
            ...(b.phone !== undefined && /^\+\d{6,15}$/.test(b.phone.replace(/\s/g, ''))
              ? { phone: b.phone.replace(/\s/g, '') }
              : {}),
          },
        });
      } else {
        await input.formitable.createBooking({
          bookingDateTime: isoWithOffset(b.startsAt, input.timeZone),
          numberOfPeople: b.partySize,
          firstName: firstName ?? 'Guest',
          lastName,
          ...(b.phone === undefined ? {} : { telephone: b.phone }),
          ...(b.email === undefined ? {} : { email: b.email }),
          ...(b.notes === undefined ? {} : { comments: b.notes.slice(0, 2000) }),
        });
      }
      made += 1;
    } catch (error) {
      refused += 1;
      input.log.warn('the demo could not make a platform booking', {
        source: b.source,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { made, refused };
}
