/**
 * Windowing for long lists: only the rows in view (plus a margin) are in the DOM, so a
 * 300-booking night scrolls as lightly as a 10-booking lunch. Pure arithmetic, tested alone.
 */

/** offsets[i] = top of item i; offsets[n] = total height. */
export function prefixOffsets(heights: readonly number[]): number[] {
  const offsets = [0];
  let top = 0;
  for (const h of heights) {
    top += Math.max(0, h);
    offsets.push(top);
  }
  return offsets;
}

/** First index whose bottom is below `y` (binary search over the offsets). */
export function indexAt(offsets: readonly number[], y: number): number {
  const count = offsets.length - 1;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, count - 1));
}

/** The half-open range [start, end) of items to render for a viewport, with `overscan` extra. */
export function visibleRange(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan = 4,
): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = indexAt(offsets, top);
  const last = indexAt(offsets, top + Math.max(0, viewportHeight));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}
