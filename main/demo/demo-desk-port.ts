import type { DeskRepositories } from '../../shared/store/desk-repositories';
import type { DemoDeskPort } from './demo-ports';

/**
 * The desk port over the desk's repositories: a platform booking is found through its
 * external mapping, and the host's edit is an ordinary `reservations.update` (zod-checked there),
 * which the sync engine sees on the reservations change stream like any edit made in the UI.
 */
export function demoDeskPort(repos: Pick<DeskRepositories, 'reservations' | 'sync'>): DemoDeskPort {
  return {
    bookingOf: async (platform, externalId) => {
      const mapping = await repos.sync.mappingOf(platform, 'reservation', externalId);
      if (mapping === null) return null;
      const reservation = await repos.reservations.byId(mapping.entityId);
      if (reservation === null) return null;
      const open = await repos.sync.openConflictsOf('reservation', reservation.id);
      return {
        id: reservation.id,
        partySize: reservation.partySize,
        status: reservation.status,
        openConflicts: open.length,
      };
    },
    setPartySize: async (reservationId, partySize) => {
      await repos.reservations.update(reservationId, { partySize });
    },
  };
}
