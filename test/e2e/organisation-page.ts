import { expect, type Page } from '@playwright/test';

export async function showOrganisation(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Departments and positions/ }).click();
}

/** Adds a department in the Organisation view and waits until it is listed. */
export async function addDepartment(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add department' });
  await form.getByLabel('Department name').fill(name);
  await form.getByRole('button', { name: 'Add department' }).click();
  await expect(page.getByRole('list', { name: 'Departments' }).getByRole('listitem').filter({ hasText: name })).toBeVisible();
}
