import { describe, expect, it } from 'vitest';
import { DiningRoom } from '../domain/dining-room';
import { DiningTable } from '../domain/dining-table';
import { DEMO_ROOMS, DEMO_TABLES, type DemoTable } from './demo-floor';
import { createTableAssigner } from './table-assigner';

const stamp = { createdAt: 1, updatedAt: 1 };

function overlaps(a: DemoTable, b: DemoTable): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('demo floor', () => {
  it('has two valid rooms and 30 valid tables of every shape', () => {
    expect(DEMO_ROOMS.map((r) => r.name)).toEqual(['Salle', 'Terrasse']);
    for (const room of DEMO_ROOMS) DiningRoom.parse({ ...room, ...stamp });
    for (const table of DEMO_TABLES) DiningTable.parse({ ...table, ...stamp });
    expect(DEMO_TABLES).toHaveLength(30);
    expect(new Set(DEMO_TABLES.map((t) => t.shape))).toEqual(
      new Set(['round', 'square', 'rectangle', 'booth']),
    );
    expect(DEMO_TABLES.some((t) => t.shape === 'round' && t.seatsMax === 10)).toBe(true);
    expect(new Set(DEMO_TABLES.map((t) => t.id)).size).toBe(30);
  });

  it('keeps every table inside its room, 40 units from the walls, with no overlaps', () => {
    for (const room of DEMO_ROOMS) {
      const tables = DEMO_TABLES.filter((t) => t.diningRoomId === room.id);
      expect(tables.length).toBeGreaterThanOrEqual(10);
      for (const t of tables) {
        expect(t.rotation).toBe(0);
        expect(t.x).toBeGreaterThanOrEqual(40);
        expect(t.y).toBeGreaterThanOrEqual(40);
        expect(t.x + t.width).toBeLessThanOrEqual(room.width - 40);
        expect(t.y + t.height).toBeLessThanOrEqual(room.height - 40);
      }
      for (const [i, a] of tables.entries()) {
        for (const b of tables.slice(i + 1)) {
          expect(overlaps(a, b), `${a.label} overlaps ${b.label}`).toBe(false);
        }
      }
    }
  });

  it('has symmetric combinable pairs in one room, and one blocked table with a reason', () => {
    const byId = new Map(DEMO_TABLES.map((t) => [t.id, t]));
    const combinable = DEMO_TABLES.filter((t) => t.combinableWith.length > 0);
    expect(combinable.length).toBeGreaterThanOrEqual(6);
    for (const t of combinable) {
      for (const otherId of t.combinableWith) {
        const other = byId.get(otherId);
        expect(other?.combinableWith).toContain(t.id);
        expect(other?.diningRoomId).toBe(t.diningRoomId);
      }
    }
    const blocked = DEMO_TABLES.filter((t) => t.blocked);
    expect(blocked).toHaveLength(1);
    expect(blocked[0]?.blockedReason).toMatch(/\w{5,}/);
  });
});

describe('table assigner', () => {
  const tables = DEMO_TABLES.filter((t) => t.label === '1' || t.label === '2' || t.label === 'T4');

  it('gives the free table that seats the party, then a combined pair, then nothing', () => {
    const assigner = createTableAssigner(tables);
    expect(assigner.assign(2, 0, 100)).toEqual(['demo-table-1']);
    expect(assigner.assign(2, 50, 150)).toEqual(['demo-table-2']);
    // Both busy at 60; T4 is blocked and never given.
    expect(assigner.assign(1, 60, 70)).toBeNull();
    // Back to back is fine; a party of 4 takes the pushed-together pair.
    expect(assigner.assign(4, 150, 250)).toEqual(['demo-table-1', 'demo-table-2']);
    expect(assigner.assign(5, 300, 400)).toBeNull();
  });
});
