import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance';

function fakeApp(lock: boolean) {
  const listeners: (() => void)[] = [];
  return {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    on: vi.fn((_event: 'second-instance', listener: () => void) => listeners.push(listener)),
    secondInstance: () => listeners.forEach((l) => l()),
  };
}

describe('single instance', () => {
  it('a second process quits at once and never opens the data', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.on).not.toHaveBeenCalled();
  });

  it('the first process keeps running and brings its window forward when another starts', () => {
    const app = fakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(app, focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.secondInstance();
    expect(focus).toHaveBeenCalledTimes(1);
  });
});
