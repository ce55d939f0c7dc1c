import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change, ExportOutcome, OpenProject, RecentProject } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/content-security-policy';
import type { JobProgress } from '../../shared/jobs/job-progress';
import { TEMPLATE_IDS } from '../../shared/templates/template-catalogue';
import { ProjectSession } from '../../electron/project/project-session';
import { zipEntries } from '../../electron/word/zip-entries';
import { startDesktopHarness, type DesktopHarness } from '../harness/desktop-harness';

let harness: DesktopHarness | null = null;
afterEach(async () => {
  // A test that failed half way still ends its services.
  for (const child of harness?.electron.children ?? []) child.kill();
  harness = null;
});

async function start(options?: Parameters<typeof startDesktopHarness>[0]) {
  harness = await startDesktopHarness(options);
  return harness;
}

const department = (id: string, name: string) => ({ command: { type: 'add', table: 'departments', row: { id, name } } });

async function runningJob(h: DesktopHarness): Promise<JobProgress> {
  for (let i = 0; i < 300; i++) {
    const progress = await h.value<JobProgress | null>('jobs.progress');
    if (progress) return progress;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no job started');
}

describe('the desktop main process, from its built bundle', () => {
  it('opens one window on the app page, isolated and sandboxed, with the preload and the page where main loads them', async () => {
    const h = await start();
    expect(h.electron.windows).toHaveLength(1);
    const prefs = h.window().options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(prefs.preload).toMatch(/dist[\\/]electron[\\/]preload\.cjs$/);
    expect(h.window().loadedFile).toMatch(/dist[\\/]renderer[\\/]index\.html$/);
    expect(existsSync(h.window().loadedFile!)).toBe(true);

    // Every response gets the app's CSP; no permission is ever granted.
    let headers: Record<string, string[]> = {};
    h.electron.sessionHooks.headers!({ responseHeaders: { 'X-Test': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    let granted: boolean | null = null;
    h.electron.sessionHooks.permission!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    // Navigation away is blocked; a link opens in the browser, never in a new app window.
    expect(h.window().webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await h.closeWindow();
  });

  it('refuses requests from a frame that is not the app page, and from no frame at all', async () => {
    const h = await start();
    const page = h.window().webContents.mainFrame;
    const refused = { ok: false, error: { code: 'invalid-request', message: 'Untrusted sender' } };
    expect(await h.invoke('app.info', {}, { url: 'https://attacker.example/', parent: null })).toEqual(refused);
    expect(await h.invoke('app.info', {}, { url: page.url, parent: page })).toEqual(refused);
    expect(await h.invoke('app.info', {}, { url: 'file:///tmp/other.html', parent: null })).toEqual(refused);
    expect(await h.invoke('app.info', {}, null)).toEqual(refused);
    expect(await h.invoke('project.create', { name: 'Sneaky', language: 'en' }, null)).toEqual(refused);
    // Refused in main: the services were never even started.
    expect(h.electron.children).toHaveLength(0);
    expect(existsSync(h.home)).toBe(false);
    expect(await h.invoke('app.info')).toMatchObject({ ok: true, value: { host: 'electron' } });
    await h.closeWindow();
  });

  it('creates a project, edits, undoes, exports Word through the save dialog and quits: the file alone then holds everything, the last field edit included', async () => {
    const h = await start();
    const project = await h.value<OpenProject>('project.create', { name: 'Desktop story', language: 'en', templateId: 'product-launch' });
    await h.value<Change>('project.execute', department('d-kept', 'Legal'));
    await h.value<Change>('project.execute', department('d-undone', 'Undone'));
    expect(await h.value<Change | null>('project.undo')).toMatchObject({ canRedo: true });

    const target = join(h.root, 'exports', 'Policy.docx');
    mkdirSync(join(h.root, 'exports'));
    h.electron.dialogAnswers.push({ canceled: false, filePath: target });
    const outcome = await h.value<ExportOutcome>('export.file', { kind: 'docx' });
    expect(outcome).toEqual({ kind: 'saved', path: target });
    expect(h.electron.dialogCalls.at(-1)).toMatchObject({ kind: 'save', options: { defaultPath: 'Desktop story Cross-Department Collaboration Policy.docx' } });
    const processName = Object.values(project.state.tables.processes)[0]!.name;
    expect(zipEntries(readFileSync(target)).get('word/document.xml')!.toString('utf8')).toContain(processName);
    expect(readdirSync(join(h.root, 'exports'))).toEqual(['Policy.docx']);

    // At close the page commits the field being edited, and one more save is still on its way.
    const processId = Object.keys(project.state.tables.processes)[0]!;
    h.onFlush(async () => {
      await h.value('project.execute', { command: { type: 'update', table: 'processes', id: processId, patch: { name: 'Renamed at close' } } });
      void h.invoke('project.execute', department('d-in-flight', 'In flight'));
    });
    await h.closeWindow();
    expect(h.electron.app.exited).toBe(true);

    const wal = `${project.path}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const copy = join(mkdtempSync(join(tmpdir(), 'lanewise-copy-')), 'copy.lanewise');
    copyFileSync(project.path, copy);
    const reopened = ProjectSession.open(copy);
    const { departments, processes } = reopened.state.tables;
    expect(departments['d-kept']?.name).toBe('Legal');
    expect(departments['d-undone']).toBeUndefined();
    expect(departments['d-in-flight']?.name).toBe('In flight');
    expect(processes[processId]?.name).toBe('Renamed at close');
    reopened.close();

    // Started again, the app opens the project from its recent list as it was left.
    const again = await start({ root: h.root });
    const recent = await again.value<RecentProject[]>('projects.recent');
    expect(recent.map((r) => r.path)).toContain(project.path);
    const open = await again.value<OpenProject>('project.open', { path: project.path });
    expect(open.state.tables.processes[processId]?.name).toBe('Renamed at close');
    expect(open.state.tables.departments['d-in-flight']?.name).toBe('In flight');
    await again.closeWindow();
  }, 120_000);

  it('a cancelled Word export leaves no file, nor any part of one', async () => {
    const h = await start();
    await h.value('project.create', { name: 'Cancelled', language: 'zh-CN', templateId: 'product-launch' });
    for (const templateId of [...TEMPLATE_IDS, ...TEMPLATE_IDS]) await h.value('project.addTemplate', { templateId });
    const folder = mkdtempSync(join(tmpdir(), 'lanewise-cancel-'));
    h.electron.dialogAnswers.push({ canceled: false, filePath: join(folder, 'policy.docx') });
    const exporting = h.value<ExportOutcome>('export.file', { kind: 'docx' });
    const job = await runningJob(h);
    expect(await h.value('jobs.cancel', { id: job.id })).toBe(true);
    expect(await exporting).toEqual({ kind: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);

    // Cancelling the save dialog stops the export it started.
    const exportingAgain = h.value<ExportOutcome>('export.file', { kind: 'docx' });
    expect(await exportingAgain).toEqual({ kind: 'cancelled' });
    expect(await h.value('jobs.progress')).toBeNull();
    await h.closeWindow();
  }, 120_000);

  it('without the Electron build of SQLite, says so and quits instead of failing on every project', async () => {
    const h = await start({ withoutSqliteBuild: true });
    await h.electron.quitted;
    expect(h.electron.windows).toHaveLength(0);
    expect(h.electron.errorBoxes).toHaveLength(1);
    expect(h.electron.errorBoxes[0]!.title).toBe('Lanewise cannot open projects');
    expect(h.electron.errorBoxes[0]!.content).toContain(`electron-${process.versions.modules}`);
    expect(h.electron.children).toHaveLength(0);
  });
});
