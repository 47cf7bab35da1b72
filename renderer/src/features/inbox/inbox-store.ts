import { create } from 'zustand';
import type { MessageKey } from '../../i18n/messages';

/** An outcome to read out, kept as a message so it follows a language switch. */
export interface Notice {
  key: MessageKey;
  params?: Record<string, string | number>;
}

const RESOLVED_BY_KEY = 'couvert.inbox.resolvedBy';

interface InboxState {
  /** The conflict open in the detail view, or null for the list. */
  selectedId: string | null;
  /** "Decided by": remembered on this computer (there are no user accounts yet). */
  resolvedBy: string;
  /** Last outcome, read out by the live region. */
  notice: Notice | null;
  /** The conflict this workstation is saving a decision for (it disappears from the list). */
  resolving: string | null;
  setResolving: (id: string | null) => void;
  select: (id: string | null) => void;
  setResolvedBy: (name: string) => void;
  setNotice: (notice: Notice | null) => void;
}

function savedName(): string {
  return typeof localStorage === 'undefined' ? '' : (localStorage.getItem(RESOLVED_BY_KEY) ?? '');
}

export const useInboxStore = create<InboxState>((set) => ({
  selectedId: null,
  resolvedBy: savedName(),
  notice: null,
  resolving: null,
  setResolving: (resolving) => set({ resolving }),
  select: (selectedId) => set({ selectedId }),
  setResolvedBy: (resolvedBy) => {
    if (typeof localStorage !== 'undefined') localStorage.setItem(RESOLVED_BY_KEY, resolvedBy);
    set({ resolvedBy });
  },
  setNotice: (notice) => set({ notice }),
}));
