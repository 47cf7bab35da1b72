import { useEffect, useRef, useState, type ReactNode } from 'react';
import { prefixOffsets, visibleRange } from './windowing';

/**
 * Renders only the items in view (plus a few above and below), positioned absolutely inside a
 * spacer of the full height. Items have known heights, so no measuring pass is needed.
 */
export function VirtualList<T>(props: {
  readonly items: readonly T[];
  readonly heightOf: (item: T) => number;
  readonly keyOf: (item: T) => string;
  readonly render: (item: T, index: number) => ReactNode;
  readonly className?: string;
  readonly label?: string;
  /** The item to bring to the top when the list first appears (the service under way). */
  readonly initialIndex?: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const frame = useRef(0);
  const offsets = prefixOffsets(props.items.map(props.heightOf));

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    setViewport(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Once, on mount: the scroll event that follows updates the window.
  const initialTop = offsets[props.initialIndex ?? 0] ?? 0;
  const initialTopRef = useRef(initialTop);
  useEffect(() => {
    if (initialTopRef.current > 0) scroller.current?.scrollTo({ top: initialTopRef.current });
  }, []);

  const { start, end } = visibleRange(offsets, scrollTop, viewport, 6);
  const children: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const item = props.items[i];
    if (item === undefined) continue;
    children.push(
      <div
        key={props.keyOf(item)}
        className="book-virtual-item"
        style={{ transform: `translateY(${offsets[i] ?? 0}px)`, height: props.heightOf(item) }}
      >
        {props.render(item, i)}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      className={props.className}
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setScrollTop(top));
      }}
    >
      <div
        className="book-virtual-spacer"
        style={{ height: offsets[offsets.length - 1] ?? 0 }}
        role="rowgroup"
        aria-label={props.label}
      >
        {children}
      </div>
    </div>
  );
}
