import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../shared/model/project-state';
import { BpmnImportError } from '../bpmn/bpmn-import-error';
import { loadProject } from './cli-io';
import { runCli } from './lanewise';

const CAMUNDA = new URL('../../test/fixtures/bpmn/camunda-modeler-order.bpmn', import.meta.url).pathname;

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, lines };
}

describe('lanewise export and import of BPMN, tables and PDF', () => {
  it('exports one BPMN file and one table per process, and the policy and diagrams as PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-cli-x-'));
    const file = join(dir, 'p.lanewise');
    await run(['new', file, '--template', 'marketing-event', '--lang', 'en']);
    expect((await run(['export', file, '--bpmn', join(dir, 'bpmn'), '--table', join(dir, 'xlsx')])).code).toBe(0);
    expect((await run(['export', file, '--table', join(dir, 'csv'), '--csv'])).code).toBe(0);
    const name = rowsOf(loadProject(file), 'processes')[0]!.name;
    expect(readdirSync(join(dir, 'bpmn'))).toEqual([`${name}.bpmn`]);
    expect(readdirSync(join(dir, 'xlsx'))).toEqual([`${name}.xlsx`]);
    expect(readdirSync(join(dir, 'csv'))).toEqual([`${name}.csv`]);
    const pdf = await run(['export', file, '--pdf', join(dir, 'policy.pdf'), '--diagrams-pdf', join(dir, 'diagrams.pdf')]);
    expect(pdf.lines).toEqual([`Wrote ${join(dir, 'policy.pdf')}`, `Wrote ${join(dir, 'diagrams.pdf')}`]);
    await expect(run(['export', file, '--bpmn', join(dir, 'bpmn'), '--csv'])).rejects.toThrow('--csv applies to --table only');
  }, 60_000);

  it('import --bpmn prints what it would create and what it leaves out; --dry-run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-cli-i-'));
    const file = join(dir, 'p.lanewise');
    await run(['new', file]);
    const dry = await run(['import', file, '--bpmn', CAMUNDA, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.lines).toContain('Process "订单处理": 3 lanes, 9 steps, 8 flows');
    expect(dry.lines).toContain('  Boundary event · 超过 24 小时 (bpmn:BoundaryEvent) · 订单处理');
    expect(dry.lines).toContain('  Message flow · 订单确认 (bpmn:MessageFlow)');
    expect(dry.lines.at(-1)).toBe('Dry run: nothing changed.');
    expect(rowsOf(loadProject(file), 'processes')).toHaveLength(0);

    const applied = await run(['import', file, '--bpmn', CAMUNDA]);
    expect(applied.lines.at(-1)).toBe(`Applied to ${file}`);
    expect(rowsOf(loadProject(file), 'processes').map((p) => p.name).sort()).toEqual(['订单处理', '订单处理 / 拣货打包']);
  });

  it('refuses a malformed file and leaves the project as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-cli-m-'));
    const file = join(dir, 'p.lanewise');
    await run(['new', file, '--lang', 'en']);
    const bad = join(dir, 'bad.bpmn');
    writeFileSync(bad, '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process');
    await expect(run(['import', file, '--bpmn', bad])).rejects.toBeInstanceOf(BpmnImportError);
    expect(rowsOf(loadProject(file), 'processes')).toHaveLength(0);
    await expect(run(['import', file, '--bpmn', join(dir, 'missing.bpmn')])).rejects.toThrow('no such file');
    await expect(run(['import', file, '--bpmn', bad, '--table', bad])).rejects.toThrow('import needs one of');
    expect(existsSync(file)).toBe(true);
  });
});
