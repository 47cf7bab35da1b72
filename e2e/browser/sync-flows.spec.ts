import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { createLogger } from '../../main/desk/logger';
import { openDeskStore } from '../../main/desk/open-desk-store';
import { startRelayProcess, type RelayProcess } from '../../relay/testing/relay-process';
import { seedDemoRestaurant } from '../../shared/demo/seed-demo-restaurant';
import { addDays, instantOf, localDateOf } from '../../shared/domain/time';
import { TheForkScenarioClient } from '../../sim/thefork/scenario-client';
import { startTheForkSim, type TheForkSim } from '../../sim/thefork/server';
import { bookRow, newPhoneBooking, searchBook } from '../support/book-page';
import { need, relayAdmin, stopRelayProcess } from '../support/relay-admin';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

/**
 * Issue 6's sync flows with everything real: a relay process (PGlite), the TheFork simulator in
 * this process (its webhooks go to the relay), and one desk enrolled with the relay whose TheFork
 * connector talks to the simulator. TheFork is connected through Settings › Platforms; a phone
 * booking reaches TheFork; a TheFork booking appears live; offline work drains on return.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const ZONE = 'Europe/Paris';
const shot = (name: string) => path.join(projectRoot, 'e2e/output', `sync-flows-${name}.png`);
const quiet = createLogger({ level: 'error', write: () => undefined });

let relayDir = '';
let deskDir = '';
let relay: RelayProcess | undefined;
let fork: TheForkSim | undefined;
let scenario: TheForkScenarioClient;
let desk: RunningDesk | undefined;

/** Tomorrow in the restaurant's zone: its dinner slots are always ahead, whatever the hour. */
const tomorrow = () => addDays(localDateOf(Date.now(), ZONE), 1);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  relayDir = await mkdtemp(path.join(tmpdir(), 'couvert-sync-flows-relay-'));
  const tenant = z
    .object({
      tenantId: z.string(),
      enrolment: z.object({ code: z.string() }),
      endpoints: z.array(z.object({ platform: z.string(), url: z.string() })),
    })
    .parse(await relayAdmin(relayDir, ['create-tenant', 'Bistro synchronisé']));
  relay = await startRelayProcess(['--data', relayDir]);
  // create-tenant cannot know the port the relay will listen on: same path and token, real origin.
  const hook = new URL(tenant.endpoints.find((e) => e.platform === 'thefork')?.url ?? '');
  const hookUrl = `${relay.url}${hook.pathname}${hook.search}`;
  fork = await startTheForkSim({
    relayUrl: hookUrl,
    slotMinutes: 15,
    webhookRetryDelaysMs: [300, 1000],
  });
  scenario = new TheForkScenarioClient(fork.scenarioUrl);

  // The restaurant exists before the desk starts. Its future requested/confirmed bookings are held
  // back: connecting TheFork would push every one of them (hundreds of creates), and the waiting
  // count of the offline flow must be the bookings made here.
  deskDir = await mkdtemp(path.join(tmpdir(), 'couvert-sync-flows-desk-'));
  const store = await openDeskStore({
    dataDir: deskDir,
    clock: { now: () => new Date() },
    log: quiet,
  });
  const now = Date.now();
  await seedDemoRestaurant(
    store.repos,
    { now },
    (b) => b.startsAt > now && b.status !== 'cancelled',
  );
  await store.close();
  desk = await startDesk({
    extraArgs: [
      '--data',
      deskDir,
      '--no-demo',
      '--relay',
      relay.url,
      '--enrol-code',
      tenant.enrolment.code,
      '--desk-name',
      'Front desk',
    ],
    env: { COUVERT_THEFORK_API_URL: fork.apiBaseUrl, COUVERT_THEFORK_TOKEN_URL: fork.tokenUrl },
  });
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await desk?.stop();
  await fork?.close();
  if (relay?.child.exitCode === null) await stopRelayProcess(relay);
  await rm(relayDir, { recursive: true, force: true });
  if (deskDir !== '') await rm(deskDir, { recursive: true, force: true });
});

async function openBookTomorrow(page: Page): Promise<void> {
  await page.goto(need(desk, 'the desk').url);
  await expect(page.getByRole('table', { name: 'Reservation book' })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Next day' }).click();
}

async function openScreen(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
}

/** A phone booking for the book's day (tomorrow), with the e-mail TheFork needs. */

/** Emails of the bookings the TheFork simulator holds. */
async function forkEmails(): Promise<string[]> {
  return (await scenario.reservations()).map((r) => r.customer?.email ?? '');
}

test('TheFork is connected through Settings › Platforms with its credentials', async ({ page }) => {
  const credentials = await scenario.credentials();
  await page.goto(need(desk, 'the desk').url);
  await openScreen(page, 'Settings');
  await page.getByRole('tab', { name: 'Platforms' }).click();
  const card = page.getByRole('article', { name: 'TheFork' });
  await expect(card).toContainText('Not connected');
  await card
    .getByRole('textbox', { name: 'TheFork restaurant id (UUID)' })
    .fill(credentials.restaurantUuid);
  await card.getByRole('textbox', { name: 'Client id' }).fill(credentials.clientId);
  await card.getByLabel('Client secret').fill(credentials.clientSecret);
  await card.getByRole('button', { name: 'Connect TheFork' }).click();
  await expect(card.getByText('TheFork is connected: the desk now syncs with it.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(card).toContainText('••••••');
  await expect(card).toContainText(/\/hooks\/t_[a-z2-7]+\/thefork/);
  await page.screenshot({ path: shot('connected'), fullPage: true });

  await openScreen(page, /^Sync/);
  const status = page.getByRole('listitem', { name: 'TheFork' });
  await expect(status).toContainText(/Connected/, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Relay and desks' })).toContainText(
    /Talks to the platforms\s*This desk/,
  );
});

test('a phone booking made on the desk appears on TheFork', async ({ page }) => {
  await openBookTomorrow(page);
  await newPhoneBooking(page, {
    party: '2',
    name: 'Henri Téléphone',
    email: 'henri.telephone@example.com',
    time: '20:00',
  });
  await searchBook(page, 'Téléphone');
  await expect(bookRow(page, 'Henri Téléphone')).toBeVisible();
  await expect
    .poll(forkEmails, { timeout: 30_000, message: 'the booking reaches TheFork' })
    .toContain('henri.telephone@example.com');
  const made = (await scenario.reservations()).find(
    (r) => r.customer?.email === 'henri.telephone@example.com',
  );
  expect(made?.reservation.partySize).toBe(2);
  expect(made?.reservation.mealDate).toBe(
    new Date(instantOf(tomorrow(), '20:00', ZONE)).toISOString(),
  );
  await page.screenshot({ path: shot('phone-booking') });
  await openScreen(page, /^Sync/);
  const log = page.getByRole('table', { name: 'Sync log, newest first' });
  await expect(log.getByRole('row').filter({ hasText: 'New booking' }).first()).toBeVisible();
  await page.screenshot({ path: shot('phone-booking-log') });
});

test('a booking made on TheFork appears live while the book is open', async ({ page }) => {
  await openBookTomorrow(page);
  await searchBook(page, 'Fourchette');
  await expect(bookRow(page, 'Inès Fourchette')).toHaveCount(0);
  await scenario.createReservation({
    mealDate: new Date(instantOf(tomorrow(), '20:30', ZONE)).toISOString(),
    partySize: 4,
    customer: {
      email: 'ines.fourchette@example.com',
      firstName: 'Inès',
      lastName: 'Fourchette',
      phone: '+33612345679',
    },
  });
  const row = bookRow(page, 'Inès Fourchette');
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('20:30');
  await expect(row).toContainText('4');
  await page.screenshot({ path: shot('thefork-live') });
});

test('offline, the desk keeps working; back online, the waiting changes drain', async ({
  page,
}) => {
  await openBookTomorrow(page);
  const banner = page.getByRole('status', { name: 'Connection to the platforms' });
  await expect(banner).toHaveText('');

  // Cut off from everything: no relay, and TheFork answers 503 to every call.
  const port = need(relay, 'the relay').port;
  await stopRelayProcess(need(relay, 'the relay'));
  await scenario.injectFault({ kind: 'server-errors', count: 10_000, status: 503 });
  await newPhoneBooking(page, {
    party: '2',
    name: 'Paul Hors-Ligne',
    email: 'paul.hors-ligne@example.com',
    time: '21:00',
  });
  await newPhoneBooking(page, {
    party: '2',
    name: 'Zoé Sans-Réseau',
    email: 'zoe.sans-reseau@example.com',
    time: '21:15',
  });
  await searchBook(page, '+33 6 12 34 56 78');
  await expect(bookRow(page, 'Paul Hors-Ligne')).toBeVisible();
  await expect(bookRow(page, 'Zoé Sans-Réseau')).toBeVisible();
  await expect(banner).toHaveText(
    '⚠Offline: 2 changes waiting, they will be sent when the connection comes back.',
    { timeout: 30_000 },
  );
  await page.screenshot({ path: shot('offline-banner') });
  await openScreen(page, /^Sync/);
  const fork = page.getByRole('listitem', { name: 'TheFork' });
  await expect(fork).toContainText(/Waiting to be sent\s*2 changes/);
  await page.screenshot({ path: shot('offline-sync-screen'), fullPage: true });
  expect(await forkEmails()).not.toContain('paul.hors-ligne@example.com');

  // Back: TheFork answers again, the relay restarts on the same port and data.
  await scenario.clearFaults();
  relay = await startRelayProcess(['--data', relayDir, '--port', String(port)]);
  await expect(banner).toContainText('Back online', { timeout: 60_000 });
  await page.screenshot({ path: shot('back-online') });
  // "Sync now" answers once this desk holds the lease again; it makes the waiting jobs due now.
  const syncNow = page.getByRole('button', { name: 'Sync now' });
  await expect(async () => {
    await syncNow.click();
    await expect(page.getByText('Every platform was asked for news')).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  await expect(fork).toContainText(/Waiting to be sent\s*Nothing/, { timeout: 30_000 });
  await expect(banner).not.toContainText('Offline');
  const emails = await forkEmails();
  expect(emails).toContain('paul.hors-ligne@example.com');
  expect(emails).toContain('zoe.sans-reseau@example.com');
  await page.screenshot({ path: shot('drained'), fullPage: true });
});
