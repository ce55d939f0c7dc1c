import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportOutcome, OpenProject } from '../../shared/ipc/contract';
import { JOB_STAGES, type JobProgress } from '../../shared/jobs/job-progress';
import { TEMPLATE_IDS } from '../../shared/templates/template-catalogue';
import { startBuiltWebHost, type BuiltWebHost } from '../../test/support/built-web-host';
import { zipEntries } from '../word/zip-entries';

let host: BuiltWebHost;
beforeEach(async () => {
  host = await startBuiltWebHost(mkdtempSync(join(tmpdir(), 'lanewise-jobs-')));
});
afterEach(() => host.stop());

async function value<T>(channel: string, body: unknown = {}): Promise<T> {
  const result = await host.call(channel, body);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value as T;
}

/** A project whose Word export takes a while: the scenario templates twice over, each drawn as a diagram. */
async function projectWithProcesses(): Promise<OpenProject> {
  await value('project.create', { name: 'Snapshot', language: 'en', templateId: 'product-launch' });
  for (const templateId of [...TEMPLATE_IDS, ...TEMPLATE_IDS]) await value('project.addTemplate', { templateId });
  return value<OpenProject>('project.current');
}

async function runningJob(): Promise<JobProgress> {
  for (let i = 0; i < 200; i++) {
    const progress = await value<JobProgress | null>('jobs.progress');
    if (progress) return progress;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no job started');
}

/** The browser's download of an export: the bytes as they are, from the host's own origin, once. */
async function fetchDownload(outcome: ExportOutcome): Promise<Buffer> {
  if (outcome.kind !== 'download') throw new Error(`expected a download, got ${outcome.kind}`);
  const response = await fetch(`http://127.0.0.1:${host.port}${outcome.url}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(outcome.fileName)}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect((await fetch(`http://127.0.0.1:${host.port}${outcome.url}`)).status).toBe(404);
  return bytes;
}

describe('exports in the browser host run as jobs', () => {
  it('a Word export is of the project as it was when it started, though a process is deleted and another renamed meanwhile', async () => {
    const project = await projectWithProcesses();
    const [deleted, renamed] = Object.values(project.state.tables.processes);
    const exporting = host.call('export.file', { kind: 'docx' });
    await runningJob();
    expect(await host.call('project.execute', { command: { type: 'delete', table: 'processes', id: deleted!.id } })).toMatchObject({ ok: true });
    expect(await host.call('project.execute', { command: { type: 'update', table: 'processes', id: renamed!.id, patch: { name: 'Renamed meanwhile' } } })).toMatchObject({ ok: true });
    // Both edits were answered while the export was still running.
    expect(await value('jobs.progress')).not.toBeNull();

    const result = await exporting;
    expect(result).toMatchObject({ ok: true });
    const text = zipEntries(await fetchDownload(result.value as ExportOutcome)).get('word/document.xml')!.toString('utf8');
    expect(text).toContain(deleted!.name);
    expect(text).toContain(renamed!.name);
    expect(text).not.toContain('Renamed meanwhile');
    const now = await value<OpenProject>('project.current');
    expect(now.state.tables.processes[deleted!.id]).toBeUndefined();
  }, 120_000);

  it('reports its stage and a growing fraction, refuses a second export, and a cancel ends it with nothing to download', async () => {
    await projectWithProcesses();
    const exporting = host.call('export.file', { kind: 'docx' });
    const first = await runningJob();
    expect(first.kind).toBe('export');
    expect(JOB_STAGES).toContain(first.stage);

    const second = await host.call('export.file', { kind: 'xlsx' });
    expect(second).toMatchObject({ ok: false, error: { code: 'busy' } });

    let later = first;
    for (let i = 0; i < 500 && later.fraction === first.fraction; i++) {
      await new Promise((r) => setTimeout(r, 20));
      later = (await value<JobProgress | null>('jobs.progress')) ?? later;
    }
    expect(later.fraction).toBeGreaterThan(first.fraction);
    expect(later.fraction).toBeLessThanOrEqual(1);

    expect(await value('jobs.cancel', { id: first.id })).toBe(true);
    expect(await exporting).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(await value('jobs.progress')).toBeNull();
    expect(await value('jobs.cancel', { id: first.id })).toBe(false);
    // The next export runs as usual.
    const xlsx = await value<ExportOutcome>('export.file', { kind: 'xlsx' });
    expect((await fetchDownload(xlsx)).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);
});
