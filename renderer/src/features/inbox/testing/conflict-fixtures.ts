import type { Conflict } from '../../../../../shared/domain/conflict';

/** A reservation conflict: covers and allergies differ, notes only on the desk. */
export function sampleConflict(overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: 'c1',
    entityType: 'reservation',
    entityId: 'r1',
    platform: 'thefork',
    localVersion: {
      id: 'r1',
      guestName: 'Camille Durand',
      partySize: 4,
      notes: 'window',
      allergies: ['nuts'],
      status: 'confirmed',
      updatedAt: 1,
    },
    remoteVersion: {
      id: 'r1',
      guestName: 'Camille Durand',
      partySize: 6,
      allergies: ['Gluten', 'NUTS'],
      status: 'confirmed',
      occasion: 'birthday',
      updatedAt: 2,
    },
    fields: [
      { field: 'partySize', local: 4, remote: 6 },
      { field: 'allergies', local: ['nuts'], remote: ['Gluten', 'NUTS'] },
      { field: 'notes', local: 'window' },
    ],
    status: 'open',
    createdAt: 10,
    updatedAt: 10,
    ...overrides,
  };
}
