import { useCallback } from 'react';
import { useT } from '../../app/use-t';
import { useFloorStore } from './floor-store';
import type { Undo } from './floor-actions';

/** A store error in words a host can act on (zod issues already name the field). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Runs a floor write: announces success, keeps its undo, and reports a failure in the live region
 * (the caller keeps what was typed). Returns true when the write went through.
 */
export function useFloorRunner() {
  const t = useT();
  const notify = useFloorStore((s) => s.notify);
  const pushUndo = useFloorStore((s) => s.pushUndo);
  return useCallback(
    async (what: string, done: string, action: () => Promise<Undo>): Promise<boolean> => {
      try {
        const undo = await action();
        pushUndo({ what, undo });
        notify({ tone: 'done', text: done });
        return true;
      } catch (error) {
        notify({ tone: 'error', text: t('floor.error.save', { message: errorText(error) }) });
        return false;
      }
    },
    [notify, pushUndo, t],
  );
}

/** Takes back the last floor change, if any. */
export function useFloorUndo() {
  const t = useT();
  const notify = useFloorStore((s) => s.notify);
  const popUndo = useFloorStore((s) => s.popUndo);
  const pushUndo = useFloorStore((s) => s.pushUndo);
  return useCallback(async () => {
    const entry = popUndo();
    if (!entry) {
      notify({ tone: 'done', text: t('floor.undo.none') });
      return;
    }
    try {
      await entry.undo();
      notify({ tone: 'done', text: t('floor.done.undone', { what: entry.what }) });
    } catch (error) {
      pushUndo(entry);
      notify({ tone: 'error', text: t('floor.error.save', { message: errorText(error) }) });
    }
  }, [notify, popUndo, pushUndo, t]);
}
