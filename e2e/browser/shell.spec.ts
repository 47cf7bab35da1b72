import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

const version = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

/** The connection indicator in the top bar (other screens have live regions of their own). */
const connection = (page: Page) => page.getByRole('banner').getByRole('status');

let desk: RunningDesk;
test.beforeAll(async () => {
  desk = await startDesk({ extraArgs: ['--static-demo'] });
});
test.afterAll(async () => {
  await desk.stop();
});

test('npm start serves the desk in browser mode and says why', async () => {
  expect(desk.output()).toMatch(/^Couvert is running at http:\/\/127\.0\.0\.1:\d+\/$/m);
});

test('the shell talks to the desk over the bridge and shows its status', async ({ page }) => {
  await page.goto(desk.url);
  await expect(connection(page)).toHaveText('Connected to the desk');
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('button', { name: 'Desk' })
    .click();
  await expect(page.getByRole('heading', { name: 'Desk status' })).toBeVisible();
  await expect(page.getByTestId('app-version')).toHaveText(version);
  await expect(page.getByTestId('data-dir')).toHaveText(desk.dataDir);
  await expect(page.getByText('Browser mode', { exact: true })).toBeVisible();
  await expect(page.getByText('Ready', { exact: true })).toBeVisible();
  // The renderer's own RxDatabase, on the desk's SQLite store through the bridge: the static
  // demo restaurant has bookings today.
  await expect(page.getByTestId('today-summary')).toHaveText(
    /^[1-9]\d* bookings, [1-9]\d* covers$/,
  );
  await page.screenshot({ path: path.join(projectRoot, 'e2e/output/shell-en.png') });

  await page.getByRole('button', { name: 'Switch the language to French' }).click();
  await expect(page.getByRole('heading', { name: 'État du poste' })).toBeVisible();
  await expect(connection(page)).toHaveText('Connecté au poste');
  await page.screenshot({ path: path.join(projectRoot, 'e2e/output/shell-fr.png') });
  await page.getByRole('button', { name: 'Passer en anglais' }).click();
  await expect(page.getByRole('heading', { name: 'Desk status' })).toBeVisible();
});

test('the page has no Node or Electron globals and keeps its CSP', async ({ page }) => {
  const response = await page.goto(desk.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    couvert: typeof (globalThis as Record<string, unknown>).couvert,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', couvert: 'undefined' });
  // An inline script injected into the page is refused by the CSP.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('a WebSocket without the token, or from another origin, is refused', async ({ page }) => {
  await page.goto(desk.url);
  const outcome = await page.evaluate(async (url) => {
    const ws = new WebSocket(url.replace('http', 'ws') + 'bridge', [
      'couvert.v1',
      'couvert-token.wrong',
    ]);
    return new Promise<string>((resolve) => {
      ws.onopen = () => resolve('open');
      ws.onerror = () => resolve('refused');
    });
  }, desk.url);
  expect(outcome).toBe('refused');
});

test('when the desk stops, the page says so instead of hanging', async ({ page }) => {
  const other = await startDesk({ extraArgs: ['--static-demo'] });
  try {
    await page.goto(other.url);
    await expect(connection(page)).toHaveText('Connected to the desk');
  } finally {
    await other.stop();
  }
  await expect(connection(page)).toHaveText('Desk not reachable: reconnecting…');
});
