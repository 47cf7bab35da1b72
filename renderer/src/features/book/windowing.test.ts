import { describe, expect, it } from 'vitest';
import { indexAt, prefixOffsets, visibleRange } from './windowing';

describe('windowing', () => {
  const offsets = prefixOffsets([50, 70, 70, 70, 50, 70]);

  it('prefix offsets, negative heights treated as zero', () => {
    expect(offsets).toEqual([0, 50, 120, 190, 260, 310, 380]);
    expect(prefixOffsets([10, -5, 10])).toEqual([0, 10, 10, 20]);
  });

  it('finds the item under a y position', () => {
    expect(indexAt(offsets, 0)).toBe(0);
    expect(indexAt(offsets, 49)).toBe(0);
    expect(indexAt(offsets, 50)).toBe(1);
    expect(indexAt(offsets, 379)).toBe(5);
    expect(indexAt(offsets, 10_000)).toBe(5);
  });

  it('renders only what is in view plus the overscan', () => {
    expect(visibleRange(offsets, 120, 100, 0)).toEqual({ start: 2, end: 4 });
    expect(visibleRange(offsets, 120, 100, 1)).toEqual({ start: 1, end: 5 });
    expect(visibleRange(offsets, -50, 100, 0)).toEqual({ start: 0, end: 2 });
    expect(visibleRange([0], 0, 500)).toEqual({ start: 0, end: 0 });
  });

  it('a 300-row night renders a screenful, not 300 rows', () => {
    const long = prefixOffsets(Array.from({ length: 300 }, () => 64));
    const { start, end } = visibleRange(long, 64 * 150, 640, 4);
    expect(start).toBe(146);
    expect(end - start).toBeLessThan(24);
  });
});
