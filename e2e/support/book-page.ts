import { expect, type Page } from '@playwright/test';

/** The book is virtualised: search for a guest (name or phone) before looking for the row. */
export const searchBook = (page: Page, text: string) =>
  page.getByRole('searchbox', { name: 'Search by name or phone' }).fill(text);

export const bookRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ hasText: name });

/**
 * A phone booking through the "New booking" dialog, saved: at `time` (HH:MM) or the day's last
 * slot. TheFork only takes a booking with the guest's e-mail.
 */
export async function newPhoneBooking(
  page: Page,
  guest: { name: string; party: string; phone?: string; email?: string; time?: string },
): Promise<void> {
  await page.getByRole('button', { name: /^New booking/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New booking' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Guest name').fill(guest.name);
  await dialog.getByLabel('Phone').fill(guest.phone ?? '+33 6 12 34 56 78');
  if (guest.email !== undefined) await dialog.getByLabel('E-mail').fill(guest.email);
  await dialog.getByLabel('Party size').fill(guest.party);
  const time = dialog.getByLabel('Time');
  if (guest.time !== undefined) {
    await time.selectOption(guest.time);
  } else {
    const values = await time
      .locator('option')
      .evaluateAll((options) =>
        options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
      );
    await time.selectOption(values[values.length - 1] ?? '');
  }
  await expect(dialog.getByLabel('Source')).toHaveValue('phone');
  await dialog.getByRole('button', { name: 'Save booking' }).click();
  await expect(dialog).toBeHidden();
}
