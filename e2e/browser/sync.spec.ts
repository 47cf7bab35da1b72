import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

/**
 * The Sync screen and Settings › Platforms against the live demo (embedded relay, simulated
 * TheFork and Zenchef, the sync engine running). The offline banner and the "status unavailable"
 * state need a desk that cannot reach anything: there, the desk's answers to `sync:status` are
 * rewritten on the bridge's WebSocket (everything else passes through untouched).
 */

const shot = (name: string) => path.join(projectRoot, 'e2e/output', `${name}.png`);

let desk: RunningDesk | undefined;
test.beforeAll(async () => {
  // The live demo starts a relay and two simulators: slower than a bare desk on a busy machine.
  test.setTimeout(150_000);
  desk = await startDesk({ extraArgs: ['--demo'], startTimeoutMs: 120_000 });
});
test.afterAll(async () => {
  // The demo closes its relay and simulators too.
  test.setTimeout(120_000);
  await desk?.stop();
});

function deskUrl(): string {
  if (desk === undefined) throw new Error('The desk did not start.');
  return desk.url;
}

async function openSync(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: /^Sync/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync status' })).toBeVisible();
}

async function openPlatforms(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Platforms' }).click();
  await expect(page.getByRole('heading', { name: 'Booking platforms' })).toBeVisible();
}

test('the Sync screen shows each platform, the relay, and a log that filters', async ({ page }) => {
  await page.goto(deskUrl());
  await openSync(page);
  for (const name of ['TheFork', 'Zenchef (Formitable)']) {
    const card = page.getByRole('listitem', { name });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Last successful sync');
    await expect(card).toContainText(/Connected|Not connected/);
    await expect(card).toContainText('Waiting to be sent');
  }
  const relay = page.getByRole('region', { name: 'Relay and desks' });
  await expect(relay).toContainText('Connected');
  await expect(relay).toContainText(/127\.0\.0\.1/);
  await expect(relay).toContainText(/Talks to the platforms\s*This desk/);

  const log = page.getByRole('table', { name: 'Sync log, newest first' });
  await expect(log.getByRole('row').nth(2)).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: shot('sync-status') });

  // Filters: one platform, one direction, then text that matches nothing.
  await page.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'TheFork' });
  await expect(log.getByRole('row').nth(1)).toContainText('TheFork');
  await expect(log.getByRole('row').filter({ hasText: 'Zenchef' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Direction' }).selectOption({ label: 'Received' });
  await expect(log.getByRole('row').filter({ hasText: '↑ Sent' })).toHaveCount(0);
  await expect(log.getByRole('row').nth(1)).toContainText('Received');
  await page.getByRole('heading', { name: 'Sync log' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('sync-log-filtered') });
  await page.getByRole('searchbox', { name: 'Search the log' }).fill('no-such-thing-zz');
  await expect(page.getByText('No entry matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(log.getByRole('row').filter({ hasText: 'Zenchef' }).first()).toBeVisible();

  // The answer depends on the platforms (simulated here): either way the host is told.
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Sync now|Every platform|No answer/ }),
  ).toHaveText(
    /^(Every platform was asked for news and the waiting changes were sent\.|No answer from the desk yet: .+|Sync now did not work: .+)$/,
    { timeout: 30_000 },
  );
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();

  await page.getByRole('button', { name: 'Switch the language to French' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'État de la synchronisation' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Relais et postes' })).toContainText('Ce poste');
  await page.screenshot({ path: shot('sync-fr') });
  await page.getByRole('button', { name: 'Passer en anglais' }).click();
});

test('a refused connection says why and keeps what was typed; disconnect asks first', async ({
  page,
}) => {
  await page.goto(deskUrl());
  await openPlatforms(page);
  const thefork = page.getByRole('article', { name: 'TheFork' });
  await expect(thefork).toContainText('Connected');
  await expect(thefork).toContainText('••••••');
  await expect(thefork).toContainText(/\/hooks\/[^/]+\/thefork/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await thefork.getByRole('button', { name: 'Copy the webhook address of TheFork' }).click();
  await expect(
    thefork.getByText('Copied. Paste it into TheFork’s webhook settings.'),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hooks\/[^/]+\/thefork$/);
  await expect(thefork.getByText(copied, { exact: true })).toBeVisible();
  await page.screenshot({ path: shot('settings-platforms'), fullPage: true });

  // Wrong credentials: TheFork (simulated) refuses; the form stays with what was typed.
  await thefork.getByRole('button', { name: 'Change the connection to TheFork' }).click();
  const restaurantId = thefork.getByRole('textbox', { name: 'TheFork restaurant id (UUID)' });
  await expect(restaurantId).not.toHaveValue('');
  await thefork.getByRole('textbox', { name: 'Client id' }).fill('not-a-client');
  await thefork.getByLabel('Client secret').fill('not-the-secret');
  await thefork.getByRole('button', { name: 'Save and reconnect TheFork' }).click();
  const refusal = thefork.getByRole('alert');
  await expect(refusal).toContainText('TheFork was not connected', { timeout: 30_000 });
  await expect(refusal).toContainText(/refused/i);
  await expect(thefork.getByRole('textbox', { name: 'Client id' })).toHaveValue('not-a-client');
  await expect(thefork.getByLabel('Client secret')).toHaveValue('not-the-secret');
  await expect(restaurantId).not.toHaveValue('');
  await thefork.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('settings-platforms-refused') });

  // A form left empty is checked before anything is sent.
  await thefork.getByRole('textbox', { name: 'Client id' }).fill('');
  await thefork.getByRole('button', { name: 'Save and reconnect TheFork' }).click();
  await expect(thefork.getByText('Nothing was sent: correct the fields marked ⚠.')).toBeVisible();
  await expect(thefork.getByRole('textbox', { name: 'Client id' })).toHaveAccessibleDescription(
    /Required\./,
  );
  await thefork.getByRole('button', { name: 'Cancel' }).click();
  await expect(thefork).toContainText('••••••');

  // Disconnect asks first; "Keep connected" changes nothing.
  const zenchef = page.getByRole('article', { name: 'Zenchef (Formitable)' });
  await zenchef.getByRole('button', { name: 'Disconnect Zenchef (Formitable)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disconnect Zenchef (Formitable)?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep connected' }).click();
  await expect(dialog).toHaveCount(0);
  await zenchef.getByRole('button', { name: 'Disconnect Zenchef (Formitable)' }).click();
  await dialog.getByRole('button', { name: 'Disconnect' }).click();
  await expect(zenchef.getByText('Zenchef (Formitable) is disconnected.')).toBeVisible();
  await expect(zenchef).toContainText('Not connected');
  await expect(zenchef.getByLabel('API key')).toHaveValue('');
  await expect(zenchef.getByRole('button', { name: 'Connect Zenchef (Formitable)' })).toBeVisible();
  await zenchef.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('settings-platforms-disconnected') });
});

test('offline: a banner on every screen counts what waits, then says the desk is back', async ({
  page,
}) => {
  let mode: 'offline' | 'online' | 'broken' = 'offline';
  const statusCalls = new Set<number>();
  await page.routeWebSocket(/\/bridge$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { kind: string; id?: number; channel?: string };
      if (frame.kind === 'command' && frame.channel === 'sync:status' && frame.id !== undefined) {
        statusCalls.add(frame.id);
      }
      server.send(message);
    });
    server.onMessage((message) => {
      const frame = JSON.parse(String(message)) as {
        kind: string;
        id?: number;
        envelope?: { ok: boolean; value?: Record<string, unknown> };
      };
      if (frame.kind !== 'result' || frame.id === undefined || !statusCalls.delete(frame.id)) {
        ws.send(message);
        return;
      }
      if (mode === 'broken') {
        const error = { code: 'internal', message: 'sync is not wired in this desk' };
        ws.send(JSON.stringify({ ...frame, envelope: { ok: false, error } }));
      } else if (mode === 'offline' && frame.envelope?.ok === true) {
        const value = { ...frame.envelope.value, offline: true, waiting: 3 };
        ws.send(JSON.stringify({ ...frame, envelope: { ok: true, value } }));
      } else {
        ws.send(message);
      }
    });
  });

  await page.goto(deskUrl());
  const banner = page.getByRole('status', { name: 'Connection to the platforms' });
  await expect(banner).toHaveText(
    '⚠Offline: 3 changes waiting, they will be sent when the connection comes back.',
  );
  await page.screenshot({ path: shot('sync-offline-banner') });
  await page.getByRole('navigation').getByRole('button', { name: 'Floor plan' }).click();
  await expect(banner).toContainText('Offline: 3 changes waiting');
  await page.getByRole('button', { name: 'Switch the language to French' }).click();
  await expect(page.getByRole('status', { name: 'Connexion aux plateformes' })).toHaveText(
    '⚠Hors ligne : 3 modifications en attente, elles seront envoyées au retour de la connexion.',
  );
  await page.screenshot({ path: shot('sync-offline-banner-fr') });
  await page.getByRole('button', { name: 'Passer en anglais' }).click();

  mode = 'online';
  await expect(banner).toContainText('Back online', { timeout: 15_000 });
  await expect(banner).toHaveText('', { timeout: 15_000 });

  // The desk cannot say: the Sync screen tells it in words and keeps the last known state.
  mode = 'broken';
  await openSync(page);
  const problem = page.getByRole('alert').filter({ hasText: 'The sync status is not available' });
  await expect(problem).toBeVisible({ timeout: 10_000 });
  await expect(problem).toContainText('sync is not wired in this desk');
  await expect(problem).toContainText('Last known state');
  await expect(banner).toHaveText('');
  await page.screenshot({ path: shot('sync-unavailable') });
});
