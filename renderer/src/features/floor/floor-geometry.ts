import type { DiningTable, TableShape } from '../../../../shared/domain/dining-table';

/**
 * Plan geometry in the room's plan units (origin top left, y down, rotation in degrees
 * clockwise about the table's centre). Pure and unit-tested; the editor calls it on every move.
 */
export type Box = Pick<DiningTable, 'x' | 'y' | 'width' | 'height' | 'rotation'>;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const MIN_TABLE_SIZE = 30;
export const ROTATION_STEP = 15;

export function snap(value: number, grid: number): number {
  if (!(grid > 0)) return value;
  return Math.round(value / grid) * grid;
}

/** An angle in [0, 360), rounded to a tenth of a degree so 359.99999 does not linger. */
export function normaliseRotation(degrees: number): number {
  if (!Number.isFinite(degrees)) return 0;
  const r = Math.round((((degrees % 360) + 360) % 360) * 10) / 10;
  return r >= 360 ? 0 : r;
}

export function rotateBy(rotation: number, delta: number): number {
  return normaliseRotation(rotation + delta);
}

export function centreOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The four corners of a table after rotation, clockwise from its top left. */
export function cornersOf(box: Box): Point[] {
  const c = centreOf(box);
  const rad = (box.rotation * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const hw = box.width / 2;
  const hh = box.height / 2;
  return [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ].map(([dx = 0, dy = 0]) => ({ x: c.x + dx * cos - dy * sin, y: c.y + dx * sin + dy * cos }));
}

/** The axis-aligned box around a rotated table. */
export function boundsOf(box: Box): { minX: number; minY: number; maxX: number; maxY: number } {
  const corners = cornersOf(box);
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

/**
 * Moves a table so that all of it (rotation included) stays inside the room. A table larger than
 * the room is pinned to the top left.
 */
export function clampToRoom<T extends Box>(box: T, room: { width: number; height: number }): T {
  const b = boundsOf(box);
  let dx = 0;
  let dy = 0;
  if (b.maxX > room.width) dx = room.width - b.maxX;
  if (b.minX + dx < 0) dx = -b.minX;
  if (b.maxY > room.height) dy = room.height - b.maxY;
  if (b.minY + dy < 0) dy = -b.minY;
  return { ...box, x: round(box.x + dx), y: round(box.y + dy) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function project(points: readonly Point[], axis: Point): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    const v = p.x * axis.x + p.y * axis.y;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { min, max };
}

/**
 * Whether two tables overlap (separating axis test on their rotated rectangles; round tables are
 * treated as their square, which errs on the side of keeping them apart). Touching is not overlap.
 */
export function overlaps(a: Box, b: Box): boolean {
  const pa = cornersOf(a);
  const pb = cornersOf(b);
  const axes: Point[] = [];
  for (const poly of [pa, pb]) {
    for (let i = 0; i < 2; i += 1) {
      const p = poly[i];
      const q = poly[i + 1];
      if (p && q) axes.push({ x: -(q.y - p.y), y: q.x - p.x });
    }
  }
  const EPS = 1e-6;
  for (const axis of axes) {
    const ra = project(pa, axis);
    const rb = project(pb, axis);
    if (ra.max <= rb.min + EPS || rb.max <= ra.min + EPS) return false;
  }
  return true;
}

/** Ids of the tables `box` would overlap. */
export function overlapping(
  id: string,
  box: Box,
  tables: readonly (Box & { id: string })[],
): string[] {
  return tables.filter((t) => t.id !== id && overlaps(box, t)).map((t) => t.id);
}

/** A move by (dx, dy), snapped to the grid and kept inside the room. */
export function moveTable<T extends Box>(
  box: T,
  dx: number,
  dy: number,
  room: { width: number; height: number },
  grid: number,
): T {
  return clampToRoom({ ...box, x: snap(box.x + dx, grid), y: snap(box.y + dy, grid) }, room);
}

/** A resize from the bottom-right handle, keeping the top-left corner; round tables stay round. */
export function resizeTable<T extends Box & { shape: TableShape }>(
  box: T,
  width: number,
  height: number,
  room: { width: number; height: number },
  grid: number,
): T {
  let w = Math.max(MIN_TABLE_SIZE, snap(width, grid));
  let h = Math.max(MIN_TABLE_SIZE, snap(height, grid));
  if (box.shape === 'square') {
    w = Math.max(w, h);
    h = w;
  }
  w = Math.min(w, room.width);
  h = Math.min(h, room.height);
  return clampToRoom({ ...box, width: w, height: h }, room);
}

/** The rotation that points the table's top towards `pointer`, snapped to `step` degrees. */
export function rotationTowards(box: Box, pointer: Point, step: number): number {
  const c = centreOf(box);
  const degrees = (Math.atan2(pointer.x - c.x, -(pointer.y - c.y)) * 180) / Math.PI;
  return normaliseRotation(snap(degrees, step));
}

/** Where to draw chairs around a table, in the table's own unrotated frame (centre at 0,0). */
export function seatPositions(
  shape: TableShape,
  width: number,
  height: number,
  seats: number,
): Point[] {
  const count = Math.max(0, Math.min(Math.floor(seats), 24));
  if (count === 0) return [];
  const gap = Math.min(width, height) * 0.12 + 6;
  if (shape === 'round') {
    const rx = width / 2 + gap;
    const ry = height / 2 + gap;
    return Array.from({ length: count }, (_, i) => {
      const a = (2 * Math.PI * i) / count - Math.PI / 2;
      return { x: round(rx * Math.cos(a)), y: round(ry * Math.sin(a)) };
    });
  }
  if (shape === 'booth') {
    // A booth has its bench along the top edge: seats along the bottom and the bench side.
    const bottom = Math.ceil(count / 2);
    const top = count - bottom;
    return [
      ...spread(bottom, width).map((x) => ({ x, y: round(height / 2 + gap) })),
      ...spread(top, width).map((x) => ({ x, y: round(-height / 2 + gap * 0.2) })),
    ];
  }
  // Square and rectangle: along the long sides first, one at each end when there is room.
  const horizontal = width >= height;
  const long = horizontal ? width : height;
  const short = horizontal ? height : width;
  let ends = count >= 5 || (shape === 'square' && count >= 3) ? Math.min(2, count - 2) : 0;
  if (count <= 2) ends = 0;
  const sides = count - ends;
  const first = Math.ceil(sides / 2);
  const second = sides - first;
  const points: { a: number; b: number }[] = [
    ...spread(first, long).map((a) => ({ a, b: -(short / 2 + gap) })),
    ...spread(second, long).map((a) => ({ a, b: short / 2 + gap })),
  ];
  if (ends >= 1) points.push({ a: -(long / 2 + gap), b: 0 });
  if (ends >= 2) points.push({ a: long / 2 + gap, b: 0 });
  return points.map((p) => (horizontal ? { x: p.a, y: p.b } : { x: p.b, y: p.a }));
}

function spread(count: number, length: number): number[] {
  return Array.from({ length: count }, (_, i) => round(((i + 0.5) / count - 0.5) * length));
}

/**
 * A free spot for a new table: scans the room on the grid for the first place that keeps
 * `margin` (room for chairs) from every table, then retries closer; top left when the room is full.
 */
export function freeSpot(
  size: { width: number; height: number },
  room: { width: number; height: number },
  tables: readonly Box[],
  grid: number,
  margin = 40,
): Point {
  const step = Math.max(grid, 10);
  for (const gap of [margin, margin / 2, 0]) {
    for (let y = gap; y + size.height + gap <= room.height; y += step) {
      for (let x = gap; x + size.width + gap <= room.width; x += step) {
        const box = {
          x: x - gap,
          y: y - gap,
          width: size.width + 2 * gap,
          height: size.height + 2 * gap,
          rotation: 0,
        };
        if (!tables.some((t) => overlaps(box, t))) return { x, y };
      }
    }
  }
  return { x: 0, y: 0 };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The table to select when the host presses an arrow: the nearest centre lying in that direction
 * (within a 45° cone either side), distance weighted against straying sideways.
 */
export function nearestInDirection(
  fromId: string,
  direction: Direction,
  tables: readonly (Box & { id: string })[],
): string | undefined {
  const from = tables.find((t) => t.id === fromId);
  if (!from) return tables[0]?.id;
  const c = centreOf(from);
  let best: { id: string; score: number } | undefined;
  for (const t of tables) {
    if (t.id === fromId) continue;
    const p = centreOf(t);
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const along = { up: -dy, down: dy, left: -dx, right: dx }[direction];
    const across = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (along <= 0 || across > along) continue;
    const score = along + across * 2;
    if (!best || score < best.score) best = { id: t.id, score };
  }
  return best?.id;
}
