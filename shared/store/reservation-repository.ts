import { map, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { Reservation, type ReservationStatus } from '../domain/reservation';
import {
  customerReservationsQuery,
  dayBookQuery,
  reservationsBetweenQuery,
  reservationsWithStatusQuery,
} from '../domain/queries';
import type { InstantRange } from '../domain/time';
import { insertValidated, modifyValidated } from './validated-writes';
import type { Snapshot, StoreDeps } from './store-deps';

/** What a caller gives to create a reservation; the store fills id and times when absent. */
export type ReservationDraft = Omit<Reservation, 'id' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<Reservation, 'id'>>;

/** Fields a caller may change; id and creation time never change. */
export type ReservationPatch = Partial<Omit<Reservation, 'id' | 'createdAt' | 'updatedAt'>>;

/** The instant field stamped when a reservation first enters a status. */
const STATUS_STAMP: Partial<
  Record<ReservationStatus, 'arrivedAt' | 'seatedAt' | 'completedAt' | 'cancelledAt'>
> = {
  arrived: 'arrivedAt',
  seated: 'seatedAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
};

export interface ReservationRepository {
  /** Reservations starting in [startMs, endMs), in time order (ties by id). */
  between(range: InstantRange): Promise<Snapshot<Reservation>[]>;
  between$(range: InstantRange): Observable<Snapshot<Reservation>[]>;
  /** The book of a local date in the restaurant's zone (DST days included). */
  dayBook(date: string, timeZone: string): Promise<Snapshot<Reservation>[]>;
  /** Live: emits the day's book now and after every change that affects it. */
  dayBook$(date: string, timeZone: string): Observable<Snapshot<Reservation>[]>;
  byId(id: string): Promise<Snapshot<Reservation> | null>;
  withStatus(status: ReservationStatus, range: InstantRange): Promise<Snapshot<Reservation>[]>;
  ofCustomer(customerId: string): Promise<Snapshot<Reservation>[]>;
  create(draft: ReservationDraft): Promise<Snapshot<Reservation>>;
  update(id: string, patch: ReservationPatch): Promise<Snapshot<Reservation>>;
  /** Moves the status; stamps arrivedAt/seatedAt/completedAt/cancelledAt the first time. */
  setStatus(id: string, status: ReservationStatus): Promise<Snapshot<Reservation>>;
}

export function createReservationRepository(
  collection: RxCollection<Reservation>,
  deps: StoreDeps,
): ReservationRepository {
  const now = (): number => deps.clock.now().getTime();
  const snapshots = (docs: { toJSON(): unknown }[]): Snapshot<Reservation>[] =>
    docs.map((d) => d.toJSON() as Snapshot<Reservation>);
  const modify = (id: string, change: (current: Reservation, at: number) => Reservation) =>
    modifyValidated(collection, Reservation, id, change, now);

  return {
    between: async (range) =>
      snapshots(await collection.find(reservationsBetweenQuery(range)).exec()),
    between$: (range) => collection.find(reservationsBetweenQuery(range)).$.pipe(map(snapshots)),
    dayBook: async (date, timeZone) =>
      snapshots(await collection.find(dayBookQuery(date, timeZone)).exec()),
    dayBook$: (date, timeZone) =>
      collection.find(dayBookQuery(date, timeZone)).$.pipe(map(snapshots)),
    byId: async (id) => {
      const doc = await collection.findOne(id).exec();
      return doc === null ? null : doc.toJSON();
    },
    withStatus: async (status, range) =>
      snapshots(await collection.find(reservationsWithStatusQuery(status, range)).exec()),
    ofCustomer: async (customerId) =>
      snapshots(await collection.find(customerReservationsQuery(customerId)).exec()),
    create: (draft) => {
      const at = now();
      const id = draft.id ?? deps.newId();
      return insertValidated(collection, Reservation, {
        ...draft,
        id,
        createdAt: at,
        updatedAt: at,
      });
    },
    update: (id, patch) => modify(id, (current) => ({ ...current, ...patch })),
    setStatus: (id, status) =>
      modify(id, (current, at) => {
        const next: Reservation = { ...current, status };
        const stamp = STATUS_STAMP[status];
        if (stamp !== undefined) next[stamp] ??= at;
        if (status === 'seated' || status === 'completed') next.arrivedAt ??= at;
        if (status === 'completed') next.seatedAt ??= at;
        return next;
      }),
  };
}
