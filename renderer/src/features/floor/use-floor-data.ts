import { useMemo } from 'react';
import { of } from 'rxjs';
import { localDateOf } from '../../../../shared/domain/time/zoned-time';
import { useNow } from '../../app/use-now';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { useDeskStore } from '../../app/desk-store';
import { useFloorStore } from './floor-store';
import { deriveTableStates, unassignedReservations } from './table-state';

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Everything the floor plan reads, live: rooms, the room's tables, today's book, the time. */
export function useFloorData() {
  const { repos } = useDeskData();
  const locale = useDeskStore((s) => s.locale);
  const chosenRoom = useFloorStore((s) => s.roomId);
  const settings = useObservable(() => repos.settings.get$(), [repos], null);
  const zone = settings?.timeZone ?? systemZone();
  // Elapsed minutes on seated tables tick with this.
  const now = useNow(15_000);
  const today = localDateOf(now, zone);
  const allRooms = useObservable(() => repos.floor.rooms$(), [repos], null);
  const rooms = useMemo(() => (allRooms ?? []).filter((r) => r.active), [allRooms]);
  const room = rooms.find((r) => r.id === chosenRoom) ?? rooms[0] ?? null;
  const roomId = room?.id ?? null;
  const tables = useObservable(
    () => (roomId ? repos.floor.tablesOfRoom$(roomId) : of([])),
    [repos, roomId],
    null,
  );
  const book = useObservable(
    () => repos.reservations.dayBook$(today, zone),
    [repos, today, zone],
    null,
  );
  const states = useMemo(
    () => deriveTableStates(tables ?? [], book ?? [], now),
    [tables, book, now],
  );
  const unassigned = useMemo(() => unassignedReservations(book ?? [], now), [book, now]);
  const time = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    });
    return (ms: number) => format.format(ms);
  }, [locale, zone]);
  return {
    repos,
    loading: allRooms === null,
    rooms,
    room,
    tables: tables ?? [],
    book: book ?? [],
    states,
    unassigned,
    now,
    time,
  };
}

export type FloorData = ReturnType<typeof useFloorData>;
