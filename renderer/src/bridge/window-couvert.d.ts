import type { PreloadApi } from '../../../shared/contract/bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    readonly couvert?: PreloadApi;
  }
}
