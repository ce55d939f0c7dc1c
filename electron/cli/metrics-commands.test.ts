import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { orderToCashCommands } from '../../shared/metrics/metrics-test-project';
import { ProjectSession } from '../project/project-session';
import { main, runCli } from './lanewise';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-cli-metrics-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(argv, (l) => lines.push(l));
  return { code, lines };
}

async function expectUsageError(argv: string[], message: RegExp): Promise<void> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const code = await main(argv);
  vi.restoreAllMocks();
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^lanewise: [^\n]+\n$/);
  expect(stderr).toMatch(message);
}

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
