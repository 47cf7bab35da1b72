import { describe, expect, it } from 'vitest';
import { FormitableScenarioClient } from './formitable/scenario-client';
import { startFormitableSim } from './formitable/server';
import { TheForkScenarioClient } from './thefork/scenario-client';
import { startTheForkSim } from './thefork/server';

describe('seeded simulators', () => {
  it('TheFork: the same seed gives the same credentials and sample reservations', async () => {
    const run = async (seed: number) => {
      const sim = await startTheForkSim({ seed, initialReservations: 5 });
      try {
        const scenario = new TheForkScenarioClient(sim.scenarioUrl);
        const list = await scenario.reservations();
        return {
          credentials: sim.credentials,
          ids: list.map((r) => [r.reservation.reservationUuid, r.reservation.partySize]),
        };
      } finally {
        await sim.close();
      }
    };
    const [a, b, c] = [await run(7), await run(7), await run(8)];
    expect(a.ids).toHaveLength(5);
    expect(b).toEqual(a);
    expect(c.credentials.clientId).not.toBe(a.credentials.clientId);
  });

  it('Formitable: the same seed gives the same key, uid and sample bookings', async () => {
    const run = async (seed: number) => {
      const sim = await startFormitableSim({ seed, initialBookings: 5 });
      try {
        const list = await new FormitableScenarioClient(sim.scenarioUrl).bookings();
        return {
          credentials: sim.credentials,
          ids: list.map((b) => [b.booking.uid, b.booking.numberOfPeople]),
        };
      } finally {
        await sim.close();
      }
    };
    const [a, b] = [await run(7), await run(7)];
    expect(a.ids).toHaveLength(5);
    expect(b).toEqual(a);
    expect(a.credentials.webhookSecret).toMatch(/^whsec_/);
  });
});
