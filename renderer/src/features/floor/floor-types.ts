import type { DiningRoom } from '../../../../shared/domain/dining-room';
import type { DiningTable } from '../../../../shared/domain/dining-table';
import type { Reservation } from '../../../../shared/domain/reservation';
import type { Snapshot } from '../../../../shared/store/store-deps';

/** The store hands out read-only snapshots; the floor works on them. */
export type Room = Snapshot<DiningRoom>;
export type Table = Snapshot<DiningTable>;
export type Booking = Snapshot<Reservation>;
