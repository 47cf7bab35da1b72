/** Rooms as the settings list shows them. */
export interface Positioned {
  readonly id: string;
  readonly position: number;
}

/**
 * Moves one room up (-1) or down (+1) and renumbers 0..n-1 in the new order. Returns only the
 * rooms whose position changes (what to write); nothing when the move is off either end.
 */
export function reorderRooms(
  rooms: readonly Positioned[],
  id: string,
  delta: -1 | 1,
): { id: string; position: number }[] {
  const ordered = [...rooms].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const from = ordered.findIndex((r) => r.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ordered.length) return [];
  const [moved] = ordered.splice(from, 1);
  if (moved === undefined) return [];
  ordered.splice(to, 0, moved);
  return ordered
    .map((room, index) => ({ id: room.id, position: index, before: room.position }))
    .filter((r) => r.position !== r.before)
    .map(({ id: roomId, position }) => ({ id: roomId, position }));
}

/** The position of a new item: after every existing one. */
export function nextPosition(items: readonly Positioned[]): number {
  return items.reduce((max, item) => Math.max(max, item.position + 1), 0);
}
