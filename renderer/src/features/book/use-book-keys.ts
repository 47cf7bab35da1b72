import { useEffect, type RefObject } from 'react';
import { addDays } from '../../../../shared/domain/time';
import { useBookStore } from './book-store';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/**
 * The book's shortcuts, while no dialog is open and the host is not typing in a field:
 * N new booking, W walk-in, / search, ArrowLeft/ArrowRight previous/next day, T today.
 */
export function useBookKeys(input: {
  readonly today: string;
  readonly goTo: (date: string) => void;
  readonly searchRef: RefObject<HTMLInputElement | null>;
}): void {
  const { today, goTo, searchRef } = input;
  const openDialog = useBookStore((s) => s.openDialog);
  const setDate = useBookStore((s) => s.setDate);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (useBookStore.getState().dialog !== null || typingIn(event.target)) return;
      const current = useBookStore.getState().date ?? today;
      switch (event.key) {
        case 'ArrowLeft':
          goTo(addDays(current, -1));
          break;
        case 'ArrowRight':
          goTo(addDays(current, 1));
          break;
        case 'n':
        case 'N':
          openDialog({ kind: 'create' });
          break;
        case 'w':
        case 'W':
          openDialog({ kind: 'walk-in' });
          break;
        case 't':
        case 'T':
          setDate(null);
          break;
        case '/':
          searchRef.current?.focus();
          searchRef.current?.select();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, openDialog, setDate, today, searchRef]);
}
