import { create } from 'zustand';

export type BookView = 'list' | 'timeline';

export type BookDialog =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly id: string }
  | { readonly kind: 'walk-in' }
  | { readonly kind: 'cancel'; readonly id: string };

interface BookState {
  /** The local date on display; null follows today in the restaurant's zone. */
  date: string | null;
  view: BookView;
  query: string;
  dialog: BookDialog | null;
  /** One line the host must notice (a status moved, a save failed), read out by aria-live. */
  notice: { text: string; tone: 'ok' | 'error' } | null;
  setDate: (date: string | null) => void;
  setView: (view: BookView) => void;
  setQuery: (query: string) => void;
  openDialog: (dialog: BookDialog) => void;
  closeDialog: () => void;
  say: (text: string, tone?: 'ok' | 'error') => void;
}

/** UI state of the book (zustand); the data itself comes from RxDB live queries. */
export const useBookStore = create<BookState>((set) => ({
  date: null,
  view: 'list',
  query: '',
  dialog: null,
  notice: null,
  setDate: (date) => set({ date }),
  setView: (view) => set({ view }),
  setQuery: (query) => set({ query }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  say: (text, tone = 'ok') => set({ notice: { text, tone } }),
}));
