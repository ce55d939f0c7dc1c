import type { Page } from '@playwright/test';
import type { CommandInput } from '../../shared/commands/command-schema';
import { callMain } from './main-api';

export const DEPARTMENTS = [
  { id: 'd_mkt', name: 'Marketing', color: '#2e7d6b', positions: [{ id: 'p_mkt_mgr', name: 'Marketing manager' }, { id: 'p_mkt_spec', name: 'Marketing specialist' }] },
  { id: 'd_rnd', name: 'R&D', color: '#4f7cac', positions: [{ id: 'p_rnd_lead', name: 'R&D lead' }] },
  { id: 'd_qa', name: 'Quality', color: '#8e5ea2', positions: [] },
  { id: 'd_sales', name: 'Sales', color: '#c27c2c', positions: [{ id: 'p_sales_dir', name: 'Sales director' }] },
] as const;

/** The launch flow of the brief: 需求提出 → 需求评审 → 研发立项 → 研发执行 → 测试验收 → 市场推广 → 项目复盘. */
export const STEPS = [
  { id: 's1', code: 'N01', name: 'Raise requirement', lane: 'd_mkt', phase: 'ph1' },
  { id: 's2', code: 'N02', name: 'Review requirement', lane: 'd_mkt', phase: 'ph1' },
  { id: 's3', code: 'N03', name: 'Approve project', lane: 'd_rnd', phase: 'ph1' },
  { id: 's4', code: 'N04', name: 'Develop', lane: 'd_rnd', phase: 'ph2' },
  { id: 's5', code: 'N05', name: 'Test and accept', lane: 'd_qa', phase: 'ph2' },
  { id: 's6', code: 'N06', name: 'Launch campaign', lane: 'd_sales', phase: 'ph3' },
  { id: 's7', code: 'N07', name: 'Project review', lane: 'd_mkt', phase: 'ph3' },
] as const;

/** Every step has an R and one A, so the only findings are the ones a test makes. */
const RACI: Record<string, Record<string, string>> = {
  s1: { d_mkt: 'RA', p_mkt_spec: 'R', d_rnd: 'C', d_sales: 'I' },
  s2: { d_mkt: 'R', p_mkt_mgr: 'A', d_rnd: 'C' },
  s3: { d_rnd: 'RA', p_rnd_lead: 'R', d_mkt: 'C', d_qa: 'I' },
  s4: { d_rnd: 'RA', p_rnd_lead: 'R', d_qa: 'C' },
  s5: { d_qa: 'RA', d_rnd: 'C', d_mkt: 'I' },
  s6: { d_sales: 'RA', p_sales_dir: 'R', d_mkt: 'C' },
  s7: { d_mkt: 'RA', d_rnd: 'C', d_qa: 'C', d_sales: 'I' },
};

/** A process with lanes, three phases, seven chained steps and a RACI matrix, as one command. */
export function launchProcess(withRaci: boolean): CommandInput {
  const commands: CommandInput[] = [];
  DEPARTMENTS.forEach((d, i) => {
    commands.push({ type: 'add', table: 'departments', row: { id: d.id, name: d.name, color: d.color, order: i } });
    d.positions.forEach((p, k) => commands.push({ type: 'add', table: 'positions', row: { id: p.id, departmentId: d.id, name: p.name, order: k } }));
  });
  commands.push({ type: 'add', table: 'processes', row: { id: 'pr_launch', name: 'Product launch' } });
  DEPARTMENTS.forEach((d, i) => commands.push({ type: 'add', table: 'lanes', row: { id: `lane_${d.id}`, processId: 'pr_launch', departmentId: d.id, order: i } }));
  ['Plan', 'Build', 'Launch'].forEach((name, i) => commands.push({ type: 'add', table: 'phases', row: { id: `ph${i + 1}`, processId: 'pr_launch', name, order: i } }));
  STEPS.forEach((s, i) => {
    const lane = DEPARTMENTS.findIndex((d) => d.id === s.lane);
    commands.push({ type: 'add', table: 'steps', row: { id: s.id, processId: 'pr_launch', laneId: `lane_${s.lane}`, phaseId: s.phase, code: s.code, name: s.name, x: 40 + i * 180, y: 40 + lane * 160, durationValue: 1, durationUnit: 'days' } });
    if (i > 0) commands.push({ type: 'add', table: 'flows', row: { id: `f${i}`, processId: 'pr_launch', fromStepId: STEPS[i - 1]!.id, toStepId: s.id } });
  });
  if (withRaci) for (const [stepId, row] of Object.entries(RACI)) for (const [partyId, letters] of Object.entries(row)) commands.push({ type: 'setRaci', stepId, partyId, letters });
  return { type: 'batch', label: 'launch process', commands };
}

/** Creates a project (English) holding the launch process and hands its session to the page (later loads of / open it). */
export async function createLaunchProject(page: Page, name: string, withRaci = true): Promise<void> {
  const { session } = await callMain(page.request, 'project.create', { name, language: 'en', organisation: 'Acme Ltd' });
  await callMain(page.request, 'project.execute', { session, command: launchProcess(withRaci) });
  await page.goto(`/?session=${session}`);
}
