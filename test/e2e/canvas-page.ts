import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { CommandInput } from '../../shared/commands/command-schema';
import { callMain } from './main-api';

/** What a user of the swimlane canvas reaches for, found by role and name. */
export function canvas(page: Page) {
  const stage = page.getByRole('region', { name: /^Swimlane diagram of / });
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const laneHeader = (name: string) => page.getByRole('button', { name: `Lane ${name}: drag to reorder, double-click to rename` });
  const step = (name: string | RegExp) => stage.getByRole('group', { name, exact: true });
  const flow = (from: string, to: string) => stage.getByRole('group', { name: `${from} → ${to}`, exact: true });
  return {
    stage,
    panel,
    laneHeader,
    step,
    flow,
    steps: stage.locator('[aria-roledescription="node"]'),
    flows: stage.locator('[aria-roledescription="edge"]'),
    status: stage.getByRole('status'),
  };
}

export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

export async function createProjectWithProcess(page: Page, project: string, process: string): Promise<void> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Project name').fill(project);
  await form.getByLabel('Language', { exact: true }).selectOption('en');
  await form.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: project })).toBeVisible();
  const addProcess = page.getByRole('form', { name: 'Add process' });
  await addProcess.getByLabel('Process name').fill(process);
  await addProcess.getByRole('button', { name: 'Add process' }).click();
  await expect(canvas(page).stage).toBeVisible();
}

/** A lane for a new department, created from the canvas's side panel. */
export async function createLane(page: Page, department: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Create lane' });
  await form.getByLabel('New department').fill(department);
  await form.getByRole('button', { name: 'Create lane' }).click();
  await expect(canvas(page).laneHeader(department)).toBeVisible();
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Screen point inside a lane: `along` pixels past the lane's name tab, halfway across the lane. */
export async function pointInLane(page: Page, lane: string, along: number): Promise<{ x: number; y: number }> {
  const box = await canvas(page).laneHeader(lane).boundingBox();
  if (!box) throw new Error(`lane ${lane} is not on screen`);
  return { x: box.x + box.width + along, y: box.y + box.height / 2 };
}

/** Drags a shape from the palette with the mouse and lets go at a screen point. */
export async function dragShapeTo(page: Page, kind: string, to: { x: number; y: number }): Promise<void> {
  const from = await centre(page.getByRole('button', { name: `Add ${kind}` }));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 10, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Drags a step by its middle to a screen point. */
export async function dragStepTo(page: Page, step: Locator, to: { x: number; y: number }): Promise<void> {
  const from = await centre(step);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Draws a flow: from one step's right connection point to the next step's left one. */
export async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const start = await centre(from.getByTitle('Connection point, right'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const end = await centre(to.getByTitle('Connection point, left'));
  await page.mouse.move(end.x, end.y, { steps: 10 });
  await page.mouse.up();
}

const LANE_IDS = ['lane_sales', 'lane_fin', 'lane_proc'] as const;

/**
 * A project set up through the API: departments Sales, Finance and Procurement; "Order to cash" with a
 * lane each and four steps (N01–N04) in a chain; "Returns" with lanes for Sales and Finance only.
 * Step i sits in lane `lanes[i]`, 200 units apart along the flow.
 */
export function canvasFixture(): CommandInput {
  const lanes = [0, 0, 1, 2];
  const commands: CommandInput[] = [];
  ['Sales', 'Finance', 'Procurement'].forEach((name, i) => commands.push({ type: 'add', table: 'departments', row: { id: `d${i}`, name, order: i } }));
  commands.push({ type: 'add', table: 'processes', row: { id: 'pr_otc', name: 'Order to cash' } });
  LANE_IDS.forEach((id, i) => commands.push({ type: 'add', table: 'lanes', row: { id, processId: 'pr_otc', departmentId: `d${i}`, order: i } }));
  ['Take order', 'Check stock', 'Approve credit', 'Ship goods'].forEach((name, i) => {
    const lane = lanes[i]!;
    commands.push({ type: 'add', table: 'steps', row: { id: `s${i + 1}`, processId: 'pr_otc', laneId: LANE_IDS[lane]!, name, x: 184 + i * 200, y: 32 + lane * 160 + 48 } });
    if (i > 0) commands.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'pr_otc', fromStepId: `s${i}`, toStepId: `s${i + 1}` } });
  });
  commands.push({ type: 'add', table: 'processes', row: { id: 'pr_ret', name: 'Returns' } });
  commands.push({ type: 'add', table: 'lanes', row: { id: 'lane_ret_sales', processId: 'pr_ret', departmentId: 'd0' } });
  commands.push({ type: 'add', table: 'lanes', row: { id: 'lane_ret_fin', processId: 'pr_ret', departmentId: 'd1' } });
  return { type: 'batch', label: 'canvas fixture', commands };
}

export async function openCanvasFixture(page: Page, request: APIRequestContext, project: string, process = 'Order to cash'): Promise<void> {
  const { session } = await callMain(request, 'project.create', { name: project, language: 'en', organisation: '' });
  await callMain(request, 'project.execute', { session, command: canvasFixture() });
  await page.goto(`/?session=${session}`);
  await openProcess(page, process);
}

export async function openProcess(page: Page, process: string): Promise<void> {
  await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: process, exact: true }).click({ position: { x: 12, y: 12 } });
  await expect(page.getByRole('region', { name: `Swimlane diagram of ${process}` })).toBeVisible();
}

/** Clicks the empty canvas below the lanes (bottom-left corner of the stage), which clears the selection. */
export async function clickEmptyCanvas(page: Page): Promise<void> {
  const stage = await canvas(page).stage.boundingBox();
  if (!stage) throw new Error('no canvas');
  await page.mouse.click(stage.x + 24, stage.y + stage.height - 24);
}
