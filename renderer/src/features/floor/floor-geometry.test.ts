import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  clampToRoom,
  freeSpot,
  moveTable,
  nearestInDirection,
  normaliseRotation,
  overlapping,
  overlaps,
  resizeTable,
  rotateBy,
  rotationTowards,
  seatPositions,
  snap,
} from './floor-geometry';

const room = { width: 1000, height: 600 };
const box = { x: 100, y: 100, width: 80, height: 40, rotation: 0 };

describe('snap and rotation', () => {
  it('snaps to the grid and leaves values alone without one', () => {
    expect(snap(104, 10)).toBe(100);
    expect(snap(105, 10)).toBe(110);
    expect(snap(-14, 10)).toBe(-10);
    expect(snap(7.3, 0)).toBe(7.3);
    expect(snap(7.3, Number.NaN)).toBe(7.3);
  });

  it('keeps rotations in [0, 360) both ways, and survives garbage', () => {
    expect(rotateBy(350, 15)).toBe(5);
    expect(rotateBy(0, -15)).toBe(345);
    expect(normaliseRotation(720)).toBe(0);
    expect(normaliseRotation(359.99999)).toBe(0);
    expect(normaliseRotation(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('points the top of the table at the pointer, in snapped steps', () => {
    expect(rotationTowards(box, { x: 140, y: 0 }, 15)).toBe(0);
    expect(rotationTowards(box, { x: 400, y: 120 }, 15)).toBe(90);
    expect(rotationTowards(box, { x: 140, y: 400 }, 15)).toBe(180);
    expect(rotationTowards(box, { x: 0, y: 122 }, 15)).toBe(270);
  });
});

describe('bounds and clamping', () => {
  it('grows the bounding box of a rotated table', () => {
    const b = boundsOf({ ...box, rotation: 90 });
    expect(b.minX).toBeCloseTo(120);
    expect(b.maxX).toBeCloseTo(160);
    expect(b.minY).toBeCloseTo(80);
    expect(b.maxY).toBeCloseTo(160);
  });

  it('pulls a table back inside the room, rotation included', () => {
    expect(clampToRoom({ ...box, x: 980, y: -30 }, room)).toMatchObject({ x: 920, y: 0 });
    const turned = clampToRoom({ ...box, x: 0, y: 0, rotation: 90 }, room);
    expect(boundsOf(turned).minX).toBeCloseTo(20);
    expect(boundsOf(turned).minY).toBeCloseTo(0);
    expect(turned).toMatchObject({ x: 0, y: 20 });
  });

  it('moves on the grid and never out of the room', () => {
    expect(moveTable(box, 13, 27, room, 10)).toMatchObject({ x: 110, y: 130 });
    expect(moveTable(box, 5000, 5000, room, 10)).toMatchObject({ x: 920, y: 560 });
  });

  it('resizes with a minimum, keeps squares square, and stays in the room', () => {
    expect(resizeTable({ ...box, shape: 'rectangle' as const }, 5, 5, room, 10)).toMatchObject({
      width: 30,
      height: 30,
    });
    expect(resizeTable({ ...box, shape: 'square' as const }, 60, 90, room, 10)).toMatchObject({
      width: 90,
      height: 90,
    });
    const huge = resizeTable({ ...box, shape: 'rectangle' as const }, 5000, 100, room, 10);
    expect(huge).toMatchObject({ width: 1000, x: 0 });
  });
});

describe('overlap', () => {
  it('detects overlap, not touching, and rotated near misses', () => {
    expect(overlaps(box, { ...box, x: 150 })).toBe(true);
    expect(overlaps(box, { ...box, x: 180 })).toBe(false);
    // A long thin table rotated 45° clears a square near its corner that its AABB would hit.
    const diagonal = { x: 0, y: 90, width: 200, height: 20, rotation: 45 };
    const corner = { x: 0, y: 0, width: 20, height: 20, rotation: 0 };
    expect(overlaps(diagonal, corner)).toBe(false);
    expect(overlaps(diagonal, { ...corner, x: 85, y: 85 })).toBe(true);
  });

  it('lists the others a table would overlap, not itself', () => {
    const tables = [
      { id: 'a', ...box },
      { id: 'b', ...box, x: 150 },
      { id: 'c', ...box, x: 400 },
    ];
    expect(overlapping('a', box, tables)).toEqual(['b']);
  });

  it('finds a free spot for a new table', () => {
    const spot = freeSpot(
      { width: 80, height: 80 },
      room,
      [{ ...box, x: 0, y: 0, width: 300, height: 300 }],
      10,
    );
    expect(
      overlaps(
        { ...spot, width: 80, height: 80, rotation: 0 },
        { x: 0, y: 0, width: 300, height: 300, rotation: 0 },
      ),
    ).toBe(false);
    expect(freeSpot({ width: 80, height: 80 }, { width: 50, height: 50 }, [], 10)).toEqual({
      x: 0,
      y: 0,
    });
    // Keeps room for chairs when it can, squeezes in when it must.
    const wall = { x: 0, y: 0, width: 100, height: 300, rotation: 0 };
    expect(freeSpot({ width: 80, height: 80 }, room, [wall], 10, 40).x).toBeGreaterThanOrEqual(140);
    expect(freeSpot({ width: 80, height: 80 }, { width: 200, height: 300 }, [wall], 10, 40).x).toBe(
      100,
    );
  });
});

describe('seatPositions', () => {
  it('draws one chair per seat around a round table, outside it', () => {
    const seats = seatPositions('round', 100, 100, 6);
    expect(seats).toHaveLength(6);
    for (const s of seats) expect(Math.hypot(s.x, s.y)).toBeGreaterThan(50);
  });

  it('puts chairs on both long sides of a rectangle, ends from five', () => {
    const four = seatPositions('rectangle', 160, 80, 4);
    expect(four.filter((s) => s.y < 0)).toHaveLength(2);
    expect(four.filter((s) => s.y > 0)).toHaveLength(2);
    const six = seatPositions('rectangle', 160, 80, 6);
    expect(six.filter((s) => s.y === 0)).toHaveLength(2);
  });

  it('caps absurd seat counts and handles none', () => {
    expect(seatPositions('square', 80, 80, 0)).toEqual([]);
    expect(seatPositions('square', 80, 80, 100)).toHaveLength(24);
  });
});

describe('nearestInDirection', () => {
  const grid = [
    { id: 'a', x: 0, y: 0, width: 10, height: 10, rotation: 0 },
    { id: 'b', x: 100, y: 0, width: 10, height: 10, rotation: 0 },
    { id: 'c', x: 0, y: 100, width: 10, height: 10, rotation: 0 },
    { id: 'd', x: 100, y: 100, width: 10, height: 10, rotation: 0 },
    { id: 'e', x: 300, y: 10, width: 10, height: 10, rotation: 0 },
  ];
  it('moves to the closest table in the cone of the arrow', () => {
    expect(nearestInDirection('a', 'right', grid)).toBe('b');
    expect(nearestInDirection('a', 'down', grid)).toBe('c');
    expect(nearestInDirection('b', 'right', grid)).toBe('e');
    expect(nearestInDirection('d', 'up', grid)).toBe('b');
  });
  it('stays put at the edge and starts from the first table when nothing is selected', () => {
    expect(nearestInDirection('a', 'left', grid)).toBeUndefined();
    expect(nearestInDirection('missing', 'left', grid)).toBe('a');
  });
});
