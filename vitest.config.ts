import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      electron: fileURLToPath(new URL('./main/testing/electron-guard.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['{main,shared,relay,sim,renderer}/**/*.test.{ts,tsx}'],
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-is-not-available-in-tests' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
