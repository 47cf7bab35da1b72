import { z } from 'zod';
import { ScenarioClientBase } from '../common/scenario-client-base';
import {
  scenarioBookingSchema,
  type ScenarioBooking,
  type ScenarioCreateBookingInput,
  type ScenarioUpdateBookingInput,
} from './scenario-schemas';

export const formitableCredentialsSchema = z.object({
  apiKey: z.string(),
  restaurantUid: z.string(),
  webhookSecret: z.string(),
  webhookUrl: z.string().nullable(),
});
export type FormitableScenarioCredentials = z.infer<typeof formitableCredentialsSchema>;

/** Typed client of the Formitable simulator's scenario API, for tests and the demo. */
export class FormitableScenarioClient extends ScenarioClientBase {
  credentials(): Promise<FormitableScenarioCredentials> {
    return this.call('GET', '/credentials', formitableCredentialsSchema);
  }

  bookings(): Promise<ScenarioBooking[]> {
    return this.call('GET', '/bookings', z.array(scenarioBookingSchema));
  }

  booking(uid: string): Promise<ScenarioBooking> {
    return this.call('GET', `/bookings/${encodeURIComponent(uid)}`, scenarioBookingSchema);
  }

  /** A booking taken in the restaurant's back-office (or by its widget); notifies the relay. */
  createBooking(input: ScenarioCreateBookingInput): Promise<ScenarioBooking> {
    return this.call('POST', '/bookings', scenarioBookingSchema, input);
  }

  updateBooking(uid: string, change: ScenarioUpdateBookingInput): Promise<ScenarioBooking> {
    return this.call(
      'PATCH',
      `/bookings/${encodeURIComponent(uid)}`,
      scenarioBookingSchema,
      change,
    );
  }

  cancelBooking(uid: string, options: { silent?: boolean } = {}): Promise<ScenarioBooking> {
    return this.call(
      'POST',
      `/bookings/${encodeURIComponent(uid)}/cancel`,
      scenarioBookingSchema,
      options,
    );
  }

  /** Toggles check-in, like the API: a second call undoes it. */
  toggleCheckIn(uid: string, options: { silent?: boolean } = {}): Promise<ScenarioBooking> {
    return this.call(
      'POST',
      `/bookings/${encodeURIComponent(uid)}/checkin`,
      scenarioBookingSchema,
      options,
    );
  }

  toggleCheckOut(uid: string, options: { silent?: boolean } = {}): Promise<ScenarioBooking> {
    return this.call(
      'POST',
      `/bookings/${encodeURIComponent(uid)}/checkout`,
      scenarioBookingSchema,
      options,
    );
  }
}
