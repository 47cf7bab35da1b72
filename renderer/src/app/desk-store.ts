import { create } from 'zustand';
import type { AppInfo, DeskStatus } from '../../../shared/contract/commands';
import type { ConnectionState } from '../bridge/ws-transport';
import { detectLocale, type Locale } from '../i18n/i18n';

const LOCALE_KEY = 'couvert.locale';

interface DeskState {
  connection: ConnectionState;
  info: AppInfo | null;
  status: DeskStatus | null;
  error: string | null;
  locale: Locale;
  /** The screen on display (an id from screens.tsx). */
  screen: string;
  setScreen: (screen: string) => void;
  setConnection: (connection: ConnectionState) => void;
  setSnapshot: (info: AppInfo, status: DeskStatus) => void;
  setError: (error: string | null) => void;
  setLocale: (locale: Locale) => void;
}

function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LOCALE_KEY);
  if (saved === 'en' || saved === 'fr') return saved;
  return detectLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** UI state of the shell (zustand). Data from the store arrives through RxDB in later screens. */
export const useDeskStore = create<DeskState>((set) => ({
  connection: 'connecting',
  info: null,
  status: null,
  error: null,
  locale: initialLocale(),
  screen: 'book',
  setScreen: (screen) => set({ screen }),
  setConnection: (connection) => set({ connection }),
  setSnapshot: (info, status) => set({ info, status, error: null }),
  setError: (error) => set({ error }),
  setLocale: (locale) => {
    if (typeof localStorage !== 'undefined') localStorage.setItem(LOCALE_KEY, locale);
    set({ locale });
  },
}));
