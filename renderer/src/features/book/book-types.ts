import type { DiningRoom } from '../../../../shared/domain/dining-room';
import type { DiningService } from '../../../../shared/domain/dining-service';
import type { DiningTable } from '../../../../shared/domain/dining-table';
import type { Reservation } from '../../../../shared/domain/reservation';
import type { Snapshot } from '../../../../shared/store/store-deps';

/** Read-only documents as the live queries hand them out. */
export type BookReservation = Snapshot<Reservation>;
export type BookService = Snapshot<DiningService>;
export type BookTable = Snapshot<DiningTable>;
export type BookRoom = Snapshot<DiningRoom>;

/** Statuses that no longer count as covers for the night (they free their table and slot). */
export function countsAsCovers(status: Reservation['status']): boolean {
  return status !== 'cancelled' && status !== 'no_show';
}
