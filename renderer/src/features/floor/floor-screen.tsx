import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../app/use-t';
import { tableName } from './floor-labels';
import { FloorPlan, GRID, type PlanTable } from './floor-plan';
import { nearestInDirection, type Direction } from './floor-geometry';
import { useFloorStore } from './floor-store';
import { FloorHint, FloorLegend, FloorNotices } from './floor-notices';
import { RoomTabs } from './room-tabs';
import { FloorSide } from './floor-side';
import { useEditHandlers } from './use-edit-handlers';
import { useFloorData } from './use-floor-data';
import { useFloorUndo } from './use-floor-commands';
import { useServiceHandlers } from './use-service-handlers';
import './floor.css';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const NUDGE: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Screen 2: rooms as tabs, tables to scale with their live state, service and edit actions. */
export function FloorScreen() {
  const t = useT();
  const data = useFloorData();
  const { room, tables, states, time } = data;
  const store = useFloorStore();
  const service = useServiceHandlers(data);
  const edit = useEditHandlers(data);
  const undo = useFloorUndo();
  const figures = useRef(new Map<string, SVGGElement>());
  const walkInRef = useRef<HTMLInputElement | null>(null);
  const { select, setPickingFor, setCombined, notify } = store;

  const planTables: PlanTable[] = useMemo(
    () =>
      tables.map((table) => {
        const state = states.get(table.id) ?? { kind: 'free' as const };
        return { table, state, name: tableName(t, time, table, state) };
      }),
    [states, t, tables, time],
  );

  const summary = useMemo(() => {
    const count = { free: 0, soon: 0, seated: 0, over: 0, blocked: 0 };
    for (const table of tables) count[states.get(table.id)?.kind ?? 'free'] += 1;
    return t('floor.summary', { room: room?.name ?? '', ...count });
  }, [room, states, t, tables]);

  const focusTable = useCallback((id: string) => {
    requestAnimationFrame(() => figures.current.get(id)?.focus());
  }, []);

  const closePanels = useCallback(() => {
    const state = useFloorStore.getState();
    if (state.pickingFor) setPickingFor(null);
    else if (state.combined.length > 0) setCombined([]);
    else if (state.selectedTableId) {
      const id = state.selectedTableId;
      select(null);
      focusTable(id);
    } else notify(null);
  }, [focusTable, notify, select, setCombined, setPickingFor]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closePanels();
      const undoKey = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z';
      if (undoKey && !event.shiftKey && !typingIn(event.target)) {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closePanels, undo]);

  const activate = (tableId: string) => {
    const picking = useFloorStore.getState().pickingFor;
    if (picking && !store.editMode) {
      setPickingFor(null);
      service.assign(picking, tableId);
      return;
    }
    if (store.selectedTableId !== tableId) select(tableId);
  };

  const onTableKey = (event: KeyboardEvent<SVGGElement>, tableId: string) => {
    const table = tables.find((x) => x.id === tableId);
    if (!table || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      if (store.editMode && store.selectedTableId === tableId) {
        const [dx, dy] = NUDGE[direction];
        edit.nudge(table, dx, dy, event.shiftKey ? 1 : GRID);
        return;
      }
      const next = nearestInDirection(tableId, direction, tables);
      if (next) {
        select(next);
        focusTable(next);
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(tableId);
    } else if (!store.editMode && event.key.toLowerCase() === 's') {
      event.preventDefault();
      select(tableId);
      service.seatNext(table);
    } else if (!store.editMode && event.key.toLowerCase() === 'w') {
      event.preventDefault();
      select(tableId);
      requestAnimationFrame(() => walkInRef.current?.focus());
    }
  };

  const registerFigure = useCallback((id: string, el: SVGGElement | null) => {
    if (el) figures.current.set(id, el);
    else figures.current.delete(id);
  }, []);

  const lastUndo = store.undoStack[store.undoStack.length - 1];
  const panelId = 'floor-room-panel';

  if (data.loading) return <p className="muted">{t('floor.loading')}</p>;

  return (
    <div className="floor-screen">
      <h1 className="visually-hidden">{t('floor.title')}</h1>
      <div className="floor-toolbar">
        <RoomTabs
          rooms={data.rooms}
          roomId={room?.id ?? null}
          panelId={panelId}
          onSelect={store.setRoom}
        />
        <div className="floor-toolbar-actions">
          <button
            type="button"
            className="button"
            disabled={!lastUndo}
            aria-keyshortcuts="Control+Z"
            title={lastUndo ? t('floor.undo.what', { what: lastUndo.what }) : t('floor.undo.none')}
            onClick={() => void undo()}
          >
            ↶ {t('floor.undo')}
          </button>
          <button
            type="button"
            className={store.editMode ? 'button button-primary' : 'button'}
            aria-pressed={store.editMode}
            onClick={() => store.setEditMode(!store.editMode)}
          >
            {store.editMode ? `✓ ${t('floor.edit.done')}` : `✎ ${t('floor.edit.toggle')}`}
          </button>
        </div>
      </div>
      <div className="floor-body">
        <div
          className="floor-main"
          id={panelId}
          role="tabpanel"
          aria-label={room ? t('floor.plan', { room: room.name }) : t('floor.title')}
        >
          {store.editMode ? <FloorHint editMode /> : null}
          <FloorNotices
            pickingFor={data.book.find((r) => r.id === store.pickingFor) ?? null}
            summary={summary}
            onCancelPick={() => setPickingFor(null)}
          />
          {room === null ? (
            <p className="floor-empty">{t('floor.noRooms')}</p>
          ) : tables.length === 0 && !store.editMode ? (
            <p className="floor-empty">{t('floor.noTables')}</p>
          ) : (
            <FloorPlan
              room={room}
              tables={planTables}
              time={time}
              selectedId={store.selectedTableId}
              combined={store.combined}
              editMode={store.editMode}
              registerFigure={registerFigure}
              onActivate={activate}
              onTableKey={onTableKey}
              onDropReservation={service.assign}
              onCommitBox={edit.commitBox}
            />
          )}
        </div>
        <aside className="floor-side" aria-label={t('floor.title')}>
          {store.editMode ? null : <FloorLegend />}
          <FloorSide
            data={data}
            service={service}
            edit={edit}
            walkInRef={walkInRef}
            onClose={closePanels}
          />
        </aside>
      </div>
    </div>
  );
}
