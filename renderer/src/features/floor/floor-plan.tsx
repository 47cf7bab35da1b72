import type { Room, Table } from './floor-types';
import {
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { carriesReservation, draggedReservation } from '../shared/drag-reservation';
import { useT } from '../../app/use-t';
import {
  moveTable,
  resizeTable,
  rotationTowards,
  ROTATION_STEP,
  type Box,
  type Point,
} from './floor-geometry';
import { TableFigure, type Handle } from './table-figure';
import type { TableState } from './table-state';
import { stateShort, type FormatTime } from './floor-labels';

export const GRID = 10;

export interface PlanTable {
  table: Table;
  state: TableState;
  name: string;
}

interface Drag {
  id: string;
  handle: Handle;
  start: Point;
  origin: Table;
  box: Box;
  moved: boolean;
}

export interface FloorPlanProps {
  room: Room;
  tables: readonly PlanTable[];
  time: FormatTime;
  selectedId: string | null;
  combined: readonly string[];
  editMode: boolean;
  registerFigure: (id: string, element: SVGGElement | null) => void;
  onActivate: (tableId: string) => void;
  onTableKey: (event: KeyboardEvent<SVGGElement>, tableId: string) => void;
  onDropReservation: (reservationId: string, tableId: string) => void;
  onCommitBox: (table: Table, box: Box) => void;
}

/**
 * The room the plan may take on screen: the holder's width, and the window's height below the
 * holder's top (so the whole room shows without scrolling the page on a desk screen).
 */
function useAvailableSize(element: HTMLElement | null): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const top = rect.top + window.scrollY;
      const next = { width: rect.width, height: Math.max(320, window.innerHeight - top - 16) };
      setSize((current) =>
        current.width === next.width && current.height === next.height ? current : next,
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // What sits above the plan (hints, messages) changes the column's size and moves the plan.
    if (element.parentElement) observer.observe(element.parentElement);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [element]);
  return size;
}

/** The room drawn to scale with its tables; drop target for reservations; editor canvas. */
export function FloorPlan(props: FloorPlanProps) {
  const t = useT();
  const { room } = props;
  const [holder, setHolder] = useState<HTMLDivElement | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const available = useAvailableSize(holder);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [dropOn, setDropOn] = useState<string | null>(null);

  const scale =
    available.width > 0
      ? Math.min(available.width / room.width, available.height / room.height)
      : 0.6;
  const unitsPerPx = 1 / scale;

  const toPlan = (event: { clientX: number; clientY: number }): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return { x: (event.clientX - rect.left) / scale, y: (event.clientY - rect.top) / scale };
  };

  const onPointerDown = (event: PointerEvent<SVGElement>, table: Table, handle: Handle) => {
    if (!props.editMode || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({
      id: table.id,
      handle,
      start: toPlan(event),
      origin: table,
      box: table,
      moved: false,
    });
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const p = toPlan(event);
    const dx = p.x - drag.start.x;
    const dy = p.y - drag.start.y;
    const moved = drag.moved || Math.hypot(dx, dy) * scale > 3;
    let box: Box = drag.box;
    if (drag.handle === 'move') box = moveTable(drag.origin, dx, dy, room, GRID);
    if (drag.handle === 'resize') {
      // Resize in the table's own frame, so a rotated table grows along its own sides.
      const rad = (-drag.origin.rotation * Math.PI) / 180;
      const lx = dx * Math.cos(rad) - dy * Math.sin(rad);
      const ly = dx * Math.sin(rad) + dy * Math.cos(rad);
      box = resizeTable(drag.origin, drag.origin.width + lx, drag.origin.height + ly, room, GRID);
    }
    if (drag.handle === 'rotate') {
      box = { ...drag.origin, rotation: rotationTowards(drag.origin, p, ROTATION_STEP) };
    }
    setDrag({ ...drag, box, moved });
  };

  const onPointerUp = () => {
    if (!drag) return;
    const { origin, box, moved } = drag;
    setDrag(null);
    const changed =
      box.x !== origin.x ||
      box.y !== origin.y ||
      box.width !== origin.width ||
      box.height !== origin.height ||
      box.rotation !== origin.rotation;
    if (moved && changed) props.onCommitBox(origin, box);
  };

  const onDragOver = (event: DragEvent<SVGGElement>, tableId: string) => {
    if (props.editMode || !carriesReservation(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropOn(tableId);
  };

  const onDrop = (event: DragEvent<SVGGElement>, tableId: string) => {
    event.preventDefault();
    setDropOn(null);
    const id = draggedReservation(event);
    if (id) props.onDropReservation(id, tableId);
  };

  const firstId = props.tables[0]?.table.id;
  const focusId =
    props.selectedId && props.tables.some((p) => p.table.id === props.selectedId)
      ? props.selectedId
      : firstId;

  return (
    <div className="floor-plan-holder" ref={setHolder}>
      <svg
        ref={svgRef}
        className={props.editMode ? 'floor-plan is-editing' : 'floor-plan'}
        role="group"
        aria-label={t('floor.plan', { room: room.name })}
        viewBox={`0 0 ${room.width} ${room.height}`}
        width={room.width * scale}
        height={room.height * scale}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        <defs>
          <pattern id="floor-grid" width={50} height={50} patternUnits="userSpaceOnUse">
            <path d="M 50 0 L 0 0 0 50" className="floor-grid-line" strokeWidth={unitsPerPx} />
          </pattern>
          <pattern
            id="floor-hatch"
            width={16}
            height={16}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={16} height={16} className="hatch-bg" />
            <line x1={0} y1={0} x2={0} y2={16} className="hatch-line" strokeWidth={6} />
          </pattern>
        </defs>
        <rect className="floor-room" x={0} y={0} width={room.width} height={room.height} />
        {props.editMode ? (
          <rect x={0} y={0} width={room.width} height={room.height} fill="url(#floor-grid)" />
        ) : null}
        {props.tables.map((p) => {
          const box = drag && drag.id === p.table.id ? drag.box : p.table;
          // Characters of the state line that fit across the table (15 px bold ≈ 9 px a char),
          // with a little overflow allowed: neighbours are at least a chair's width away.
          const maxChars = Math.max(
            4,
            Math.floor((Math.max(box.width, box.height) * scale * 1.15) / 9),
          );
          return (
            <TableFigure
              key={p.table.id}
              table={p.table}
              box={box}
              kind={p.state.kind}
              name={p.name}
              short={stateShort(t, props.time, p.state, maxChars)}
              unitsPerPx={unitsPerPx}
              selected={p.table.id === props.selectedId}
              combined={props.combined.includes(p.table.id)}
              dropHover={dropOn === p.table.id}
              editMode={props.editMode}
              tabIndex={p.table.id === focusId ? 0 : -1}
              figureRef={(el) => props.registerFigure(p.table.id, el)}
              resizeLabel={t('floor.edit.resize', { label: p.table.label })}
              rotateLabel={t('floor.edit.rotate', { label: p.table.label })}
              onActivate={() => props.onActivate(p.table.id)}
              onKeyDown={(e) => props.onTableKey(e, p.table.id)}
              onPointerDown={(e, handle) => onPointerDown(e, p.table, handle)}
              onDragOver={(e) => onDragOver(e, p.table.id)}
              onDragLeave={() => setDropOn((current) => (current === p.table.id ? null : current))}
              onDrop={(e) => onDrop(e, p.table.id)}
            />
          );
        })}
      </svg>
    </div>
  );
}
