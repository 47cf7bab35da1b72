/**
 * The preload, bundled into one CommonJS file (sandboxed preloads cannot load ES modules).
 * It exposes `window.couvert`: one named function per contract command and the storage port on
 * its one fixed channel. Never ipcRenderer itself, never its event objects, nothing generic.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildPreloadApi } from '../../shared/contract/bridge';
import { STORAGE_CHANNEL } from '../../shared/contract/storage-messages';

contextBridge.exposeInMainWorld(
  'couvert',
  buildPreloadApi((channel, request) => ipcRenderer.invoke(channel, request), {
    post: (message) => ipcRenderer.send(STORAGE_CHANNEL, message),
    subscribe: (listener) => {
      const forward = (_event: IpcRendererEvent, message: unknown) => listener(message);
      ipcRenderer.on(STORAGE_CHANNEL, forward);
      return () => ipcRenderer.removeListener(STORAGE_CHANNEL, forward);
    },
  }),
);
