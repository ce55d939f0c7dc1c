import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { buildZip, workbookEntries } from '../../../electron/excel/xlsx-reader/test-zip';
import type { BenchRow, BenchSection } from '../bench-types';

/** 3 MB on disk, 3 GB unpacked: one megabyte of spaces deflated once, its blocks repeated. */
function zipBomb(): Buffer {
  const head = deflateRawSync(Buffer.from('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'), { finishFlush: constants.Z_SYNC_FLUSH });
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  const copies = 3 * 1024;
  const deflated = Buffer.concat([head, ...Array.from({ length: copies }, () => block), end]);
  // The directory claims a small part, so the reader has to count what it really unpacks.
  return buildZip(workbookEntries([{ name: 'Sheet1', xml: { deflated, size: 1000 } }]));
}

function manyRows(rows: number): Buffer {
  const xml = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>N${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('');
  return buildZip(workbookEntries([{ name: 'Sheet1', xml: `<sheetData>${xml}</sheetData>` }]));
}

function refuse(path: string): { outcome: string; ms: number; extraMB: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../refuse-workbook.ts'), path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`the reader process failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout) as { outcome: string; ms: number; baselineKiB: number; peakKiB: number };
  return { outcome: r.outcome, ms: r.ms, extraMB: (r.peakKiB - r.baselineKiB) / 1024 };
}

/** Hostile workbooks are refused quickly and within bounded memory, each in a process of its own. */
export const hostileWorkbooks: BenchSection = {
  name: 'hostile workbooks',
  run(ctx) {
    const rows: BenchRow[] = [];
    for (const [label, bytes, expected] of [
      ['zip bomb unpacking to 3 GB', zipBomb(), 'workbook.too-large'],
      ['600,000-row sheet', manyRows(600_000), 'workbook.too-many-rows'],
    ] as const) {
      const path = join(ctx.dir, `${expected}.xlsx`);
      writeFileSync(path, bytes);
      const r = refuse(path);
      if (r.outcome !== expected) throw new Error(`${label}: expected ${expected}, got ${r.outcome}`);
      rows.push({ metric: `refuse ${label} (${(bytes.length / 1024 / 1024).toFixed(1)} MB file)`, value: r.ms / 1000, unit: 's', target: 5 });
      rows.push({ metric: `memory above start while refusing it`, value: r.extraMB, unit: 'MB', target: 500 });
    }
    return rows;
  },
};
