/**
 * The simulator's notion of "now": wall-clock time plus an offset that the scenario API can
 * advance (to expire 8600 s tokens or Formitable options without waiting).
 */
export interface SimClock {
  now(): number;
  advance(ms: number): void;
  offsetMs(): number;
  reset(): void;
}

export function createSimClock(wall: () => number = Date.now): SimClock {
  let offset = 0;
  return {
    now: () => wall() + offset,
    advance: (ms) => {
      offset += ms;
    },
    offsetMs: () => offset,
    reset: () => {
      offset = 0;
    },
  };
}
