import type { EngineClock, TimerPort } from '../engine-ports';

/**
 * A clock the test moves and timers that fire when it passes their time. Real time still
 * flows underneath (the simulators and the relay use it); `advance` adds an offset.
 */
export interface ManualTime extends EngineClock, TimerPort {
  /** Moves the clock and fires every timer that became due. */
  advance(ms: number): void;
  /** Timers not fired yet, by due time. */
  pending(): number[];
}

export function manualTime(): ManualTime {
  let offset = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const now = (): number => Date.now() + offset;
  const fireDue = (): void => {
    const due = [...timers.entries()]
      .filter(([, t]) => t.at <= now())
      .sort((a, b) => a[1].at - b[1].at);
    for (const [id, t] of due) {
      timers.delete(id);
      t.fn();
    }
  };
  return {
    now,
    setTimer(ms, fn) {
      seq += 1;
      const id = seq;
      timers.set(id, { at: now() + ms, fn });
      return () => timers.delete(id);
    },
    advance(ms) {
      offset += ms;
      fireDue();
    },
    pending: () => [...timers.values()].map((t) => t.at).sort((a, b) => a - b),
  };
}
