import type { DemoTable } from './demo-floor';

/**
 * Books tables over time for the generator: a party gets the smallest free table that seats it,
 * else a free combinable pair, so that no table holds two parties at once.
 */
export interface TableAssigner {
  /** Table ids for the party over [startMs, endMs), reserved on success; null when full. */
  assign(partySize: number, startMs: number, endMs: number): string[] | null;
}

export function createTableAssigner(tables: readonly DemoTable[]): TableAssigner {
  const usable = tables
    .filter((t) => !t.blocked)
    .sort((a, b) => a.seatsMax - b.seatsMax || a.label.localeCompare(b.label));
  const byId = new Map(usable.map((t) => [t.id, t]));
  const busy = new Map<string, [number, number][]>();
  const free = (id: string, start: number, end: number): boolean =>
    (busy.get(id) ?? []).every(([s, e]) => end <= s || start >= e);
  const reserve = (ids: string[], start: number, end: number): string[] => {
    for (const id of ids) busy.set(id, [...(busy.get(id) ?? []), [start, end]]);
    return ids;
  };

  return {
    assign(partySize, start, end) {
      for (const table of usable) {
        if (
          partySize >= table.seatsMin &&
          partySize <= table.seatsMax &&
          free(table.id, start, end)
        )
          return reserve([table.id], start, end);
      }
      for (const table of usable) {
        for (const otherId of table.combinableWith) {
          const other = byId.get(otherId);
          if (other === undefined || otherId < table.id) continue;
          const seats = table.seatsMax + other.seatsMax;
          if (partySize > table.seatsMax && partySize > other.seatsMax && partySize <= seats) {
            if (free(table.id, start, end) && free(otherId, start, end))
              return reserve([table.id, otherId], start, end);
          }
        }
      }
      return null;
    },
  };
}
