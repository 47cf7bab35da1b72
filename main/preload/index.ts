/**
 * The preload, bundled into one CommonJS file (sandboxed preloads cannot load ES modules).
 * It exposes `window.couvert`: one named function per contract command, nothing generic, and
 * never ipcRenderer itself or its event objects.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from '../../shared/contract/bridge';

contextBridge.exposeInMainWorld(
  'couvert',
  buildPreloadApi((channel, request) => ipcRenderer.invoke(channel, request)),
);
