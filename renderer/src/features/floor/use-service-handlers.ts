import type { Table, Booking } from './floor-types';
import { useCallback } from 'react';
import { useT } from '../../app/use-t';
import {
  assignTables,
  completeReservation,
  seatReservation,
  seatWalkIn,
  updateTable,
  WALK_IN_MINUTES,
} from './floor-actions';
import { partyText, refusalText } from './floor-labels';
import { useFloorStore } from './floor-store';
import { checkFit, fitOnTable, type FitParty } from './table-fit';
import type { FloorData } from './use-floor-data';
import { useFloorRunner } from './use-floor-commands';

const labelsOf = (tables: readonly Table[]) => tables.map((t) => t.label).join(' + ');

/** The host's actions during service: assign, seat, free, block, each undoable. */
export function useServiceHandlers(data: FloorData) {
  const t = useT();
  const run = useFloorRunner();
  const notify = useFloorStore((s) => s.notify);
  const combinedIds = useFloorStore((s) => s.combined);
  const selectedId = useFloorStore((s) => s.selectedTableId);
  const setCombined = useFloorStore((s) => s.setCombined);
  const { repos, tables, book, now, time, room } = data;

  /** The selected table and the tables combined with it, when `tableId` is one of them. */
  const groupFor = useCallback(
    (tableId: string): Table[] => {
      const ids = selectedId ? [selectedId, ...combinedIds] : [];
      if (combinedIds.length === 0 || !ids.includes(tableId)) {
        const one = tables.find((x) => x.id === tableId);
        return one ? [one] : [];
      }
      return ids.flatMap((id) => tables.filter((x) => x.id === id));
    },
    [combinedIds, selectedId, tables],
  );

  const doAssign = useCallback(
    async (r: Booking, group: readonly Table[]) => {
      if (!room) return false;
      const ok = await run(
        t('floor.what.assign', { name: r.guestName }),
        t('floor.done.assigned', {
          name: r.guestName,
          party: partyText(t, r.partySize),
          labels: labelsOf(group),
        }),
        () =>
          assignTables(
            repos,
            r,
            group.map((x) => x.id),
            room.id,
          ),
      );
      if (ok) setCombined([]);
      return ok;
    },
    [repos, room, run, setCombined, t],
  );

  const assign = useCallback(
    (reservationId: string, tableId: string) => {
      const r = book.find((x) => x.id === reservationId);
      const group = groupFor(tableId);
      const target = group.find((x) => x.id === tableId);
      if (!r || !target) {
        notify({ tone: 'refused', text: t('floor.refuse.notFound') });
        return;
      }
      const seated = r.status === 'seated';
      const party: FitParty = {
        id: r.id,
        partySize: r.partySize,
        // A seated party moves now, for what is left of its time (at least a minute).
        startsAt: seated ? now : r.startsAt,
        durationMinutes: seated
          ? Math.max(1, Math.ceil((r.startsAt + r.durationMinutes * 60_000 - now) / 60_000))
          : r.durationMinutes,
      };
      const result =
        group.length > 1
          ? checkFit(party, group, book, now)
          : fitOnTable(party, target, tables, book, now);
      if (result.ok) {
        void doAssign(r, group);
        return;
      }
      const text = refusalText(
        t,
        time,
        result.refusal,
        { name: r.guestName, partySize: r.partySize },
        labelsOf(group),
      );
      const combo =
        'combination' in result && result.combination
          ? result.combination.flatMap((id) => tables.filter((x) => x.id === id))
          : [];
      notify({
        tone: 'refused',
        text,
        ...(combo.length > 1
          ? {
              offer: {
                label: t('floor.refuse.combine', {
                  labels: labelsOf(combo),
                  seats: combo.reduce((s, x) => s + x.seatsMax, 0),
                }),
                run: () => void doAssign(r, combo),
              },
            }
          : {}),
      });
    },
    [book, doAssign, groupFor, notify, now, t, tables, time],
  );

  const walkIn = useCallback(
    async (table: Table, partySize: number) => {
      if (!room) return false;
      const group = groupFor(table.id);
      const party = { id: '', partySize, startsAt: now, durationMinutes: WALK_IN_MINUTES };
      // A walk-in may sit before a later booking (the host's call); only a party there now,
      // a block, or too few seats refuse it.
      const seatedNow = book.filter((r) => r.status === 'seated');
      const fit = checkFit(party, group, seatedNow, now);
      if (!fit.ok && fit.refusal.reason !== 'too_small') {
        notify({
          tone: 'refused',
          text: refusalText(
            t,
            time,
            fit.refusal,
            { name: t('floor.walkInName'), partySize },
            labelsOf(group),
          ),
        });
        return false;
      }
      const ok = await run(
        t('floor.what.walkIn', { label: labelsOf(group) }),
        t('floor.done.walkIn', { party: partyText(t, partySize), label: labelsOf(group) }),
        async () =>
          (
            await seatWalkIn(repos, {
              partySize,
              tableIds: group.map((x) => x.id),
              diningRoomId: room.id,
              guestName: t('floor.walkInName'),
              nowMs: now,
            })
          ).undo,
      );
      if (ok) setCombined([]);
      return ok;
    },
    [book, groupFor, notify, now, repos, room, run, setCombined, t, time],
  );

  const seatNext = useCallback(
    (table: Table) => {
      const state = data.states.get(table.id);
      const next = book.find((r) => r.id === state?.next?.id);
      if (!state || !next) return;
      if (state.seated) {
        notify({
          tone: 'refused',
          text: refusalText(
            t,
            time,
            { reason: 'taken', table, by: state.seated },
            { name: next.guestName, partySize: next.partySize },
            table.label,
          ),
        });
        return;
      }
      void run(
        t('floor.what.seat', { name: next.guestName }),
        t('floor.done.seated', { name: next.guestName, label: table.label }),
        () => seatReservation(repos, next),
      );
    },
    [book, data.states, notify, repos, run, t, time],
  );

  const free = useCallback(
    (table: Table) => {
      const seated = book.find((r) => r.id === data.states.get(table.id)?.seated?.id);
      if (!seated) return;
      void run(
        t('floor.what.free', { label: table.label }),
        t('floor.done.freed', { label: table.label }),
        () => completeReservation(repos, seated),
      );
    },
    [book, data.states, repos, run, t],
  );

  const setBlocked = useCallback(
    (table: Table, blocked: boolean, reason: string) =>
      run(
        t(blocked ? 'floor.what.block' : 'floor.what.unblock', { label: table.label }),
        t(blocked ? 'floor.done.blocked' : 'floor.done.unblocked', { label: table.label }),
        () =>
          updateTable(repos, table, {
            blocked,
            blockedReason: blocked && reason !== '' ? reason : undefined,
          }),
      ),
    [repos, run, t],
  );

  return { assign, walkIn, seatNext, free, setBlocked };
}
