import type { DiningRoom } from '../domain/dining-room';
import type { DiningTable, TableShape } from '../domain/dining-table';

/**
 * The demo floor: a main room ("Salle", 20 tables) and a heated terrace ("Terrasse", 10 tables).
 * Plan units are centimetres: the Salle is 14 m by 9 m. Tables keep at least 40 cm from the walls
 * and from each other; rotation is 0 so that a table's footprint is its x/y/width/height box.
 */

export type DemoRoom = Omit<DiningRoom, 'createdAt' | 'updatedAt'>;
export type DemoTable = Omit<DiningTable, 'createdAt' | 'updatedAt'>;

export const SALLE_ID = 'demo-room-salle';
export const TERRASSE_ID = 'demo-room-terrasse';

export const DEMO_ROOMS: readonly DemoRoom[] = [
  { id: SALLE_ID, name: 'Salle', position: 0, width: 1400, height: 900, active: true },
  { id: TERRASSE_ID, name: 'Terrasse', position: 1, width: 1000, height: 420, active: true },
];

interface Kind {
  shape: TableShape;
  seatsMin: number;
  seatsMax: number;
  width: number;
  height: number;
}

const ROUND_2: Kind = { shape: 'round', seatsMin: 1, seatsMax: 2, width: 70, height: 70 };
const SQUARE_4: Kind = { shape: 'square', seatsMin: 2, seatsMax: 4, width: 80, height: 80 };
const RECT_6: Kind = { shape: 'rectangle', seatsMin: 4, seatsMax: 6, width: 160, height: 80 };
const RECT_8: Kind = { shape: 'rectangle', seatsMin: 6, seatsMax: 8, width: 200, height: 90 };
const BOOTH_6: Kind = { shape: 'booth', seatsMin: 4, seatsMax: 6, width: 180, height: 100 };
const ROUND_10: Kind = { shape: 'round', seatsMin: 8, seatsMax: 10, width: 160, height: 160 };

/** [label, kind, x, y] per room. */
const SALLE: readonly (readonly [string, Kind, number, number])[] = [
  // Along the window wall: two-tops, then the booth in the corner.
  ['1', ROUND_2, 60, 60],
  ['2', ROUND_2, 200, 60],
  ['3', ROUND_2, 340, 60],
  ['4', ROUND_2, 480, 60],
  ['5', ROUND_2, 620, 60],
  ['6', ROUND_2, 760, 60],
  ['7', BOOTH_6, 1160, 60],
  // Middle of the room: square four-tops and the large round table.
  ['8', SQUARE_4, 60, 260],
  ['9', SQUARE_4, 220, 260],
  ['10', SQUARE_4, 380, 260],
  ['11', SQUARE_4, 540, 260],
  ['12', ROUND_10, 820, 250],
  ['13', SQUARE_4, 60, 480],
  ['14', SQUARE_4, 220, 480],
  ['15', SQUARE_4, 380, 480],
  ['16', SQUARE_4, 540, 480],
  // Back wall: family tables.
  ['17', RECT_6, 60, 700],
  ['18', RECT_6, 300, 700],
  ['19', RECT_6, 540, 700],
  ['20', RECT_8, 820, 690],
];

const TERRASSE: readonly (readonly [string, Kind, number, number])[] = [
  ['T1', ROUND_2, 60, 60],
  ['T2', ROUND_2, 200, 60],
  ['T3', ROUND_2, 340, 60],
  ['T4', ROUND_2, 480, 60],
  ['T5', SQUARE_4, 60, 260],
  ['T6', SQUARE_4, 220, 260],
  ['T7', SQUARE_4, 380, 260],
  ['T8', SQUARE_4, 540, 260],
  ['T9', RECT_6, 760, 60],
  ['T10', RECT_6, 760, 260],
];

/** Neighbours that can be pushed together for a larger party (both directions are stored). */
const PAIRS: readonly (readonly [string, string])[] = [
  ['1', '2'],
  ['3', '4'],
  ['8', '9'],
  ['10', '11'],
  ['13', '14'],
  ['15', '16'],
  ['T1', 'T2'],
  ['T5', 'T6'],
  ['T7', 'T8'],
];

const BLOCKED: Readonly<Record<string, string>> = {
  T4: 'Pied bancal, en attente du menuisier : ne pas installer de clients.',
};

export function tableId(label: string): string {
  return `demo-table-${label.toLowerCase()}`;
}

function tablesOf(
  roomId: string,
  rows: readonly (readonly [string, Kind, number, number])[],
): DemoTable[] {
  return rows.map(([label, kind, x, y]) => {
    const reason = BLOCKED[label];
    const table: DemoTable = {
      id: tableId(label),
      diningRoomId: roomId,
      label,
      seatsMin: kind.seatsMin,
      seatsMax: kind.seatsMax,
      shape: kind.shape,
      x,
      y,
      width: kind.width,
      height: kind.height,
      rotation: 0,
      combinableWith: PAIRS.flatMap(([a, b]) =>
        a === label ? [tableId(b)] : b === label ? [tableId(a)] : [],
      ),
      blocked: reason !== undefined,
    };
    if (reason !== undefined) table.blockedReason = reason;
    return table;
  });
}

export const DEMO_TABLES: readonly DemoTable[] = [
  ...tablesOf(SALLE_ID, SALLE),
  ...tablesOf(TERRASSE_ID, TERRASSE),
];
