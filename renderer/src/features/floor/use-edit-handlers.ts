import type { Table } from './floor-types';
import { useCallback } from 'react';
import { useT } from '../../app/use-t';
import { createTable, deleteTable, updateTable, type TableFields } from './floor-actions';
import {
  clampToRoom,
  freeSpot,
  moveTable,
  overlapping,
  rotateBy,
  type Box,
} from './floor-geometry';
import { GRID } from './floor-plan';
import { useFloorStore } from './floor-store';
import { DEFAULT_SIZE, type TableDraft } from './table-form-fields';
import type { FloorData } from './use-floor-data';
import { errorText, useFloorRunner } from './use-floor-commands';

/** Edit mode: add, move, resize, rotate, change and delete tables; add and rename rooms. */
export function useEditHandlers(data: FloorData) {
  const t = useT();
  const run = useFloorRunner();
  const notify = useFloorStore((s) => s.notify);
  const select = useFloorStore((s) => s.select);
  const setRoom = useFloorStore((s) => s.setRoom);
  const pushUndo = useFloorStore((s) => s.pushUndo);
  const { repos, room, tables } = data;

  const saveTable = useCallback(
    async (table: Table, patch: Partial<TableFields>) => {
      const ok = await run(
        t('floor.what.moveTable', { label: patch.label ?? table.label }),
        t('floor.what.moveTable', { label: patch.label ?? table.label }),
        () => updateTable(repos, table, patch),
      );
      if (ok) {
        const box: Box = { ...table, ...patch };
        const others = overlapping(table.id, box, tables);
        if (others.length > 0) {
          const labels = tables.filter((x) => others.includes(x.id)).map((x) => x.label);
          notify({
            tone: 'refused',
            text: t('floor.edit.overlap', { label: table.label, others: labels.join(', ') }),
          });
        }
      }
      return ok;
    },
    [notify, repos, run, t, tables],
  );

  const commitBox = useCallback(
    (table: Table, box: Box) =>
      void saveTable(table, {
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        rotation: box.rotation,
      }),
    [saveTable],
  );

  const nudge = useCallback(
    (table: Table, dx: number, dy: number, step: number) => {
      if (!room) return;
      const moved = moveTable(table, dx * step, dy * step, room, step === 1 ? 0 : GRID);
      if (moved.x !== table.x || moved.y !== table.y) commitBox(table, moved);
    },
    [commitBox, room],
  );

  const rotate = useCallback(
    (table: Table, delta: number) => {
      if (!room) return;
      const turned = clampToRoom({ ...table, rotation: rotateBy(table.rotation, delta) }, room);
      commitBox(table, turned);
    },
    [commitBox, room],
  );

  const resizeOrSave = useCallback(
    (table: Table, patch: Partial<TableFields>) => {
      if (!room) return Promise.resolve(false);
      const box = clampToRoom({ ...table, ...patch }, room);
      return saveTable(table, { ...patch, x: box.x, y: box.y });
    },
    [room, saveTable],
  );

  const remove = useCallback(
    (table: Table) => {
      void run(
        t('floor.what.deleteTable', { label: table.label }),
        t('floor.what.deleteTable', { label: table.label }),
        () => deleteTable(repos, table),
      ).then((ok) => {
        if (ok) select(null);
      });
    },
    [repos, run, select, t],
  );

  const add = useCallback(
    async (draft: TableDraft) => {
      if (!room) return false;
      const size = DEFAULT_SIZE[draft.shape];
      const spot = freeSpot(size, room, tables, GRID);
      try {
        const { table, undo } = await createTable(repos, {
          diningRoomId: room.id,
          label: draft.label,
          shape: draft.shape,
          seatsMin: draft.seatsMin,
          seatsMax: draft.seatsMax,
          ...spot,
          ...size,
          rotation: 0,
          combinableWith: [],
          blocked: false,
        });
        pushUndo({ what: t('floor.what.addTable', { label: table.label }), undo });
        notify({ tone: 'done', text: t('floor.what.addTable', { label: table.label }) });
        select(table.id);
        return true;
      } catch (error) {
        notify({ tone: 'error', text: t('floor.error.save', { message: errorText(error) }) });
        return false;
      }
    },
    [notify, pushUndo, repos, room, select, t, tables],
  );

  const saveRoom = useCallback(
    async (fields: { name: string; width: number; height: number }, existing: boolean) => {
      try {
        if (existing && room) {
          const before = room;
          await repos.floor.rooms.update(room.id, fields);
          pushUndo({
            what: t('floor.what.room', { name: fields.name }),
            undo: async () => {
              await repos.floor.rooms.update(before.id, {
                name: before.name,
                width: before.width,
                height: before.height,
              });
            },
          });
        } else {
          const position = data.rooms.reduce((m, r) => Math.max(m, r.position + 1), 0);
          const created = await repos.floor.rooms.create({ ...fields, position, active: true });
          pushUndo({
            what: t('floor.what.room', { name: fields.name }),
            undo: () => repos.floor.rooms.remove(created.id),
          });
          setRoom(created.id);
        }
        notify({ tone: 'done', text: t('floor.what.room', { name: fields.name }) });
        return true;
      } catch (error) {
        notify({ tone: 'error', text: t('floor.error.save', { message: errorText(error) }) });
        return false;
      }
    },
    [data.rooms, notify, pushUndo, repos, room, setRoom, t],
  );

  return { commitBox, nudge, rotate, resizeOrSave, remove, add, saveRoom };
}
