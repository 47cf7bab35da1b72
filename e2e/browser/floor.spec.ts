import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

/**
 * The floor plan against the real desk in browser mode, with the demo restaurant. Each test adds
 * its own tables (unique labels) through edit mode, so it does not depend on which demo tables
 * happen to be free at the time the suite runs.
 */

let desk: RunningDesk;
test.beforeAll(async () => {
  desk = await startDesk({ extraArgs: ['--static-demo'] });
});
test.afterAll(async () => {
  await desk.stop();
});

const shot = (name: string) => path.join(projectRoot, `e2e/output/floor-${name}.png`);

async function openFloor(page: Page, room?: string): Promise<void> {
  await page.goto(desk.url);
  await page.getByRole('button', { name: 'Floor plan' }).click();
  if (room) await page.getByRole('tab', { name: room }).click();
  await expect(page.getByRole('tablist', { name: 'Rooms' })).toBeVisible();
}

function table(page: Page, label: string): Locator {
  // "Table E1, 4 seats, free": the label is followed by a comma, so E1 never matches E10.
  return page.getByRole('button', { name: new RegExp(`^Table ${label}, `) });
}

async function setEditMode(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByRole('button', { name: on ? /Edit the plan/ : /Done editing/ });
  await toggle.click();
  await expect(
    page.getByRole('button', { name: on ? /Done editing/ : /Edit the plan/ }),
  ).toBeVisible();
}

async function addTable(
  page: Page,
  label: string,
  shape: 'Round' | 'Square' | 'Rectangle' | 'Booth',
  seats: [number, number],
): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a table' });
  await form.getByLabel('Shape').selectOption({ label: shape });
  await form.getByLabel('Label').fill(label);
  await form.getByLabel('Seats max').fill(String(seats[1]));
  await form.getByLabel('Seats min').fill(String(seats[0]));
  await form.getByRole('button', { name: 'Add a table' }).click();
  await expect(table(page, label)).toBeVisible();
}

test('seat a walk-in, move it by drag and by "Move to…", refuse what does not fit', async ({
  page,
}) => {
  await openFloor(page, 'Terrasse');
  await setEditMode(page, true);
  await addTable(page, 'E1', 'Square', [2, 4]);
  await addTable(page, 'E2', 'Square', [2, 4]);
  await addTable(page, 'E3', 'Round', [1, 2]);
  // E3 may be pushed against E2 for a larger party.
  await table(page, 'E3').click();
  const editor = page.getByRole('form', { name: 'Table E3' });
  await editor.getByRole('checkbox', { name: 'E2' }).check();
  await editor.getByRole('button', { name: 'Save table' }).click();
  await setEditMode(page, false);

  // Seat a walk-in of 3 at E1 from the table's panel.
  await table(page, 'E1').click();
  const panel = page.getByRole('region', { name: 'Table E1' });
  await panel.getByLabel('Party size').fill('3');
  await panel.getByRole('button', { name: 'Seat walk-in' }).click();
  await expect(table(page, 'E1')).toHaveAccessibleName(
    /^Table E1, 4 seats, seated \d+ min, Walk-in, 3 people$/,
  );
  await expect(page.getByText('Walk-in of 3 people seated at table E1.')).toBeVisible();
  await page.screenshot({ path: shot('walk-in') });

  // Drag the seated party's card onto E2: the reservation moves.
  await panel.getByText('Walk-in · 3 people').dragTo(table(page, 'E2'));
  await expect(table(page, 'E2')).toHaveAccessibleName(/^Table E2, 4 seats, seated/);
  await expect(table(page, 'E1')).toHaveAccessibleName('Table E1, 4 seats, free');

  // Onto the two-top E3: refused, in words, with the combination that would take them.
  await table(page, 'E2').click();
  await page
    .getByRole('region', { name: 'Table E2' })
    .getByText('Walk-in · 3 people')
    .dragTo(table(page, 'E3'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Cannot assign Walk-in: 3 people do not fit table E3 (2 seats at most).',
  );
  await expect(table(page, 'E3')).toHaveAccessibleName(/free/);
  await page.screenshot({ path: shot('refusal') });
  await alert.getByRole('button', { name: 'Combine tables E3 + E2 (6 seats)' }).click();
  await expect(table(page, 'E3')).toHaveAccessibleName(/^Table E3, 2 seats, seated/);
  await expect(table(page, 'E2')).toHaveAccessibleName(/^Table E2, 4 seats, seated/);

  // The keyboard way: "Move … to another table…", then Enter on the target table.
  await table(page, 'E2').click();
  await page
    .getByRole('region', { name: 'Table E2' })
    .getByRole('button', { name: 'Move Walk-in to another table…' })
    .click();
  await expect(page.getByText(/Choose a table for Walk-in \(3 people\)/)).toBeVisible();
  await table(page, 'E1').focus();
  await page.keyboard.press('Enter');
  await expect(table(page, 'E1')).toHaveAccessibleName(/^Table E1, 4 seats, seated/);
  await expect(table(page, 'E2')).toHaveAccessibleName('Table E2, 4 seats, free');
  await expect(table(page, 'E3')).toHaveAccessibleName('Table E3, 2 seats, free');

  // Undo puts the party back on E3 + E2; the state survives a reload (it is in the store).
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table(page, 'E3')).toHaveAccessibleName(/seated/);
  await page.reload();
  await page.getByRole('button', { name: 'Floor plan' }).click();
  await page.getByRole('tab', { name: 'Terrasse' }).click();
  await expect(table(page, 'E2')).toHaveAccessibleName(/seated/);
  await expect(table(page, 'E1')).toHaveAccessibleName('Table E1, 4 seats, free');

  // Free the table: the party has left.
  await table(page, 'E2').click();
  await page.getByRole('button', { name: 'Free the table (party left)' }).click();
  await expect(table(page, 'E2')).toHaveAccessibleName('Table E2, 4 seats, free');
  await expect(table(page, 'E3')).toHaveAccessibleName('Table E3, 2 seats, free');

  // Combine: E2 with its combinable neighbour E3, then a walk-in of 5 sits on both.
  await table(page, 'E2').click();
  const e2 = page.getByRole('region', { name: 'Table E2' });
  await e2.getByRole('button', { name: 'Combine with table E3' }).click();
  await expect(e2.getByText('Combined: tables E2 + E3, 6 seats')).toBeVisible();
  await e2.getByLabel('Party size').fill('5');
  await e2.getByRole('button', { name: 'Seat walk-in' }).click();
  await expect(table(page, 'E2')).toHaveAccessibleName(/seated \d+ min, Walk-in, 5 people/);
  await expect(table(page, 'E3')).toHaveAccessibleName(/seated \d+ min, Walk-in, 5 people/);
});

test('an unassigned reservation of today is dragged from the side list onto a table', async ({
  page,
}) => {
  // A phone booking for tonight without a table, made on the Book (the default screen).
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^New booking/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New booking' });
  await dialog.getByLabel('Guest name').fill('Zoé Sanstable');
  await dialog.getByLabel('Party size').fill('2');
  const time = dialog.getByLabel('Time');
  const slots = await time
    .locator('option')
    .evaluateAll((options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
    );
  await time.selectOption(slots[slots.length - 1] ?? '');
  await dialog.getByLabel('Guest name').press('Enter');
  await expect(dialog).toBeHidden();

  await openFloor(page, 'Terrasse');
  const list = page.getByRole('region', { name: /Today without a table/ });
  const items = list.getByRole('listitem').filter({ hasText: 'Zoé Sanstable' });
  await expect(items).toHaveCount(1);
  await setEditMode(page, true);
  await addTable(page, 'U1', 'Rectangle', [1, 12]);
  await setEditMode(page, false);
  // Close the new table's panel so the list and the plan are both on screen for the drag.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Table U1' })).toHaveCount(0);
  const first = items.first();
  const text = (await first.locator('.reservation-chip').innerText()).trim();
  const name = /^\S+ (.+), \d+ (people|person)$/.exec(text)?.[1] ?? '';
  await first.locator('.reservation-chip').dragTo(table(page, 'U1'));
  await expect(page.getByText(new RegExp(`assigned to table U1`))).toBeVisible();
  await expect(table(page, 'U1')).toHaveAccessibleName(
    new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(list.getByText(text)).toHaveCount(0);
});

test('edit mode: add, move, nudge, rotate and delete a table, kept after reload', async ({
  page,
}) => {
  await openFloor(page, 'Salle');
  await setEditMode(page, true);
  await addTable(page, 'M1', 'Rectangle', [2, 6]);
  const m1 = table(page, 'M1');
  const before = await m1.getAttribute('transform');

  // Drag it by 120 px to the left and 60 px down.
  const box = await m1.boundingBox();
  if (!box) throw new Error('table M1 has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await expect(m1).not.toHaveAttribute('transform', before ?? '');
  const moved = await m1.getAttribute('transform');

  // Arrow keys nudge by one grid step (10 cm).
  await m1.focus();
  await page.keyboard.press('ArrowRight');
  await expect(m1).not.toHaveAttribute('transform', moved ?? '');

  // Rotate +15° twice with the buttons.
  await page.getByRole('button', { name: 'Rotate table M1 15° right' }).click();
  await expect(page.getByText('Rotation 15°')).toBeVisible();
  await page.getByRole('button', { name: 'Rotate table M1 15° right' }).click();
  await expect(page.getByText('Rotation 30°')).toBeVisible();
  await page.screenshot({ path: shot('edit-mode') });

  // The corner handle resizes (the width field follows the stored table).
  const handle = page.getByRole('img', { name: 'Resize table M1' });
  const h = await handle.boundingBox();
  if (!h) throw new Error('no resize handle');
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2 + 30, h.y + h.height / 2 + 30, { steps: 6 });
  await page.mouse.up();
  await expect(page.getByRole('form', { name: 'Table M1' }).getByLabel('Width')).not.toHaveValue(
    '160',
  );
  const nudged = await m1.getAttribute('transform');

  await page.reload();
  await openFloor(page, 'Salle');
  await expect(table(page, 'M1')).toHaveAttribute('transform', nudged ?? '');
  await expect(table(page, 'M1').locator('g').first()).toHaveAttribute('transform', 'rotate(30)');

  // Delete, with confirmation; Undo brings it back; delete again and it stays gone.
  await setEditMode(page, true);
  await table(page, 'M1').click();
  await page.getByRole('button', { name: 'Delete table M1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete table M1?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(table(page, 'M1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table(page, 'M1')).toBeVisible();
  await table(page, 'M1').click();
  await page.getByRole('button', { name: 'Delete table M1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(table(page, 'M1')).toHaveCount(0);
  await page.reload();
  await openFloor(page, 'Salle');
  await expect(table(page, '1')).toBeVisible();
  await expect(table(page, 'M1')).toHaveCount(0);
});

test('a dark room at 8 pm: states at a glance, S seats the next party, over time shows', async ({
  page,
}) => {
  // The page's clock at 20:00 in the restaurant's zone (Europe/Paris in the demo), today.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const eightPm = new Date(`${today}T20:00:00+01:00`);
  await page.clock.install({ time: eightPm });
  await openFloor(page, 'Salle');
  await expect(table(page, '1')).toBeVisible();

  // Seat the next party of every table that has one due (S on the focused table).
  const soon = page.getByRole('button', { name: /^Table \d+, \d+ seats, reserved at/ });
  const n = Math.min(await soon.count(), 6);
  for (let i = 0; i < n; i += 1) {
    const target = soon.first();
    const label = /^Table (\d+),/.exec((await target.getAttribute('aria-label')) ?? '')?.[1] ?? '';
    await target.focus();
    await page.keyboard.press('s');
    await expect(table(page, label)).toHaveAccessibleName(/seated 0 min/);
  }
  // Block one table with a reason, so every state is on screen.
  const free = page.getByRole('button', { name: /^Table \d+, \d+ seats, free/ }).first();
  await free.click();
  await page.getByLabel('Reason for blocking').fill('Wobbly leg');
  await page.getByRole('button', { name: 'Block the table' }).click();
  await expect(page.getByRole('button', { name: /blocked: Wobbly leg/ })).toBeVisible();
  // Escape closes the panel, then the message: the room's count shows in its place.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByText(/^Salle: \d+ free · \d+ reserved soon · \d+ seated/)).toBeVisible();
  await page.screenshot({ path: shot('8pm') });

  // Two hours later the parties seated at 8 pm are over their booked time.
  await page.clock.fastForward('02:00:00');
  await expect(page.getByRole('button', { name: /over time by \d+ min/ }).first()).toBeVisible({
    timeout: 20_000,
  });
  await page.screenshot({ path: shot('10pm-over-time') });
});
