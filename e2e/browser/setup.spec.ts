import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runToEnd, startRelayProcess, type RelayProcess } from '../../relay/testing/relay-process';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

/**
 * First launch for real use (`--no-demo`, fresh data folder): standalone, and joining a real relay
 * (PGlite, started here) with an unreachable address, a bad code and the right one. And the demo's
 * "simulated" mark.
 */

const shot = (name: string) => path.join(projectRoot, 'e2e/output', `setup-${name}.png`);

let relay: RelayProcess;
let relayDir: string;
let enrolmentCode: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  relayDir = await mkdtemp(path.join(tmpdir(), 'couvert-e2e-relay-'));
  // With PGlite the admin command runs before the relay (one process per folder).
  const created = await runToEnd('admin', [
    'create-tenant',
    'Chez Setup',
    '--data',
    relayDir,
    '--json',
  ]);
  if (created.code !== 0) throw new Error(`create-tenant failed: ${created.stderr}`);
  enrolmentCode = (JSON.parse(created.stdout) as { enrolment: { code: string } }).enrolment.code;
  relay = await startRelayProcess(['--data', relayDir]);
});

test.afterAll(async () => {
  if (relay.child.exitCode === null) {
    relay.child.kill('SIGTERM');
    await relay.exited;
  }
  await rm(relayDir, { recursive: true, force: true });
});

/** A port on which nothing listens (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function withDesk(args: string[], run: (desk: RunningDesk) => Promise<void>) {
  const desk = await startDesk({ extraArgs: args });
  try {
    await run(desk);
  } finally {
    await desk.stop();
  }
}

/** Step 2 and 3: the restaurant, then skipping the platforms. */
async function finishSetup(page: Page, name: string, screenshots: boolean) {
  const restaurant = page.getByRole('heading', { level: 1, name: 'Your restaurant' });
  await expect(restaurant).toBeFocused();
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByText('Save the restaurant first: fill in its name and press Save.'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('Europe/Paris');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  if (screenshots) await page.screenshot({ path: shot('restaurant'), fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Connect your platforms' }),
  ).toBeFocused();
  await expect(page.getByText('Step 3 of 3')).toBeVisible();
  if (screenshots) await page.screenshot({ path: shot('platforms') });
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
}

async function openRelaySettings(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Relay' }).click();
}

test('standalone: how the desk works → the restaurant → skip platforms → the book', async ({
  page,
}) => {
  await withDesk(['--no-demo'], async (desk) => {
    await page.goto(desk.url);
    await expect(
      page.getByRole('heading', { level: 1, name: 'How will this desk work?' }),
    ).toBeVisible();
    await expect(page.getByText('Step 1 of 3')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toHaveCount(0);
    await page.screenshot({ path: shot('how') });

    await page.getByRole('button', { name: 'Switch the language to French' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Comment ce poste va-t-il fonctionner ?' }),
    ).toBeVisible();
    await expect(page.getByText('Étape 1 sur 3')).toBeVisible();
    await page.screenshot({ path: shot('fr') });
    await page.getByRole('button', { name: 'Passer en anglais' }).click();

    // By keyboard: the choice, then the focus lands on the next step's heading.
    await page.getByRole('button', { name: 'Run standalone' }).focus();
    await page.keyboard.press('Enter');
    await finishSetup(page, 'Chez Setup', true);

    await expect(page.getByRole('button', { name: /New booking/ })).toBeVisible();
    await expect(page.getByRole('note', { name: /simulated/ })).toHaveCount(0);
    await page.screenshot({ path: shot('book') });

    // Set up for good: a reload opens the desk, and Settings → Relay offers to join later.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
    await openRelaySettings(page);
    await expect(page.getByText('Standalone: offline only')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Join the relay' })).toBeVisible();
    await page.screenshot({ path: shot('relay-standalone'), fullPage: true });
  });
});

test('joining a relay: typed checks, an unreachable address, a bad code, then the right code', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const nowhere = `http://127.0.0.1:${await closedPort()}`;
  await withDesk(['--no-demo'], async (desk) => {
    await page.goto(desk.url);
    const address = page.getByRole('textbox', { name: 'Relay address' });
    const code = page.getByRole('textbox', { name: 'Enrolment code' });
    const name = page.getByRole('textbox', { name: 'Name of this desk' });
    const join = page.getByRole('button', { name: 'Join the relay' });

    // Checked as typed, with the contract's rules, in plain words.
    await address.fill('relay.example.com');
    await address.press('Tab');
    await expect(address).toHaveAccessibleDescription(/must start with https:\/\//);
    await join.click();
    await expect(code).toHaveAccessibleDescription(/Type the enrolment code/);
    await expect(page.getByText('Nothing was sent: correct the fields marked ⚠.')).toBeVisible();

    // Nothing listens there: the refusal sits by the address, and everything typed stays.
    await address.fill(nowhere);
    await code.fill('AAAA-BBBB-CCCC-DDDD');
    await name.fill('Bar desk');
    await join.click();
    await expect(address).toHaveAttribute('aria-invalid', 'true', { timeout: 40_000 });
    await expect(address).toHaveAccessibleDescription(/reach/i);
    await expect(address).toHaveValue(nowhere);
    await expect(code).toHaveValue('AAAA-BBBB-CCCC-DDDD');
    await expect(name).toHaveValue('Bar desk');
    await page.screenshot({ path: shot('unreachable') });

    // A real relay, a code it never issued.
    await address.fill(relay.url);
    await join.click();
    await expect(code).toHaveAccessibleDescription(/unknown, expired or already used/, {
      timeout: 40_000,
    });
    await expect(address).not.toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveValue('AAAA-BBBB-CCCC-DDDD');
    await page.screenshot({ path: shot('bad-code') });
    // In French, the desk's English sentence comes under a French one.
    await page.getByRole('button', { name: 'Switch the language to French' }).click();
    const codeFr = page.getByRole('textbox', { name: 'Code d’inscription' });
    await expect(codeFr).toHaveAccessibleDescription(/inconnu, expiré ou déjà utilisé/);
    await expect(codeFr).toHaveAccessibleDescription(/Message du poste : This enrolment code/);
    await page.screenshot({ path: shot('bad-code-fr') });
    await page.getByRole('button', { name: 'Passer en anglais' }).click();

    // The code the relay administrator gave.
    await code.fill(enrolmentCode);
    await join.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your restaurant' })).toBeVisible({
      timeout: 40_000,
    });
    await finishSetup(page, 'Chez Setup (bar)', false);

    await openRelaySettings(page);
    await expect(page.getByText('Enrolled with a relay')).toBeVisible();
    await expect(page.getByText(relay.url, { exact: true })).toBeVisible();
    await expect(page.getByText('Bar desk', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Join the relay' })).toHaveCount(0);
    await page.screenshot({ path: shot('relay-enrolled'), fullPage: true });
  });
});

test('the demo says, on every screen, that it is simulated', async ({ page }) => {
  test.setTimeout(120_000);
  await withDesk(['--static-demo'], async (desk) => {
    await page.goto(desk.url);
    const mark = page.getByRole('note', { name: 'Demo — simulated restaurant and platforms' });
    await expect(mark).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
    await page.screenshot({ path: shot('demo-mark') });
    await openRelaySettings(page);
    await expect(mark).toBeVisible();
    await expect(page.getByText('Demo: built-in relay and simulated platforms')).toBeVisible();
  });
});
