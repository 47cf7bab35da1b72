import type { MangoQuery } from 'rxdb';
import type { DiningRoom } from '../dining-room';
import type { DiningService } from '../dining-service';
import type { DiningTable } from '../dining-table';

/** Rooms as tabs, in their order. Index [position]. */
export function roomsQuery(): MangoQuery<DiningRoom> {
  return { selector: {}, sort: [{ position: 'asc' }] };
}

/** The tables of one room, by label. Index [diningRoomId, label]. */
export function tablesOfRoomQuery(diningRoomId: string): MangoQuery<DiningTable> {
  return { selector: { diningRoomId }, sort: [{ diningRoomId: 'asc' }, { label: 'asc' }] };
}

/** Services in their display order. Index [position]. */
export function servicesQuery(): MangoQuery<DiningService> {
  return { selector: {}, sort: [{ position: 'asc' }] };
}
