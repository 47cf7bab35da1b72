import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { createLogger } from '../../main/desk/logger';
import { openDeskStore } from '../../main/desk/open-desk-store';
import { runToEnd, startRelayProcess, type RelayProcess } from '../../relay/testing/relay-process';
import { seedDemoRestaurant } from '../../shared/demo/seed-demo-restaurant';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

/**
 * Issue 7's two desks: one relay process (PGlite), two desks enrolled with it, each in its own
 * data folder and port. A booking made on one appears on the other; with the relay stopped both
 * keep working; restarted, they converge.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const shot = (name: string) => path.join(projectRoot, 'e2e/output', `two-desks-${name}.png`);
const quiet = createLogger({ level: 'error', write: () => undefined });

let relayDir: string;
let relay: RelayProcess | undefined;
let port = 0;
let front: RunningDesk | undefined;
let bar: RunningDesk | undefined;

async function admin(args: string[]): Promise<unknown> {
  const result = await runToEnd('admin', [...args, '--data', relayDir, '--json']);
  if (result.code !== 0) throw new Error(`relay:admin ${args[0] ?? ''} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

async function startRelay(): Promise<RelayProcess> {
  return startRelayProcess(['--data', relayDir, '--port', String(port)]);
}

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
};

async function stopRelay(): Promise<void> {
  const running = need(relay, 'the relay');
  running.child.kill('SIGTERM');
  await running.exited;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  relayDir = await mkdtemp(path.join(tmpdir(), 'couvert-two-desks-relay-'));
  const tenant = z
    .object({ tenantId: z.string(), enrolment: z.object({ code: z.string() }) })
    .parse(await admin(['create-tenant', 'Bistro à deux']));
  const first = tenant.enrolment.code;
  const second = z
    .object({ code: z.string() })
    .parse(await admin(['enrolment-code', tenant.tenantId])).code;
  const started = await startRelayProcess(['--data', relayDir]);
  relay = started;
  port = started.port;

  // The front desk already has the restaurant; the bar desk gets it through the relay.
  const frontDir = await mkdtemp(path.join(tmpdir(), 'couvert-two-desks-front-'));
  const store = await openDeskStore({
    dataDir: frontDir,
    clock: { now: () => new Date() },
    log: quiet,
  });
  await seedDemoRestaurant(store.repos, { now: Date.now() });
  await store.close();
  const relayArgs = (code: string, name: string) => [
    '--no-demo',
    '--relay',
    started.url,
    '--enrol-code',
    code,
    '--desk-name',
    name,
  ];
  front = await startDesk({ extraArgs: ['--data', frontDir, ...relayArgs(first, 'Front desk')] });
  bar = await startDesk({ extraArgs: relayArgs(second, 'Bar') });
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await front?.stop();
  await bar?.stop();
  if (relay?.child.exitCode === null) await stopRelay();
  await rm(relayDir, { recursive: true, force: true });
});

async function openBook(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('table', { name: 'Reservation book' })).toBeVisible({
    timeout: 30_000,
  });
}

async function book(page: Page, name: string, party: string): Promise<void> {
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New booking' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Guest name').fill(name);
  await dialog.getByLabel('Phone').fill('+33 6 12 34 56 78');
  await dialog.getByLabel('Party size').fill(party);
  const time = dialog.getByLabel('Time');
  const values = await time
    .locator('option')
    .evaluateAll((options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
    );
  await time.selectOption(values[values.length - 1] ?? '');
  await dialog.getByRole('button', { name: 'Save booking' }).click();
  await expect(dialog).toBeHidden();
}

/** The book is virtualised: search for the guest, then look at the rows. */
const find = (page: Page, text: string) =>
  page.getByRole('searchbox', { name: 'Search by name or phone' }).fill(text);
const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('a booking made on one desk appears on the other', async ({ browser }) => {
  const frontPage = await browser.newPage();
  const barPage = await browser.newPage();
  await openBook(frontPage, need(front, 'the front desk').url);
  await openBook(barPage, need(bar, 'the bar desk').url);
  await book(frontPage, 'Odile Deux-Postes', '3');
  await find(frontPage, 'Deux-Postes');
  await find(barPage, 'Deux-Postes');
  await expect(rowOf(frontPage, 'Odile Deux-Postes')).toBeVisible();
  await expect(rowOf(barPage, 'Odile Deux-Postes')).toBeVisible({ timeout: 20_000 });
  await barPage.screenshot({ path: shot('bar-sees-front') });
  await frontPage.close();
  await barPage.close();
});

test('with the relay stopped both keep working; restarted, they converge', async ({ browser }) => {
  const frontPage = await browser.newPage();
  const barPage = await browser.newPage();
  await openBook(frontPage, need(front, 'the front desk').url);
  await openBook(barPage, need(bar, 'the bar desk').url);
  await stopRelay();

  await book(frontPage, 'Paul Hors-Ligne', '2');
  await book(barPage, 'Zoé Sans-Relais', '4');
  // Both names share "-": search for the two test guests at once on each desk.
  await find(frontPage, '+33 6 12 34 56 78');
  await find(barPage, '+33 6 12 34 56 78');
  await expect(rowOf(frontPage, 'Paul Hors-Ligne')).toBeVisible();
  await expect(rowOf(barPage, 'Zoé Sans-Relais')).toBeVisible();
  // Each desk has only its own offline booking while the relay is away.
  await frontPage.waitForTimeout(2_000);
  await expect(rowOf(frontPage, 'Zoé Sans-Relais')).toHaveCount(0);
  await expect(rowOf(barPage, 'Paul Hors-Ligne')).toHaveCount(0);
  await frontPage.screenshot({ path: shot('front-offline') });

  relay = await startRelay();
  await expect(rowOf(frontPage, 'Zoé Sans-Relais')).toBeVisible({ timeout: 60_000 });
  await expect(rowOf(barPage, 'Paul Hors-Ligne')).toBeVisible({ timeout: 60_000 });
  await barPage.screenshot({ path: shot('converged') });
  await frontPage.close();
  await barPage.close();
});
