import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { exportProjectFile } from '../../electron/exports/project-exports';
import { zipEntries } from '../../electron/word/zip-entries';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import type { ExportKind } from '../../shared/ipc/contract';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { EDGE_STRINGS, type Random } from '../../test/support/schema-values';
import type { AreaResult, Failure, FuzzArea } from './fuzz-types';
import { cleanPrototypes, pollutedPrototypes } from './pollution';

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Characters of every class that has broken an export: controls, surrogates, noncharacters, bidi marks, markup, CJK, emoji. */
function oddText(random: Random): string {
  const pieces = [
    ...EDGE_STRINGS,
    '\u202eevil\u202c',
    '\u200b\u200d',
    'ä\u0308',
    '"quoted" & <tagged>',
    '第一章 总则',
    String.fromCodePoint(0x1f600 + Math.floor(random() * 50)),
    String.fromCharCode(Math.floor(random() * 0x10000)),
  ];
  return Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pieces, random))
    .join(' ')
    .slice(0, 150);
}

function oddProject(random: Random): ProjectState {
  const language = random() < 0.5 ? 'zh-CN' : 'en';
  const base = emptyProject({ name: 'Export fuzz', language, organisation: '' });
  let state = execute(base, templateCommands('customer-complaint', language, base, randomUUID)).state;
  const renames: CommandInput[] = [{ type: 'setMeta', patch: { name: `${oddText(random)}x`, organisation: oddText(random) } }];
  for (const d of Object.values(state.tables.departments)) if (random() < 0.5) renames.push({ type: 'update', table: 'departments', id: d.id, patch: { name: `${oddText(random)}d` } });
  for (const s of Object.values(state.tables.steps)) if (random() < 0.5) renames.push({ type: 'update', table: 'steps', id: s.id, patch: { name: oddText(random), input: oddText(random), notes: oddText(random) } });
  for (const p of Object.values(state.tables.processes)) renames.push({ type: 'update', table: 'processes', id: p.id, patch: { name: `${oddText(random)}p`, description: oddText(random) } });
  state = execute(state, { type: 'batch', commands: renames }).state;
  return state;
}

/** XML 1.0 well-formedness, by a strict parser: what Excel, Word and LibreOffice insist on. */
function xmlProblem(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: false });
  let problem: string | null = null;
  parser.on('error', (err) => {
    problem ??= err.message;
  });
  parser.write(xml).close();
  return problem;
}

function partsProblem(kind: ExportKind, bytes: Buffer): string | null {
  if (kind === 'svg') return xmlProblem(bytes.toString('utf8'));
  for (const [name, data] of zipEntries(bytes)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const problem = xmlProblem(data.toString('utf8'));
    if (problem) return `${name}: ${problem}`;
  }
  return null;
}

function libreOfficeOpens(path: string, outDir: string): boolean {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, path], { stdio: 'ignore', timeout: 120_000 });
  return existsSync(path.replace(/\.(xlsx|docx)$/, '.pdf'));
}

/**
 * Exports of projects named with every odd character class. Each part must be well-formed XML;
 * every `libreOfficeEvery`-th workbook and document must open in LibreOffice.
 */
export function exportArea(libreOfficeEvery: number): FuzzArea {
  return {
    name: 'exports',
    async run(inputs: number, random: Random, dir: string): Promise<AreaResult> {
      const work = join(dir, 'exports');
      mkdirSync(work, { recursive: true });
      const failures: Failure[] = [];
      for (let n = 0; n < inputs; n++) {
        const state = oddProject(random);
        // A Word document lays out every page: one in twenty exports is one.
        const kind: ExportKind = n % 20 === 19 ? 'docx' : pick(['xlsx', 'svg'] as const, random);
        const processId = Object.keys(state.tables.processes)[0];
        const input = `${kind} of "${state.meta.name.slice(0, 60)}"`;
        try {
          const file = await exportProjectFile(state, kind, processId);
          const problem = partsProblem(kind, file.bytes);
          if (problem) failures.push({ verdict: 'unreadable-export', input, detail: problem });
          else if (kind !== 'svg' && n % libreOfficeEvery === 0) {
            const path = join(work, `e${n}.${kind}`);
            writeFileSync(path, file.bytes);
            if (!libreOfficeOpens(path, work)) failures.push({ verdict: 'unreadable-export', input, detail: 'LibreOffice could not open it' });
          }
        } catch (err) {
          failures.push({ verdict: 'crash', input, detail: ((err as Error).stack ?? String(err)).slice(0, 600) });
        }
        const polluted = pollutedPrototypes();
        if (polluted.length) {
          failures.push({ verdict: 'pollution', input, detail: polluted.join('; ') });
          cleanPrototypes();
        }
      }
      return { tried: inputs, failures };
    },
  };
}
