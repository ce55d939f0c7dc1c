import { expect, type Locator, type Page } from '@playwright/test';

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The diagram of the shown process (the canvas region names the process). */
export function diagram(page: Page): Locator {
  return page.getByRole('region', { name: /swimlane|泳道图/i });
}

/** Zooms the diagram to show every step (the canvas only draws what is in view). */
export async function fitDiagram(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Fit to window|适应窗口)/ }).click();
}

/** A step on the canvas, named "N02 需求提出". */
export function stepOnCanvas(page: Page, name: string): Locator {
  return diagram(page).getByRole('group', { name: new RegExp(`^N\\d+ ${escaped(name)}$`) });
}

/** The step is drawn inside the band of the named lane (lanes are rows). */
export async function expectInLane(page: Page, stepName: string, laneName: string): Promise<void> {
  const step = await stepOnCanvas(page, stepName).boundingBox();
  // The lane's header handle: "Lane Marketing: drag to reorder…" / "泳道市场部：拖动…".
  const lane = await diagram(page).getByRole('button', { name: new RegExp(`^(Lane |泳道)${escaped(laneName)}[:：]`) }).boundingBox();
  expect(step, `${stepName} is drawn`).not.toBeNull();
  expect(lane, `lane ${laneName} is drawn`).not.toBeNull();
  const centre = step!.y + step!.height / 2;
  expect(centre, `${stepName} lies in lane ${laneName}`).toBeGreaterThan(lane!.y);
  expect(centre, `${stepName} lies in lane ${laneName}`).toBeLessThan(lane!.y + lane!.height);
}
