import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { projectRoot, startDesk, type RunningDesk } from '../support/start-desk';

const shot = (name: string) => path.join(projectRoot, 'e2e/output', `settings-${name}.png`);

let desk: RunningDesk;
test.beforeAll(async () => {
  desk = await startDesk({ extraArgs: ['--static-demo'] });
});
test.afterAll(async () => {
  await desk.stop();
});

async function openSettings(page: Page, tab: string) {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

test('a manager renames the restaurant and changes a service; both survive a reload', async ({
  page,
}) => {
  await page.goto(desk.url);
  await openSettings(page, 'Restaurant');
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).not.toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Paris');

  // Invalid: an empty name is refused next to the field, nothing is saved.
  await name.fill('   ');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Nothing was saved: correct the fields marked ⚠.')).toBeVisible();
  await expect(name).toHaveAccessibleDescription(/Required\./);
  await name.fill('Chez Léa et Marcel');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await page.screenshot({ path: shot('restaurant'), fullPage: true });

  await openSettings(page, 'Services');
  await page.getByRole('button', { name: 'Edit Dîner' }).click();
  const editor = page.getByRole('form', { name: 'Edit service: Dîner' });
  const covers = editor.getByRole('textbox', { name: 'Maximum covers' });
  // Typed text that is not a number: a clear sentence, and the text stays as typed.
  await covers.fill('about 70');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(covers).toHaveAccessibleDescription(/Type a whole number, like 40\./);
  await expect(covers).toHaveValue('about 70');
  await page.screenshot({ path: shot('service-error'), fullPage: true });
  await covers.fill('72');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const dinner = page.getByRole('row', { name: /Dîner/ });
  await expect(dinner.getByRole('cell', { name: '72', exact: true })).toBeVisible();

  await page.reload();
  await openSettings(page, 'Restaurant');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Chez Léa et Marcel');
  await openSettings(page, 'Services');
  await expect(
    page.getByRole('row', { name: /Dîner/ }).getByRole('cell', { name: '72', exact: true }),
  ).toBeVisible();
  await page.screenshot({ path: shot('services'), fullPage: true });
});

test('services deactivate, offers are created, rooms are renamed and reordered', async ({
  page,
}) => {
  await page.goto(desk.url);
  await openSettings(page, 'Services');
  await page.getByRole('button', { name: 'Deactivate Déjeuner' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate Déjeuner' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Déjeuner/ })).toContainText('Inactive');

  await openSettings(page, 'Offers');
  await page.getByRole('button', { name: 'New offer' }).click();
  const form = page.getByRole('form', { name: 'New offer' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Menu truffe');
  await form.getByRole('textbox', { name: 'Smallest party' }).fill('6');
  await form.getByRole('textbox', { name: 'Largest party' }).fill('2');
  await form.getByRole('textbox', { name: /Price per person/ }).fill('89,50');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('textbox', { name: 'Smallest party' })).toHaveAccessibleDescription(
    'The smallest party is larger than the largest.',
  );
  await page.screenshot({ path: shot('offer-error'), fullPage: true });
  await form.getByRole('textbox', { name: 'Largest party' }).fill('10');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: /Menu truffe/ })).toContainText('€89.50');

  await openSettings(page, 'Rooms');
  const rooms = page.getByRole('list', { name: 'Order on the floor plan' });
  await expect(rooms.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Name of Terrasse' }).fill('Terrasse chauffée');
  await page.getByRole('button', { name: 'Rename Terrasse' }).click();
  await expect(page.getByRole('button', { name: 'Move Terrasse chauffée up' })).toBeVisible();
  await page.getByRole('button', { name: 'Move Terrasse chauffée up' }).click();
  await expect(rooms.getByRole('listitem').first()).toContainText('Terrasse chauffée');
  await page.getByRole('textbox', { name: 'New room name' }).fill('Salon privé');
  await page.getByRole('button', { name: 'Add the room' }).click();
  await expect(rooms.getByRole('listitem')).toHaveCount(3);
  await page.screenshot({ path: shot('rooms'), fullPage: true });

  await openSettings(page, 'Platforms');
  // Connecting and disconnecting are covered by sync.spec.ts.
  await expect(page.getByRole('article', { name: 'TheFork' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Zenchef (Formitable)' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch the language to French' }).click();
  await page.getByRole('tab', { name: 'Horaires et services' }).click();
  await page.screenshot({ path: shot('fr'), fullPage: true });
  await page.getByRole('button', { name: 'Passer en anglais' }).click();
});
