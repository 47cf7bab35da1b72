import { z } from 'zod';
import { ScenarioClientBase } from '../common/scenario-client-base';
import {
  scenarioReservationSchema,
  type ScenarioCreateReservationInput,
  type ScenarioReservation,
  type ScenarioUpdateCustomerInput,
  type ScenarioUpdateReservationInput,
} from './scenario-schemas';
import { customerDetailSchema, type CustomerDetail } from './wire';

export const theForkCredentialsSchema = z.object({
  clientId: z.string(),
  clientSecret: z.string(),
  audience: z.string(),
  restaurantUuid: z.string(),
  groupUuid: z.string(),
  webhookToken: z.string(),
  webhookUrl: z.string().nullable(),
});
export type TheForkScenarioCredentials = z.infer<typeof theForkCredentialsSchema>;

/** Typed client of the TheFork simulator's scenario API, for tests and the demo. */
export class TheForkScenarioClient extends ScenarioClientBase {
  credentials(): Promise<TheForkScenarioCredentials> {
    return this.call('GET', '/credentials', theForkCredentialsSchema);
  }

  reservations(): Promise<ScenarioReservation[]> {
    return this.call('GET', '/reservations', z.array(scenarioReservationSchema));
  }

  reservation(uuid: string): Promise<ScenarioReservation> {
    return this.call('GET', `/reservations/${encodeURIComponent(uuid)}`, scenarioReservationSchema);
  }

  /** A booking made on TheFork (by a guest or the restaurant's staff); sends the webhook. */
  createReservation(input: ScenarioCreateReservationInput): Promise<ScenarioReservation> {
    return this.call('POST', '/reservations', scenarioReservationSchema, input);
  }

  updateReservation(
    uuid: string,
    change: ScenarioUpdateReservationInput,
  ): Promise<ScenarioReservation> {
    return this.call(
      'PATCH',
      `/reservations/${encodeURIComponent(uuid)}`,
      scenarioReservationSchema,
      change,
    );
  }

  cancelReservation(
    uuid: string,
    options: { silent?: boolean } = {},
  ): Promise<ScenarioReservation> {
    return this.call(
      'POST',
      `/reservations/${encodeURIComponent(uuid)}/cancel`,
      scenarioReservationSchema,
      options,
    );
  }

  customers(): Promise<CustomerDetail[]> {
    return this.call('GET', '/customers', z.array(customerDetailSchema));
  }

  updateCustomer(uuid: string, change: ScenarioUpdateCustomerInput): Promise<CustomerDetail> {
    return this.call(
      'PATCH',
      `/customers/${encodeURIComponent(uuid)}`,
      customerDetailSchema,
      change,
    );
  }
}
