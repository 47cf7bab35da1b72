import { buildPreloadApi, unwrapApi, type CouvertApi } from '../../../shared/contract/bridge';
import { TOKEN_META_NAME } from '../../../shared/contract/ws-frames';
import { createWsTransport, type ConnectionState } from './ws-transport';

/**
 * The renderer reaches the desk through this module only: the Electron preload's `window.couvert`
 * when present, otherwise the browser host's WebSocket with the token it put in the page.
 */
export function connectBridge(onState: (state: ConnectionState) => void): {
  api: CouvertApi;
  mode: 'electron' | 'browser';
} {
  if (window.couvert) {
    onState('connected');
    return { api: unwrapApi(window.couvert), mode: 'electron' };
  }
  const token =
    document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';
  const transport = createWsTransport({ baseUrl: window.location.origin, token, onState });
  return { api: unwrapApi(buildPreloadApi(transport.send)), mode: 'browser' };
}
