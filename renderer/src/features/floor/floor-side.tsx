import type { RefObject } from 'react';
import { useFloorStore } from './floor-store';
import { FloorHint } from './floor-notices';
import { RoomForm } from './room-tabs';
import { AddTableForm } from './add-table-form';
import { TableEditForm } from './table-editor';
import { TablePanel } from './table-panel';
import { UnassignedList } from './unassigned-list';
import type { FloorData } from './use-floor-data';
import type { useEditHandlers } from './use-edit-handlers';
import type { useServiceHandlers } from './use-service-handlers';

/** Next free label: one more than the highest number in use ("21" after "20"). */
function suggestLabel(labels: readonly string[]): string {
  const numbers = labels.map((l) => Number(l)).filter((n) => Number.isInteger(n));
  let next = numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
  while (labels.includes(String(next))) next += 1;
  return String(next);
}

/** The side column: the selected table's panel (service or edit), then today's unassigned. */
export function FloorSide(props: {
  data: FloorData;
  service: ReturnType<typeof useServiceHandlers>;
  edit: ReturnType<typeof useEditHandlers>;
  walkInRef: RefObject<HTMLInputElement | null>;
  onClose: () => void;
}) {
  const { data, service, edit } = props;
  const selectedId = useFloorStore((s) => s.selectedTableId);
  const combinedIds = useFloorStore((s) => s.combined);
  const editMode = useFloorStore((s) => s.editMode);
  const pickingFor = useFloorStore((s) => s.pickingFor);
  const setPickingFor = useFloorStore((s) => s.setPickingFor);
  const setCombined = useFloorStore((s) => s.setCombined);
  const table = data.tables.find((x) => x.id === selectedId) ?? null;
  const others = data.tables.filter((x) => x.id !== selectedId);

  if (editMode) {
    return (
      <>
        {table ? (
          <TableEditForm
            key={`${table.id}-${table.updatedAt}`}
            table={table}
            others={others}
            onSave={(patch) => edit.resizeOrSave(table, patch)}
            onRotate={(delta) => edit.rotate(table, delta)}
            onDelete={() => edit.remove(table)}
          />
        ) : null}
        {data.room ? (
          <AddTableForm
            suggestedLabel={suggestLabel(data.tables.map((x) => x.label))}
            tables={data.tables}
            onAdd={edit.add}
          />
        ) : null}
        {data.room ? (
          <RoomForm
            key={`${data.room.id}-${data.room.updatedAt}`}
            room={data.room}
            onSave={(f) => edit.saveRoom(f, true)}
          />
        ) : null}
        <RoomForm key="new-room" room={null} onSave={(f) => edit.saveRoom(f, false)} />
      </>
    );
  }

  const state = table ? data.states.get(table.id) : undefined;
  const neighbours = table
    ? others.filter(
        (o) =>
          (table.combinableWith.includes(o.id) || o.combinableWith.includes(table.id)) &&
          !o.blocked &&
          ['free', 'soon'].includes(data.states.get(o.id)?.kind ?? 'free'),
      )
    : [];
  return (
    <>
      {table && state ? (
        <TablePanel
          key={table.id}
          table={table}
          state={state}
          seated={data.book.find((r) => r.id === state.seated?.id)}
          next={data.book.find((r) => r.id === state.next?.id)}
          neighbours={neighbours}
          combined={data.tables.filter((x) => combinedIds.includes(x.id))}
          time={data.time}
          walkInRef={props.walkInRef}
          onClose={props.onClose}
          onSeatWalkIn={(party) => service.walkIn(table, party)}
          onSeatNext={() => service.seatNext(table)}
          onFree={() => service.free(table)}
          onBlock={(reason) => service.setBlocked(table, true, reason)}
          onUnblock={() => void service.setBlocked(table, false, '')}
          onMove={setPickingFor}
          onToggleCombine={(id) =>
            setCombined(
              combinedIds.includes(id) ? combinedIds.filter((c) => c !== id) : [...combinedIds, id],
            )
          }
        />
      ) : null}
      <UnassignedList
        reservations={data.unassigned}
        pickingFor={pickingFor}
        time={data.time}
        onPick={setPickingFor}
      />
      <FloorHint editMode={false} />
    </>
  );
}
