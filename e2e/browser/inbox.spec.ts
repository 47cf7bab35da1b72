import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDeskStore, type DeskStore } from '../../main/desk/open-desk-store';
import type { Logger } from '../../main/ports';
import { DEMO_CONFLICT_IDS, seedDemoConflicts } from '../../shared/demo/seed-demo-conflicts';
import { seedDemoRestaurant } from '../../shared/demo/seed-demo-restaurant';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

/**
 * The UI cannot create conflicts (only the sync engine does), so the data folder is prepared
 * before the desk starts: the demo restaurant plus shared/demo/seed-demo-conflicts.ts, written
 * through the repositories on the same SQLite store the desk then opens.
 */

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quiet,
};

async function openStore(dataDir: string): Promise<DeskStore> {
  return openDeskStore({ dataDir, clock: { now: () => new Date() }, log: quiet });
}

const shot = (name: string) => path.join(projectRoot, 'e2e/output', `inbox-${name}.png`);

let dataDir: string;
let desk: RunningDesk;

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'couvert-inbox-'));
  const store = await openStore(dataDir);
  const now = Date.now();
  await seedDemoRestaurant(store.repos, { now });
  await seedDemoConflicts(store.db, store.repos, { now });
  await store.close();
  // start-desk passes its own fresh --data first; the last --data wins.
  desk = await startDesk({ extraArgs: ['--data', dataDir, '--static-demo'] });
});

test.afterAll(async () => {
  await desk.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function openInbox(page: Page) {
  await page.goto(desk.url);
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Inbox/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
}

test('a manager resolves a conflict field by field, and the choice is stored', async ({ page }) => {
  await openInbox(page);
  const list = page.getByRole('list', { name: 'Open disagreements, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByText('Differs: Covers, Date and time, Notes')).toBeVisible();
  await page.screenshot({ path: shot('list'), fullPage: true });

  await page.getByRole('button', { name: 'Review Hélène Marchand, TheFork' }).click();
  await expect(
    page.getByRole('heading', { name: 'Hélène Marchand: desk or TheFork?' }),
  ).toBeVisible();
  // The rules cannot decide any of these three fields: nothing is pre-selected.
  await expect(page.getByText('The rules cannot decide: your call.')).toHaveCount(3);
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Choose a version for: Covers, Date and time, Notes|Type your name/,
  );

  const choose = (field: string, side: string) =>
    page
      .getByRole('radiogroup', { name: `${field}: keep which version` })
      .getByRole('radio', { name: side })
      .check();
  await choose('Covers', 'Platform');
  await choose('Date and time', 'Desk');
  await choose('Notes', 'Desk');
  await page.getByRole('textbox', { name: 'Decided by (your name)' }).fill('Léa');
  await page.getByText(/Fields that agree or are not in dispute/).click();
  await page.screenshot({ path: shot('detail'), fullPage: true });
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(
    page.getByText('Saved. TheFork will receive the decision at the next sync.'),
  ).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Zenchef masters reservations: the rules pre-select its side; allergies are merged.
  await page.getByRole('button', { name: 'Review Thomas Berger, Zenchef' }).click();
  await expect(page.getByText('Zenchef is the reference for reservations.')).toBeVisible();
  await expect(page.getByText('Allergies are never dropped: both lists are kept.')).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: 'Phone: keep which version' }).getByRole('radio', {
      name: 'Platform',
    }),
  ).toBeChecked();
  await expect(page.getByText('= crustacés, gluten')).toBeVisible();
  // The name typed before is remembered.
  await expect(page.getByRole('textbox', { name: 'Decided by (your name)' })).toHaveValue('Léa');
  await page.getByRole('button', { name: "Keep the desk's version" }).click();
  await expect(
    page.getByRole('radiogroup', { name: 'Allergies: keep which version' }).getByRole('radio', {
      name: 'Both',
    }),
  ).toBeChecked();
  await page.screenshot({ path: shot('rules'), fullPage: true });
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Differs: Covers')).toBeVisible();
});

test('stopped sends are retried or discarded after a question', async ({ page }) => {
  await openInbox(page);
  const jobs = page.getByRole('table').filter({ has: page.getByText('Problem') });
  await expect(jobs.getByRole('row')).toHaveCount(3);
  await expect(
    jobs.getByText('The platform says this time slot is no longer available.'),
  ).toBeVisible();
  await expect(jobs.getByText('Given up · attempts: 6')).toBeVisible();

  await page.getByRole('button', { name: 'Retry now: New booking · Claire Dubois' }).click();
  await expect(
    page.getByText('Sent back to the queue: it will be tried right away.'),
  ).toBeVisible();
  await expect(jobs.getByRole('row')).toHaveCount(2);

  const discard = page.getByRole('button', { name: 'Discard: Booking change · Thomas Berger' });
  await discard.click();
  const dialog = page.getByRole('dialog', { name: 'Discard this change?' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: shot('discard'), fullPage: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(discard).toBeFocused();
  await discard.click();
  await dialog.getByRole('button', { name: 'Discard the change' }).click();
  await expect(page.getByText('Discarded: this change will not be sent.')).toBeVisible();
  await expect(page.getByText('Every change reached the platforms.')).toBeVisible();

  await page.getByRole('button', { name: 'Switch the language to French' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'À traiter' })).toBeVisible();
  await page.screenshot({ path: shot('fr'), fullPage: true });
  await page.getByRole('button', { name: 'Passer en anglais' }).click();

  // The platforms configured on this desk, as Settings shows them.
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Platforms' }).click();
  await expect(page.getByRole('article', { name: 'Zenchef' })).toContainText('Bookings');
  // The static demo keeps no credentials: TheFork offers to connect.
  await expect(page.getByRole('article', { name: 'TheFork' })).toContainText('Not connected');
  // Its last error, in words, on the Sync screen.
  await page.getByRole('navigation').getByRole('button', { name: /^Sync/ }).click();
  await expect(page.getByRole('listitem', { name: 'Zenchef' })).toContainText(
    'Zenchef refused our login. Check the credentials in Settings › Platforms.',
  );
  await page.screenshot({ path: shot('sync-static-demo') });
});

test('the decisions reached the store: merged reservations and recorded conflicts', async () => {
  await desk.stop();
  const store = await openStore(dataDir);
  try {
    const table = await store.repos.reservations.byId(DEMO_CONFLICT_IDS.windowTable);
    expect(table).toMatchObject({ partySize: 6, notes: 'Table près de la fenêtre' });
    const allergies = await store.repos.reservations.byId(DEMO_CONFLICT_IDS.allergies);
    expect(allergies).toMatchObject({
      allergies: ['crustacés', 'gluten'],
      phone: '+33 6 98 76 54 32',
    });
    const resolved = await store.db.conflicts.find({ selector: { status: 'resolved' } }).exec();
    const byEntity = new Map(resolved.map((c) => [c.entityId, c.toJSON()]));
    expect(byEntity.get(DEMO_CONFLICT_IDS.windowTable)).toMatchObject({
      resolution: { partySize: 'remote', startsAt: 'local', notes: 'local' },
      resolvedBy: 'Léa',
    });
    expect(byEntity.get(DEMO_CONFLICT_IDS.allergies)).toMatchObject({
      resolution: { allergies: 'local', phone: 'local' },
    });
    const jobs = await store.db.sync_logs.find({ selector: {} }).exec();
    expect(Object.fromEntries(jobs.map((j) => [j.id, j.status]))).toEqual({
      'demo-sync-job-1': 'retry_scheduled',
      'demo-sync-job-2': 'skipped',
    });
  } finally {
    await store.close();
  }
});
