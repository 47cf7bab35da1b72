/**
 * What the `desk` bench runs inside the page. Each action starts its clock just before it
 * dispatches the host's input (a date picked, a click, text in the search box), watches the DOM
 * with a MutationObserver until the expected content is there, then waits for the frame that
 * paints it (requestAnimationFrame, then a task queued from it, which runs after that paint).
 * No Playwright polling in the measured span.
 *
 * `installProbe` is serialised by Playwright: it must not use anything from this module's scope.
 * It finds elements by the book's class names, so the figures do not depend on the language.
 */

/** One measured action: ms to the paint, and ms until the expected content was in the DOM. */
export interface Timing {
  readonly ms: number;
  readonly domMs: number;
}

/** What the bench calls in the page (`globalThis.deskBench`). */
export interface DeskProbe {
  /** Picks `date` in the day picker; done when that day's list shows rows / its empty services. */
  openDay(date: string, expect: 'rows' | 'empty'): Promise<Timing>;
  /** Clicks the one-click next status of the first row in view that has one. */
  clickStatus(): Promise<Timing & { name: string; to: string }>;
  /** Types `query` in the search box (one input event); done when only `expectName` is listed. */
  search(query: string, expectName: string): Promise<Timing>;
  /** Empties the search box; done when more than one row is listed again. */
  clearSearch(): Promise<Timing>;
  /** Presses List / Timeline; done when that view shows its rows (or the empty day). */
  switchView(view: 'list' | 'timeline', expect: 'rows' | 'empty'): Promise<Timing>;
}

/** The few DOM members the probe uses (typed here: the root tsconfig has no DOM library). */
interface El {
  readonly textContent: string | null;
  readonly className: string;
  readonly classList: { contains(name: string): boolean };
  value: string;
  closest(selector: string): El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  click(): void;
  dispatchEvent(event: object): boolean;
  getBoundingClientRect(): { top: number; bottom: number };
  scrollTop: number;
  readonly clientHeight: number;
}
interface Page {
  document: El & { body: El };
  MutationObserver: new (callback: () => void) => {
    observe(target: El, options: Record<string, boolean>): void;
    disconnect(): void;
  };
  requestAnimationFrame(callback: () => void): number;
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null };
    port2: { postMessage(message: null): void };
  };
  Event: new (type: string, init: { bubbles: boolean }) => object;
  HTMLInputElement: { prototype: object };
  performance: { now(): number };
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  deskBench?: DeskProbe;
}

/** Defines `globalThis.deskBench` in the page. Run with `page.evaluate(installProbe, timeoutMs)`. */
export function installProbe(timeoutMs: number): void {
  const w = globalThis as unknown as Page;
  const doc = w.document;

  const afterPaint = (): Promise<number> =>
    new Promise((resolve) => {
      w.requestAnimationFrame(() => {
        const channel = new w.MessageChannel();
        channel.port1.onmessage = () => resolve(w.performance.now());
        channel.port2.postMessage(null);
      });
    });

  /** Runs `act` and resolves with the ms from just before it to the paint where `done` holds. */
  const measure = (what: string, act: () => void, done: () => boolean): Promise<Timing> =>
    new Promise((resolve, reject) => {
      let settled = false;
      const observer = new w.MutationObserver(() => check());
      const timer = w.setTimeout(() => {
        observer.disconnect();
        settled = true;
        const shown = (doc.querySelector('main')?.textContent ?? '').slice(-300);
        reject(
          new Error(
            `${what}: not on screen within ${timeoutMs} ms; the screen ends with: ${shown}`,
          ),
        );
      }, timeoutMs);
      const check = () => {
        if (settled || !done()) return;
        settled = true;
        const domMs = w.performance.now() - start;
        observer.disconnect();
        w.clearTimeout(timer);
        afterPaint().then((end) => resolve({ ms: end - start, domMs }), reject);
      };
      observer.observe(doc.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const start = w.performance.now();
      act();
      check();
    });

  const required = (selector: string): El => {
    const found = doc.querySelector(selector);
    if (found === null) throw new Error(`the page has no ${selector}; is the Book screen open?`);
    return found;
  };

  /** Sets an input's value the way typing does, so that React's onChange sees it. */
  const typeInto = (input: El, value: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(w.HTMLInputElement.prototype, 'value');
    if (descriptor?.set === undefined) throw new Error('HTMLInputElement has no value setter');
    descriptor.set.call(input, value);
    input.dispatchEvent(new w.Event('input', { bubbles: true }));
  };

  const listedNames = (): string[] =>
    Array.from(doc.querySelectorAll('.book-scroll .book-guest-name'), (e) => e.textContent ?? '');

  const probe: DeskProbe = {
    openDay: (date, expect) => {
      const input = required('input.book-date');
      if (input.value === date) return Promise.reject(new Error(`${date} is already open`));
      const before = doc.querySelector('.book-scroll');
      return measure(
        `open ${date}`,
        () => typeInto(input, date),
        () => {
          const list = doc.querySelector('.book-scroll');
          if (list === null || list === before) return false;
          return list.querySelector(expect === 'rows' ? '.book-guest' : '.book-row-empty') !== null;
        },
      );
    },
    clickStatus: async () => {
      const scroller = required('.book-scroll');
      const inView = () => {
        const view = scroller.getBoundingClientRect();
        return Array.from(scroller.querySelectorAll('button.book-move-primary')).find((b) => {
          const box = b.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom;
        });
      };
      let button = inView();
      // Rows done with: scroll on (not timed) until a row in view has a next step.
      for (let page = 0; button === undefined && page < 20; page++) {
        const top = scroller.scrollTop;
        scroller.scrollTop = top + scroller.clientHeight / 2;
        if (scroller.scrollTop === top) break;
        await afterPaint();
        await afterPaint();
        button = inView();
      }
      const row = button?.closest('[role="row"]') ?? null;
      const name = row?.querySelector('.book-guest-name')?.textContent ?? null;
      const to = button?.className
        .split(' ')
        .find((c) => c !== 'book-move-primary' && /^book-move-[a-z_]+$/.test(c));
      if (button === undefined || name === null || to === undefined) {
        throw new Error('no row in view has a one-click status left');
      }
      const status = to.slice('book-move-'.length);
      const timing = await measure(
        `${status}: ${name}`,
        () => button.click(),
        () =>
          Array.from(doc.querySelectorAll('.book-scroll .book-guest-name')).some((e) => {
            if (e.textContent !== name) return false;
            const r = e.closest('[role="row"]');
            return (
              r !== null &&
              r.classList.contains(`book-row-${status}`) &&
              r.querySelector(`.book-status-${status}`) !== null
            );
          }),
      );
      return { ...timing, name, to: status };
    },
    search: (query, expectName) => {
      const input = required('.book-search input');
      return measure(
        `search ${query}`,
        () => typeInto(input, query),
        () => {
          const names = listedNames();
          return names.length === 1 && names[0] === expectName;
        },
      );
    },
    clearSearch: () => {
      const input = required('.book-search input');
      return measure(
        'clear the search',
        () => typeInto(input, ''),
        () => listedNames().length > 1,
      );
    },
    switchView: (view, expect) => {
      const button = doc.querySelectorAll('.book-switch button')[view === 'list' ? 0 : 1];
      if (button === undefined) throw new Error('the book has no List / Timeline switch');
      return measure(
        `switch to ${view}`,
        () => button.click(),
        () => {
          if (view === 'list') {
            const list = doc.querySelector('.book-scroll');
            if (list === null) return false;
            return (
              list.querySelector(expect === 'rows' ? '.book-guest' : '.book-row-empty') !== null
            );
          }
          const grid = doc.querySelector('.book-tl-grid');
          if (grid === null) return false;
          return expect === 'empty' || grid.querySelector('.book-tl-block') !== null;
        },
      );
    },
  };
  w.deskBench = probe;
}
