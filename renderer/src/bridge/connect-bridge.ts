import {
  buildCommandApi,
  unwrapApi,
  type CouvertApi,
  type StoragePort,
} from '../../../shared/contract/bridge';
import { TOKEN_META_NAME } from '../../../shared/contract/ws-frames';
import { createWsTransport, type ConnectionState } from './ws-transport';

export interface DeskBridge {
  api: CouvertApi;
  storage: StoragePort;
  mode: 'electron' | 'browser';
}

/**
 * The renderer reaches the desk through this module only: the Electron preload's `window.couvert`
 * when present, otherwise the browser host's WebSocket with the token it put in the page.
 */
export function connectBridge(onState: (state: ConnectionState) => void): DeskBridge {
  if (window.couvert) {
    onState('connected');
    return { api: unwrapApi(window.couvert), storage: window.couvert.storage, mode: 'electron' };
  }
  const token =
    document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';
  const transport = createWsTransport({
    baseUrl: window.location.origin,
    token,
    onState,
    onReconnected: () => window.location.reload(),
  });
  return {
    api: unwrapApi(buildCommandApi(transport.send)),
    storage: transport.storage,
    mode: 'browser',
  };
}
