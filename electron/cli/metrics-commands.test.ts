import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderToCashCommands, orderToCashRedesign } from '../../shared/metrics/metrics-test-project';
import { ProjectSession } from '../project/project-session';
import { expectUsageError, run } from './cli-test-run';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-cli-metrics-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The order-to-cash fixture (see metrics-test-project.ts) and an empty second process, written through the app's session. */
async function project(): Promise<string> {
  const path = join(dir, 'cash.lanewise');
  expect((await run(['new', path, '--lang', 'en', '--name', 'Cash'])).code).toBe(0);
  const session = ProjectSession.open(path);
  session.execute({ type: 'batch', commands: [...orderToCashCommands(), { type: 'add', table: 'processes', row: { id: 'empty', name: 'Empty' } }] });
  session.close();
  return path;
}

describe('lanewise metrics', () => {
  it('prints each process\'s figures as JSON', async () => {
    const { code, lines } = await run(['metrics', await project(), '--json']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as { hoursPerDay: number; processes: Array<Record<string, unknown>> };
    expect(json.hoursPerDay).toBe(8);
    expect(json.processes.map((p) => p.process)).toEqual(['Order to cash', 'Empty']);
    // Worked out by hand: N01 → N02 (2 h) → N03 (½ d = 4 h) → N04 (none) → N05 (1 h) → N06; the reminder loop N05 → N04 counts once.
    expect(json.processes[0]).toMatchObject({
      steps: 6,
      handoffs: 3,
      approvals: 1,
      decisions: 1,
      criticalPath: { hours: 7, days: 0.875, steps: ['N01', 'N02', 'N03', 'N04', 'N05', 'N06'] },
      noDuration: ['N04'],
      effortHours: 7,
    });
    expect(json.processes[1]).toMatchObject({ steps: 0, handoffs: 0, criticalPath: { hours: 0, steps: [] }, noDuration: [] });
  });

  it('prints one process as text with --process', async () => {
    const { code, lines } = await run(['metrics', await project(), '--process', 'Order to cash']);
    expect(code).toBe(0);
    expect(lines[0]).toBe('Order to cash');
    expect(lines).toContain('  hand-offs: 3');
    expect(lines).toContain('  critical path: 7 h = 0.875 d at 8 h/d: N01 → N02 → N03 → N04 → N05 → N06');
    expect(lines).toContain('  no duration (counted 0): N04');
    expect(lines).toContain('  department Sales: 4 steps, R 2, A 3, hand-offs in 1 / out 2');
    expect(lines).toContain('  party Account manager: R 1 (17%), A 2 (33%)');
    expect(lines.some((l) => l === 'Empty')).toBe(false);
  });

  it('refuses an unknown process and a missing FILE', async () => {
    const path = await project();
    await expectUsageError(['metrics', path, '--process', 'Nope'], /No process named "Nope"/);
    await expectUsageError(['metrics'], /metrics needs exactly one FILE/);
    await expectUsageError(['metrics', path, '--days'], /--days/);
  });
});

/** The fixture's redesign (see orderToCashRedesign), written to the file. */
function redesign(path: string): void {
  const session = ProjectSession.open(path);
  session.execute({ type: 'batch', commands: orderToCashRedesign() });
  session.close();
}

async function compareJson(argv: string[]): Promise<Record<string, unknown>> {
  const { code, lines } = await run(['compare', ...argv, '--json']);
  expect(code).toBe(0);
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

describe('lanewise snapshot and compare', () => {
  it('saves a version in the file and compares it with the working process after a redesign', async () => {
    const path = await project();
    expect(await run(['snapshot', path, '--process', 'Order to cash', '--as', '现状 As-is'])).toEqual({ code: 0, lines: ['Saved version "现状 As-is" of Order to cash'] });
    const unchanged = await compareJson([path, '--process', 'Order to cash', '--from', '现状 As-is']);
    expect(unchanged).toMatchObject({ process: 'Order to cash', from: '现状 As-is', to: 'working process', steps: [], flows: [], lanes: [], raci: [] });

    redesign(path);
    const c = await compareJson([path, '--process', 'Order to cash', '--from', '现状 As-is']);
    // By hand: the path 7 h (7/8 d) → 0 + 3 + 0 + 1 + 0 = 4 h (½ d); every step now in Sales; the start,
    // the end and the double A on the approval were the three errors.
    expect(c.metrics).toMatchObject({
      criticalPathDays: { before: 0.875, after: 0.5, delta: -0.375 },
      criticalPathHours: { before: 7, after: 4, delta: -3 },
      handoffs: { before: 3, after: 0, delta: -3 },
      approvals: { before: 1, after: 0, delta: -1 },
      // The double A of N03 (the start and end events need no RACI).
      openRaciErrors: { before: 1, after: 0, delta: -1 },
    });
    expect(c.steps).toEqual([
      { change: 'changed', code: 'N02', name: 'Take and check order', fields: ['name', 'duration'] },
      { change: 'removed', code: 'N03', name: 'Step N03', fields: [] },
      { change: 'changed', code: 'N04', name: 'Step N04', fields: ['lane'] },
    ]);
    expect(c.flows).toEqual([
      { change: 'removed', from: 'N02', to: 'N03', label: '' },
      { change: 'removed', from: 'N03', to: 'N04', label: '' },
      { change: 'added', from: 'N02', to: 'N04', label: '' },
    ]);
    expect(c.raci).toEqual([
      { code: 'N01', party: 'Sales', before: '', after: 'RA' },
      { code: 'N06', party: 'Sales', before: '', after: 'RA' },
    ]);
  });

  it('compares two saved versions with --to, and prints the deltas as text', async () => {
    const path = await project();
    await run(['snapshot', path, '--process', 'Order to cash', '--as', 'As-is']);
    redesign(path);
    await run(['snapshot', path, '--process', 'Order to cash', '--as', 'To-be v1']);
    const c = await compareJson([path, '--process', 'Order to cash', '--from', 'As-is', '--to', 'to-be V1']);
    expect(c).toMatchObject({ from: 'As-is', to: 'To-be v1', metrics: { handoffs: { before: 3, after: 0 } } });
    const text = await run(['compare', path, '--process', 'Order to cash', '--from', 'As-is', '--to', 'To-be v1']);
    expect(text.lines[0]).toBe('Order to cash: As-is → To-be v1');
    expect(text.lines).toContain('  Critical path (days): 0.88 → 0.5 (\u22120.38)');
    expect(text.lines).toContain('  removed\tstep\tN03\tStep N03\tapproval point · Finance · 0.5 working days');
  });

  it('refuses a label the process already has, an unknown version and missing options, changing nothing', async () => {
    const path = await project();
    await run(['snapshot', path, '--process', 'Order to cash', '--as', 'As-is']);
    await expectUsageError(['snapshot', path, '--process', 'Order to cash', '--as', ' as-IS '], /already has a version named "as-IS"/);
    await expectUsageError(['snapshot', path, '--process', 'Nope', '--as', 'x'], /No process named "Nope"/);
    await expectUsageError(['snapshot', path, '--process', 'Order to cash'], /snapshot needs --as LABEL/);
    await expectUsageError(['compare', path, '--process', 'Order to cash', '--from', 'To-be'], /No version named "To-be"; versions: As-is/);
    await expectUsageError(['compare', path, '--process', 'Empty', '--from', 'As-is'], /versions: none/);
    await expectUsageError(['compare', path, '--from', 'As-is'], /compare needs --process NAME/);
    await expectUsageError(['compare', path, '--process', 'Order to cash'], /compare needs --from LABEL/);
    // Still one version, unchanged.
    expect(await compareJson([path, '--process', 'Order to cash', '--from', 'As-is'])).toMatchObject({ steps: [], raci: [] });
  });
});

