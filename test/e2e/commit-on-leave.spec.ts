import { expect, test } from '@playwright/test';
import { createInPage } from './main-api';

test('text typed into a chapter is kept when the tab is closed without leaving the field', async ({ page, context }) => {
  await createInPage(page, { name: 'Closing early', language: 'en', templateId: 'product-launch' });
  await page.getByRole('tab', { name: 'Policy draft' }).click();
  const body = page.getByRole('textbox', { name: /^Text of / }).nth(1);
  await body.fill('Departments meet weekly; every hand-off is logged.');
  // Still in the field: the tab goes before the text was ever committed by leaving it.
  await expect(body).toBeFocused();
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto('/');
  await again.getByRole('button', { name: 'Open Closing early.lanewise' }).click();
  await again.getByRole('tab', { name: 'Policy draft' }).click();
  await expect(again.getByRole('textbox', { name: /^Text of / }).nth(1)).toHaveValue('Departments meet weekly; every hand-off is logged.');
});
