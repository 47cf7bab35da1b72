import type { ReservationDraft } from '../reservation-repository';

/** A plausible reservation; tests override what they care about. */
export function reservationDraft(overrides: Partial<ReservationDraft> = {}): ReservationDraft {
  return {
    guestName: 'Camille Durand',
    partySize: 2,
    startsAt: Date.parse('2026-03-29T18:00:00Z'),
    durationMinutes: 90,
    status: 'confirmed',
    source: 'phone',
    tableIds: [],
    allergies: [],
    dietaryRestrictions: [],
    ...overrides,
  };
}
