import type { Page } from '@playwright/test';
import type { CommandInput } from '../../shared/commands/command-schema';
import { callMain, createInPage } from './main-api';

const LANES = { sales: 'Sales', fin: 'Finance', pur: 'Purchasing' } as const;
type Lane = keyof typeof LANES;

/** [code, name, kind, lane, duration in hours or "Nd"] of the purchase-request process, in flow order. */
const STEPS: Array<[string, string, string, Lane, number | string | null]> = [
  ['N01', 'Request', 'start', 'sales', null],
  ['N02', 'Raise request', 'task', 'sales', 2],
  ['N03', 'Approve budget', 'approval', 'fin', '1d'],
  ['N04', 'Check stock', 'task', 'pur', 4],
  ['N05', 'Confirm need', 'task', 'sales', 2],
  ['N06', 'Place order', 'task', 'pur', 4],
  ['N07', 'Ordered', 'end', 'pur', null],
];

/**
 * A purchase request across Sales, Finance and Purchasing: seven steps in a chain with four
 * hand-offs, one approval (a day) and a double A on "Check stock" (Purchasing and Finance). The
 * critical path is the whole chain: 2 + 8 + 4 + 2 + 4 = 20 h, 2.5 working days.
 */
export function purchaseRequest(): CommandInput {
  const commands: CommandInput[] = [];
  Object.entries(LANES).forEach(([id, name], order) => {
    commands.push({ type: 'add', table: 'departments', row: { id: `d_${id}`, name, order } });
  });
  commands.push({ type: 'add', table: 'processes', row: { id: 'pr', name: 'Purchase request' } });
  Object.keys(LANES).forEach((id, order) => commands.push({ type: 'add', table: 'lanes', row: { id: `l_${id}`, processId: 'pr', departmentId: `d_${id}`, order } }));
  STEPS.forEach(([code, name, kind, lane, duration], i) => {
    const days = typeof duration === 'string';
    commands.push({
      type: 'add',
      table: 'steps',
      row: {
        id: `s${i + 1}`,
        processId: 'pr',
        laneId: `l_${lane}`,
        code,
        name,
        kind: kind as 'task',
        x: 160 + i * 200,
        y: 32 + Object.keys(LANES).indexOf(lane) * 160 + 48,
        durationValue: duration === null ? null : days ? Number.parseFloat(duration) : duration,
        durationUnit: days ? 'days' : 'hours',
      },
    });
    commands.push({ type: 'setRaci', stepId: `s${i + 1}`, partyId: `d_${lane}`, letters: 'RA' });
    if (i > 0) commands.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'pr', fromStepId: `s${i}`, toStepId: `s${i + 1}` } });
  });
  commands.push({ type: 'setRaci', stepId: 's4', partyId: 'd_fin', letters: 'A' });
  return { type: 'batch', label: 'purchase request', commands };
}

/** A new English project holding the purchase request, opened on its metrics. */
export async function openPurchaseRequestMetrics(page: Page, projectName: string): Promise<void> {
  const project = await createInPage(page, { name: projectName, language: 'en', organisation: 'Acme' });
  await callMain(page.request, 'project.execute', { session: project.session, command: purchaseRequest() });
  await page.reload();
  await page.getByRole('button', { name: /^Purchase request/ }).first().click();
  await page.getByRole('tab', { name: 'Metrics' }).click();
}
