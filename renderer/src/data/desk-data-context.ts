import { createContext, useContext } from 'react';
import type { DeskData } from './desk-data';

export const DeskDataContext = createContext<DeskData | null>(null);

/** The renderer's database and repositories; only available under the provider in main.tsx. */
export function useDeskData(): DeskData {
  const data = useContext(DeskDataContext);
  if (!data) throw new Error('useDeskData() is used outside the DeskDataContext provider.');
  return data;
}
