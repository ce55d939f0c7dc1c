import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LANGUAGES } from '../../shared/model/entities';
import { TEMPLATES } from '../../shared/templates/template-catalogue';
import { pageProject } from './main-api';
import { diagram, fitDiagram } from './template-canvas';

// Pictures to look at by eye after a run; the assertions below are what the test checks.
const SCREENS = process.env.LANEWISE_SCREENS ?? '/tmp/lanewise-screens';
mkdirSync(SCREENS, { recursive: true });

test('the start screen', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  for (const language of LANGUAGES) {
    await page.getByLabel('Language / 语言').selectOption(language);
    await expect(page.getByRole('radio')).toHaveCount(1 + TEMPLATES.length);
    await page.screenshot({ path: `${SCREENS}/start-${language}.png`, fullPage: true });
  }
});

for (const template of TEMPLATES) {
  for (const language of LANGUAGES) {
    test(`${template.id} (${language}): every step of the template is drawn`, async ({ page, request }) => {
      await page.setViewportSize({ width: 1600, height: 1000 });
      await page.goto('/');
      await page.getByLabel('Language / 语言').selectOption(language);
      const form = page.getByRole('form', { name: language === 'en' ? 'New project' : '新建项目' });
      await form.getByRole('textbox').first().fill(`${template.name[language]} ${language}`);
      await form.getByRole('combobox').first().selectOption(language);
      await form.getByRole('radio', { name: template.name[language] }).check();
      await form.getByRole('button', { name: language === 'en' ? 'Create project' : '创建项目' }).click();
      await expect(page.getByRole('heading', { level: 1, name: `${template.name[language]} ${language}` })).toBeVisible();

      const { state } = await pageProject(page);
      const steps = Object.values(state.tables.steps);
      await fitDiagram(page);
      for (const step of steps) await expect(diagram(page).getByRole('group', { name: `${step.code} ${step.name}`, exact: true })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/${template.id}-${language}.png` });
    });
  }
}
