import { map } from 'rxjs';
import { servicesQuery } from '../../../../shared/domain/queries';
import { localDateOf } from '../../../../shared/domain/time';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import type { BookReservation, BookRoom, BookService, BookTable } from './book-types';

const NO_SERVICES: readonly BookService[] = [];
const NO_TABLES: readonly BookTable[] = [];
const NO_ROOMS: readonly BookRoom[] = [];

const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The restaurant's zone (the system's until the restaurant is set up). */
export function useRestaurantZone(): string {
  const { repos } = useDeskData();
  const settings = useObservable(() => repos.settings.get$(), [repos], null);
  return settings?.timeZone ?? systemZone();
}

export function todayIn(zone: string, now: number): string {
  return localDateOf(now, zone);
}

/** Services, rooms and tables, live: the book redraws when the manager edits them. */
export function useFloorAndServices(): {
  services: readonly BookService[];
  rooms: readonly BookRoom[];
  tables: readonly BookTable[];
} {
  const { db, repos } = useDeskData();
  const services = useObservable(
    () =>
      db.dining_services
        .find(servicesQuery())
        .$.pipe(map((docs) => docs.map((d) => d.toJSON() as BookService))),
    [db],
    NO_SERVICES,
  );
  const rooms = useObservable(() => repos.floor.rooms$(), [repos], NO_ROOMS);
  const tables = useObservable(
    () =>
      db.dining_tables
        .find({ selector: {} })
        .$.pipe(map((docs) => docs.map((d) => d.toJSON() as BookTable))),
    [db],
    NO_TABLES,
  );
  return { services, rooms, tables };
}

const NOT_YET = { key: '', list: null } as const;

/** The day's book, live; null until the first answer for that very date (never the previous day's). */
export function useDayBook(date: string, zone: string): readonly BookReservation[] | null {
  const { repos } = useDeskData();
  const key = `${date}|${zone}`;
  const answer = useObservable<{ key: string; list: readonly BookReservation[] | null }>(
    () => repos.reservations.dayBook$(date, zone).pipe(map((list) => ({ key, list }))),
    [repos, key],
    NOT_YET,
  );
  return answer.key === key ? answer.list : null;
}
