import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectSession } from '../project/project-session';
import { expectUsageError, run, runMain } from './cli-test-run';

const CLI_ENTRY = join(import.meta.dirname, 'cli-entry.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-cli-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A project with two processes, built through the app's own session. */
async function populatedProject(): Promise<string> {
  const path = join(dir, 'audit.lanewise');
  expect((await run(['new', path, '--lang', 'en', '--name', 'Audit 2026'])).code).toBe(0);
  const session = ProjectSession.open(path);
  session.execute({
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
      { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } },
      { type: 'add', table: 'positions', row: { id: 'pos1', departmentId: 'd1', name: 'Account manager' } },
      { type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash' } },
      { type: 'add', table: 'processes', row: { id: 'p2', name: 'Month-end close' } },
      { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
      { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'p1', departmentId: 'd2' } },
      { type: 'add', table: 'lanes', row: { id: 'l3', processId: 'p2', departmentId: 'd2' } },
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'p1', laneId: 'l1', name: 'Take order' } },
      { type: 'add', table: 'steps', row: { id: 's2', processId: 'p1', laneId: 'l2', name: 'Invoice' } },
      { type: 'add', table: 'steps', row: { id: 's3', processId: 'p2', laneId: 'l3', name: 'Close books' } },
      { type: 'add', table: 'flows', row: { id: 'f1', processId: 'p1', fromStepId: 's1', toStepId: 's2' } },
      { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'RA' },
      { type: 'setRaci', stepId: 's2', partyId: 'd2', letters: 'RA' },
      { type: 'setRaci', stepId: 's3', partyId: 'd2', letters: 'RA' },
      { type: 'setRaci', stepId: 's1', partyId: 'pos1', letters: 'I' },
    ],
  });
  session.close();
  return path;
}

describe('lanewise new / info', () => {
  it('creates a project named after the file, in Chinese by default, and reports it empty', async () => {
    const path = join(dir, '采购流程.lanewise');
    expect((await run(['new', path]))).toEqual({ code: 0, lines: [`Created ${path}`] });
    const { code, lines } = (await run(['info', path, '--json']));
    expect(code).toBe(0);
    expect(JSON.parse(lines.join(''))).toEqual({ name: '采购流程', language: 'zh-CN', processes: 0, lanes: 0, steps: 0, flows: 0, parties: 0, raciCells: 0, reviewNotes: 0, openReviewNotes: 0, interviews: 0, responses: 0, problems: 0 });
  });

  it('counts what commands added', async () => {
    const path = (await populatedProject());
    const { code, lines } = (await run(['info', path, '--json']));
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ name: 'Audit 2026', language: 'en', processes: 2, lanes: 3, steps: 3, flows: 1, parties: 3, raciCells: 4, reviewNotes: 0, openReviewNotes: 0, interviews: 0, responses: 0, problems: 0 });
  });

  it('prints the counts as text without --json', async () => {
    const { code, lines } = (await run(['info', (await populatedProject())]));
    expect(code).toBe(0);
    expect(lines[0]).toBe('Audit 2026 (en)');
    expect(lines).toContain('  steps: 3');
    expect(lines).toContain('  raciCells: 4');
  });

  it('refuses to create over an existing file, leaving it as it was', async () => {
    const path = (await populatedProject());
    const before = readFileSync(path);
    await expectUsageError(['new', path], /already exists/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an unknown language and creates nothing', async () => {
    const path = join(dir, 'x.lanewise');
    await expectUsageError(['new', path, '--lang', 'fr'], /--lang must be zh-CN or en, not fr/);
    expect(existsSync(path)).toBe(false);
  });
});

describe('lanewise check', () => {
  it('exits 0 for a sound project', async () => {
    const path = (await populatedProject());
    const { code, lines } = (await run(['check', path, '--json']));
    expect(code).toBe(0);
    const { findings } = JSON.parse(lines.join('')) as { findings: Array<Record<string, unknown>> };
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('prints "No findings." for an empty project', async () => {
    const path = join(dir, 'empty.lanewise');
    (await run(['new', path]));
    expect((await run(['check', path]))).toEqual({ code: 0, lines: ['No findings.'] });
  });

  it('exits 1 when a RACI error is open, and 0 once it is settled', async () => {
    const path = await populatedProject();
    const session = ProjectSession.open(path);
    const stepId = Object.values(session.state.tables.steps).find((s) => Object.values(session.state.raci[s.id] ?? {}).some((l) => l.includes('A')))!.id;
    const accountable = Object.entries(session.state.raci[stepId]!).filter(([, l]) => l.includes('A'));
    for (const [partyId, letters] of accountable) session.execute({ type: 'setRaci', stepId, partyId, letters: letters.replace('A', '') || 'R' });
    session.close();
    const open = await run(['check', path, '--json']);
    expect(open.code).toBe(1);
    const { findings } = JSON.parse(open.lines.join('')) as { findings: Array<Record<string, unknown>> };
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'raci.no-accountable', severity: 'error', status: 'open' }));

    const settle = ProjectSession.open(path);
    settle.execute({ type: 'setRaci', stepId, partyId: accountable[0]![0], letters: `${accountable[0]![1]}` });
    settle.close();
    expect((await run(['check', path])).code).toBe(0);
  });

  it('exits 1 when the file holds a reference to nothing', async () => {
    const path = (await populatedProject());
    const db = new Database(path);
    db.prepare("INSERT INTO raci (step_id, party_id, letters) VALUES ('s1', 'ghost', 'C')").run();
    db.close();
    const { code, lines } = (await run(['check', path, '--json']));
    expect(code).toBe(1);
    const { findings } = JSON.parse(lines.join('')) as { findings: Array<Record<string, unknown>> };
    const dangling = findings.filter((f) => Object.values(f).includes('integrity.dangling-reference'));
    expect(dangling).toHaveLength(1);
    expect(dangling[0]).toMatchObject({ severity: 'error' });
    expect(String(dangling[0]!.message)).toContain('ghost');
  });
});

describe('lanewise usage errors: exit 2 and one line on stderr', () => {
  it('no command prints the usage', async () => {
    const { code, stdout, stderr } = (await runMain([]));
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Usage:/);
    expect(stderr).toBe('');
  });

  it('--help prints the usage and succeeds', async () => {
    const { code, stdout } = (await runMain(['--help']));
    expect(code).toBe(0);
    expect(stdout).toContain('lanewise info FILE [--json]');
  });

  it('an unknown command', async () => expectUsageError(['frobnicate', 'x.lanewise'], /Unknown command "frobnicate"/));
  it('an unknown option', async () => expectUsageError(['info', (await populatedProject()), '--verbose'], /--verbose/));
  it('a missing FILE', async () => expectUsageError(['info'], /info needs exactly one FILE/));
  it('two FILEs', async () => expectUsageError(['check', 'a.lanewise', 'b.lanewise'], /check needs exactly one FILE/));
  it('a file that does not exist', async () => expectUsageError(['info', join(dir, 'nope.lanewise')], /File not found/));

  it('a file that is not a project', async () => {
    const path = join(dir, 'readme.lanewise');
    writeFileSync(path, 'not a project\n');
    await expectUsageError(['check', path], /not a SQLite database/);
  });

  it('a damaged project, still on one line', async () => {
    const path = (await populatedProject());
    const bytes = readFileSync(path);
    bytes.fill(0xa5, 4096, bytes.length);
    writeFileSync(path, bytes);
    await expectUsageError(['info', path], /is damaged/);
  });

  it('a project from a newer version', async () => {
    const path = (await populatedProject());
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    await expectUsageError(['info', path], /newer version of Lanewise/);
  });
});

describe('the CLI as a process', () => {
  function cli(args: string[]) {
    return spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, ...args], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
  }

  it('sets the exit code and writes JSON to stdout', async () => {
    const path = (await populatedProject());
    const ok = cli(['info', path, '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ name: 'Audit 2026', steps: 3 });
  });

  it('exits 2 with a one-line message for a bad file', async () => {
    const bad = cli(['info', join(dir, 'nope.lanewise')]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^lanewise: File not found: [^\n]+\n$/);
  });
});

describe('templates', () => {
  it('lists every template id', async () => {
    const { code, lines } = await run(['templates', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(lines[0]!) as Array<{ id: string }>).map((t) => t.id)).toEqual(['product-launch', 'marketing-event', 'customer-complaint', 'annual-budget', 'process-change']);
  });

  for (const id of ['product-launch', 'marketing-event', 'customer-complaint', 'annual-budget', 'process-change']) {
    for (const lang of ['zh-CN', 'en']) {
      it(`a project made from ${id} (${lang}) has steps and passes check with no findings`, async () => {
        const path = join(dir, `${id}-${lang}.lanewise`);
        expect((await run(['new', path, '--template', id, '--lang', lang])).code).toBe(0);
        const info = JSON.parse((await run(['info', path, '--json'])).lines[0]!) as { steps: number; raciCells: number };
        expect(info.steps).toBeGreaterThanOrEqual(6);
        expect(info.raciCells).toBeGreaterThan(info.steps);
        expect(await run(['check', path])).toEqual({ code: 0, lines: ['No findings.'] });
      });
    }
  }

  it('an unknown template is a usage error and creates no file', async () => {
    const path = join(dir, 'x.lanewise');
    await expectUsageError(['new', path, '--template', 'nope'], /Unknown template "nope"/);
    expect(existsSync(path)).toBe(false);
  });
});

/** Edits the first matrix of a workbook in place, as a client would in Excel. */
async function editWorkbook(xlsx: string, change: (sheet: import('exceljs').Worksheet) => void): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  change(book.worksheets[0]!);
  await book.xlsx.writeFile(xlsx);
}

/** The first RACI cell holding `letters`, with the ids the hidden anchors give it. */
function cellHolding(sheet: import('exceljs').Worksheet, letters: string): { r: number; c: number; stepId: string; partyId: string } {
  let found: { r: number; c: number } | null = null;
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!found && r > 5 && c > 3 && cell.value === letters) found = { r, c };
    }),
  );
  const at = found as { r: number; c: number } | null;
  if (!at) throw new Error(`no cell holding ${letters}`);
  return { ...at, stepId: String(sheet.getCell(at.r, 1).value), partyId: String(sheet.getCell(3, at.c).value) };
}

describe('export and import', () => {
  it('exports the workbook, the policy and one diagram per process, and imports a client edit', async () => {
    const path = join(dir, 'launch.lanewise');
    await run(['new', path, '--template', 'product-launch', '--lang', 'en']);
    const xlsx = join(dir, 'raci.xlsx');
    const exported = await run(['export', path, '--xlsx', xlsx, '--docx', join(dir, 'policy.docx'), '--svg', join(dir, 'svg'), '--png', join(dir, 'png')]);
    expect(exported.code).toBe(0);
    expect(exported.lines.filter((l) => l.endsWith('.svg'))).toHaveLength(1);
    expect(exported.lines.filter((l) => l.endsWith('.png'))).toHaveLength(1);
    expect(readFileSync(join(dir, 'policy.docx')).subarray(0, 2).toString()).toBe('PK');

    await editWorkbook(xlsx, (sheet) => {
      const at = cellHolding(sheet, 'I');
      sheet.getCell(at.r, at.c).value = 'c';
      sheet.getCell(at.r + 1, at.c).value = 'X';
    });

    const dry = await run(['import', path, '--xlsx', xlsx, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.lines[0]).toMatch(/^Exported on \d{4}-\d\d-\d\dT/);
    expect(dry.lines).toContain('Applied from the workbook: 1');
    expect(dry.lines).toContain('Kept (changed in Lanewise since the export): 0');
    expect(dry.lines).toContain('Conflicts (changed on both sides): 0');
    expect(dry.lines).toContain('Bad cells (left out): 1');
    expect(dry.lines.find((l) => l.includes('"X" is not a RACI value'))).toMatch(/^  [^!]+![A-Z]+\d+: "X" is not a RACI value/);
    expect(dry.lines.at(-1)).toBe('Dry run: nothing changed.');
    const raciBefore = JSON.parse((await run(['info', path, '--json'])).lines[0]!) as { raciCells: number };
    const applied = await run(['import', path, '--xlsx', xlsx]);
    expect(applied).toMatchObject({ code: 0 });
    expect(applied.lines.at(-1)).toBe(`Applied to ${path}`);
    expect((await run(['import', path, '--xlsx', xlsx, '--dry-run'])).lines).toContain('Applied from the workbook: 0');
    expect(JSON.parse((await run(['info', path, '--json'])).lines[0]!)).toMatchObject({ raciCells: raciBefore.raciCells, reviewNotes: 0, openReviewNotes: 0 });
  }, 60_000);

  it('open conflicts make the import exit 1 with nothing changed, until --mine or --theirs settles them', async () => {
    const path = join(dir, 'launch.lanewise');
    await run(['new', path, '--template', 'product-launch', '--lang', 'en']);
    const xlsx = join(dir, 'raci.xlsx');
    await run(['export', path, '--xlsx', xlsx]);
    let cell = { stepId: '', partyId: '' };
    await editWorkbook(xlsx, (sheet) => {
      const at = cellHolding(sheet, 'C');
      cell = at;
      sheet.getCell(at.r, at.c).value = 'I';
      sheet.getCell(at.r, sheet.columnCount).value = 'Please check who consults here';
    });
    const session = ProjectSession.open(path);
    session.execute({ type: 'setRaci', stepId: cell.stepId, partyId: cell.partyId, letters: 'R' });
    session.close();

    const open = await run(['import', path, '--xlsx', xlsx]);
    expect(open.code).toBe(1);
    expect(open.lines).toContain('Conflicts (changed on both sides): 1');
    expect(open.lines.find((l) => l.includes('export C, Lanewise R, workbook I'))).toBeDefined();
    expect(open.lines.at(-1)).toBe("1 conflicts are not settled: run again with --mine (keep Lanewise's values) or --theirs (take the workbook's). Nothing changed.");
    await expectUsageError(['import', path, '--xlsx', xlsx, '--mine', '--theirs'], /either --mine or --theirs/);

    expect((await run(['import', path, '--xlsx', xlsx, '--theirs'])).code).toBe(0);
    expect(JSON.parse((await run(['info', path, '--json'])).lines[0]!)).toMatchObject({ reviewNotes: 1, openReviewNotes: 1 });
    const after = ProjectSession.open(path);
    expect(after.state.raci[cell.stepId]?.[cell.partyId]).toBe('I');
    after.close();
  }, 60_000);

  it('is a writer: while the app holds the project, the import is refused with the lock message and changes nothing', async () => {
    const path = join(dir, 'launch.lanewise');
    await run(['new', path, '--template', 'product-launch', '--lang', 'en']);
    const xlsx = join(dir, 'raci.xlsx');
    await run(['export', path, '--xlsx', xlsx]);
    await editWorkbook(xlsx, (sheet) => {
      const at = cellHolding(sheet, 'C');
      sheet.getCell(at.r, at.c).value = 'I';
    });
    const app = ProjectSession.open(path, { app: 'Lanewise' });
    try {
      const before = structuredClone(app.state.raci);
      const cli = spawnSync(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'import', path, '--xlsx', xlsx], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
      expect(cli.status).toBe(2);
      expect(cli.stderr).toMatch(/^lanewise: .*launch\.lanewise is open in Lanewise since \d\d:\d\d — close it there, or open it read-only\n$/);
      expect(app.changes().ops).toEqual([]);
      expect(app.state.raci).toEqual(before);
    } finally {
      app.close();
    }
  }, 60_000);

  it('export without a target, or --process with a diagram, is a usage error', async () => {
    const path = await populatedProject();
    await expectUsageError(['export', path], /export needs/);
    await expectUsageError(['export', path, '--png', dir, '--process', 'x'], /--process applies to --xlsx only/);
    await expectUsageError(['export', path, '--xlsx', join(dir, 'o.xlsx'), '--process', 'Nope'], /No process named "Nope"/);
  });

  it('importing something that is not a Lanewise workbook is refused in one line', async () => {
    const path = await populatedProject();
    const bogus = join(dir, 'bogus.xlsx');
    writeFileSync(bogus, 'not a zip');
    await expectUsageError(['import', path, '--xlsx', bogus], /xlsx|workbook/i);
  });
});
