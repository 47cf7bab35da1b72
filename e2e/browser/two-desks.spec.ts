import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { createLogger } from '../../main/desk/logger';
import { openDeskStore } from '../../main/desk/open-desk-store';
import { startRelayProcess, type RelayProcess } from '../../relay/testing/relay-process';
import { seedDemoRestaurant } from '../../shared/demo/seed-demo-restaurant';
import { bookRow, newPhoneBooking, searchBook } from '../support/book-page';
import { need, relayAdmin, stopRelayProcess } from '../support/relay-admin';
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

async function startRelay(): Promise<RelayProcess> {
  return startRelayProcess(['--data', relayDir, '--port', String(port)]);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  relayDir = await mkdtemp(path.join(tmpdir(), 'couvert-two-desks-relay-'));
  const tenant = z
    .object({ tenantId: z.string(), enrolment: z.object({ code: z.string() }) })
    .parse(await relayAdmin(relayDir, ['create-tenant', 'Bistro à deux']));
  const first = tenant.enrolment.code;
  const second = z
    .object({ code: z.string() })
    .parse(await relayAdmin(relayDir, ['enrolment-code', tenant.tenantId])).code;
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
  if (relay?.child.exitCode === null) await stopRelayProcess(relay);
  await rm(relayDir, { recursive: true, force: true });
});

async function openBook(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('table', { name: 'Reservation book' })).toBeVisible({
    timeout: 30_000,
  });
}

test('a booking made on one desk appears on the other', async ({ browser }) => {
  const frontPage = await browser.newPage();
  const barPage = await browser.newPage();
  await openBook(frontPage, need(front, 'the front desk').url);
  await openBook(barPage, need(bar, 'the bar desk').url);
  await newPhoneBooking(frontPage, { name: 'Odile Deux-Postes', party: '3' });
  await searchBook(frontPage, 'Deux-Postes');
  await searchBook(barPage, 'Deux-Postes');
  await expect(bookRow(frontPage, 'Odile Deux-Postes')).toBeVisible();
  await expect(bookRow(barPage, 'Odile Deux-Postes')).toBeVisible({ timeout: 20_000 });
  await barPage.screenshot({ path: shot('bar-sees-front') });
  await frontPage.close();
  await barPage.close();
});

test('with the relay stopped both keep working; restarted, they converge', async ({ browser }) => {
  const frontPage = await browser.newPage();
  const barPage = await browser.newPage();
  await openBook(frontPage, need(front, 'the front desk').url);
  await openBook(barPage, need(bar, 'the bar desk').url);
  await stopRelayProcess(need(relay, 'the relay'));

  await newPhoneBooking(frontPage, { name: 'Paul Hors-Ligne', party: '2' });
  await newPhoneBooking(barPage, { name: 'Zoé Sans-Relais', party: '4' });
  // Both names share "-": search for the two test guests at once on each desk.
  await searchBook(frontPage, '+33 6 12 34 56 78');
  await searchBook(barPage, '+33 6 12 34 56 78');
  await expect(bookRow(frontPage, 'Paul Hors-Ligne')).toBeVisible();
  await expect(bookRow(barPage, 'Zoé Sans-Relais')).toBeVisible();
  // Each desk has only its own offline booking while the relay is away.
  await frontPage.waitForTimeout(2_000);
  await expect(bookRow(frontPage, 'Zoé Sans-Relais')).toHaveCount(0);
  await expect(bookRow(barPage, 'Paul Hors-Ligne')).toHaveCount(0);
  await frontPage.screenshot({ path: shot('front-offline') });

  relay = await startRelay();
  await expect(bookRow(frontPage, 'Zoé Sans-Relais')).toBeVisible({ timeout: 60_000 });
  await expect(bookRow(barPage, 'Paul Hors-Ligne')).toBeVisible({ timeout: 60_000 });
  await barPage.screenshot({ path: shot('converged') });
  await frontPage.close();
  await barPage.close();
});
