import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/find-chromium';

/**
 * Two suites: `browser` drives the real renderer in Debian's Chromium through browser mode (always);
 * `electron` drives the packaged main process with Playwright's _electron where a binary exists.
 */
export default defineConfig({
  testDir: '.',
  outputDir: './output/test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  globalSetup: './support/global-setup.ts',
  projects: [
    {
      name: 'browser',
      testMatch: 'browser/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
        screenshot: 'only-on-failure',
        trace: 'retain-on-failure',
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
