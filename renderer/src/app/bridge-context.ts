import { createContext, useContext } from 'react';
import type { CouvertApi } from '../../../shared/contract/bridge';

export const BridgeApiContext = createContext<CouvertApi | null>(null);

/** The desk's commands (typed by the shared contract). */
export function useBridgeApi(): CouvertApi {
  const api = useContext(BridgeApiContext);
  if (!api) throw new Error('useBridgeApi() is used outside the BridgeApiContext provider.');
  return api;
}
