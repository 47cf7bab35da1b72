import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: one bundle, served from app://couvert/ in Electron and from the browser host.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // Loaded from disk by a desktop app, not over a network: one large bundle is fine.
    chunkSizeWarningLimit: 3000,
  },
});
