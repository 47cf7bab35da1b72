import type { Table } from './floor-types';
import type { KeyboardEvent, PointerEvent, DragEvent, Ref } from 'react';
import { seatPositions, type Box } from './floor-geometry';
import type { TableStateKind } from './table-state';

/** Icons drawn next to the state text so colour is never the only signal. */
const STATE_ICON: Record<TableStateKind, string> = {
  free: '✓',
  soon: '◷',
  seated: '●',
  over: '⚠',
  blocked: '⊘',
};

export type Handle = 'move' | 'resize' | 'rotate';

export interface TableFigureProps {
  table: Table;
  /** The box to draw (the stored one, or the draft while dragging in edit mode). */
  box: Box;
  kind: TableStateKind;
  name: string;
  short: string;
  /** Plan units per screen pixel, so text and handles keep a readable pixel size. */
  unitsPerPx: number;
  selected: boolean;
  combined: boolean;
  dropHover: boolean;
  editMode: boolean;
  tabIndex: number;
  figureRef: Ref<SVGGElement>;
  resizeLabel: string;
  rotateLabel: string;
  onActivate: () => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGElement>, handle: Handle) => void;
  onDragOver: (event: DragEvent<SVGGElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<SVGGElement>) => void;
}

function shapeOf(table: Table, box: Box) {
  const w = box.width;
  const h = box.height;
  if (table.shape === 'round') {
    return <ellipse className="table-top" cx={0} cy={0} rx={w / 2} ry={h / 2} />;
  }
  if (table.shape === 'booth') {
    const back = Math.min(h * 0.28, 30);
    return (
      <>
        <rect
          className="table-booth"
          x={-w / 2 - 6}
          y={-h / 2 - back}
          width={w + 12}
          height={back + 8}
          rx={8}
        />
        <rect className="table-top" x={-w / 2} y={-h / 2} width={w} height={h} rx={6} />
      </>
    );
  }
  return <rect className="table-top" x={-w / 2} y={-h / 2} width={w} height={h} rx={6} />;
}

/** One table on the plan: shape, chairs, label and state; a button for people and Playwright. */
export function TableFigure({ figureRef, ...props }: TableFigureProps) {
  const { table, box, kind, unitsPerPx: u } = props;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const chairR = Math.max(7, Math.min(box.width, box.height) * 0.1);
  const seats = seatPositions(table.shape, box.width, box.height, table.seatsMax);
  const labelSize = 26 * u;
  const shortSize = 15 * u;
  // Touch target: at least 48 px across whatever the table's size on screen.
  const hit = Math.max(box.width, box.height, 48 * u);
  const classes = [
    'floor-table',
    `state-${kind}`,
    props.selected ? 'is-selected' : '',
    props.combined ? 'is-combined' : '',
    props.dropHover ? 'is-drop' : '',
    props.editMode ? 'is-editing' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      ref={figureRef}
      className={classes}
      role="button"
      tabIndex={props.tabIndex}
      aria-label={props.name}
      aria-pressed={props.selected}
      data-table-id={table.id}
      transform={`translate(${cx} ${cy})`}
      onClick={props.onActivate}
      onKeyDown={props.onKeyDown}
      onPointerDown={(e) => props.onPointerDown(e, 'move')}
      onDragOver={props.onDragOver}
      onDragEnter={props.onDragOver}
      onDragLeave={props.onDragLeave}
      onDrop={props.onDrop}
    >
      <rect className="table-hit" x={-hit / 2} y={-hit / 2} width={hit} height={hit} />
      <g transform={`rotate(${box.rotation})`}>
        {seats.map((s, i) => (
          <circle key={i} className="table-chair" cx={s.x} cy={s.y} r={chairR} />
        ))}
        {shapeOf(table, box)}
        {props.selected || props.combined ? (
          <rect
            className="table-ring"
            x={-box.width / 2 - 10 * u}
            y={-box.height / 2 - 10 * u}
            width={box.width + 20 * u}
            height={box.height + 20 * u}
            rx={12 * u}
            strokeWidth={4 * u}
          />
        ) : null}
        {props.editMode && props.selected ? (
          <>
            <line
              className="edit-arm"
              x1={0}
              y1={-box.height / 2}
              x2={0}
              y2={-box.height / 2 - 34 * u}
              strokeWidth={2 * u}
            />
            <circle
              className="edit-handle edit-rotate"
              role="img"
              aria-label={props.rotateLabel}
              cx={0}
              cy={-box.height / 2 - 34 * u}
              r={14 * u}
              onPointerDown={(e) => {
                e.stopPropagation();
                props.onPointerDown(e, 'rotate');
              }}
            />
            <rect
              className="edit-handle edit-resize"
              role="img"
              aria-label={props.resizeLabel}
              x={box.width / 2 - 12 * u}
              y={box.height / 2 - 12 * u}
              width={24 * u}
              height={24 * u}
              onPointerDown={(e) => {
                e.stopPropagation();
                props.onPointerDown(e, 'resize');
              }}
            />
          </>
        ) : null}
      </g>
      <text className="table-label" y={-4 * u} fontSize={labelSize} strokeWidth={5 * u}>
        {table.label}
      </text>
      <text className="table-state" y={18 * u} fontSize={shortSize} strokeWidth={4 * u}>
        <tspan className="table-icon">{STATE_ICON[kind]}</tspan> {props.short}
      </text>
    </g>
  );
}
