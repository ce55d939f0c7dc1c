import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { articleLabel } from '../../shared/policy/article-numbering';
import { policyTestProject } from '../../shared/policy/policy-test-project';
import { exportPolicyDocx } from './policy-docx-export';
import { solidPng } from './test-png';
import { zipEntries } from './zip-entries';

/** A different picture per process, so each one is embedded on its own: a wide one and a nearly square one. */
const PICTURES: Record<string, Buffer> = { launch: solidPng(1200, 500, [200, 220, 240]), event: solidPng(600, 700, [240, 220, 200]) };
const renderPng = (processId: string) => PICTURES[processId] ?? solidPng(10, 10);

/** Text of each paragraph, in document order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** Cell texts of every table row, in document order. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join('\n')));
}

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe('exportPolicyDocx (zh-CN)', () => {
  let dir: string;
  let files: Map<string, Buffer>;
  let documentXml: string;
  let written: Buffer;
  let returned: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lanewise-word-'));
    const outPath = join(dir, '跨部门协作管理办法.docx');
    returned = await exportPolicyDocx(policyTestProject('zh-CN'), {
      outPath,
      renderPng,
      version: 'V0.3',
      date: new Date(2025, 2, 20),
      approval: { drafter: { name: '李明', date: '2025-03-20' }, reviewer: '赵强', approver: '王建国' },
    });
    written = readFileSync(outPath);
    files = zipEntries(returned);
    documentXml = files.get('word/document.xml')!.toString('utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the file it returns', () => {
    expect(written.equals(returned)).toBe(true);
  });

  it('has a cover with title, organisation, status, version, date and the approval block', () => {
    const text = paragraphs(documentXml);
    for (const line of ['华东智造集团有限公司', '跨部门协作管理办法', '（征求意见稿）', '版本：V0.3', '日期：2025年3月20日', '文件审批']) expect(text).toContain(line);
    const rows = tableRows(documentXml);
    expect(rows.slice(0, 4)).toEqual([
      ['环节', '姓名', '日期'],
      ['拟制', '李明', '2025-03-20'],
      ['审核', '赵强', ''],
      ['批准', '王建国', ''],
    ]);
  });

  it('has a table of contents field over the headings, updated when Word opens the file', () => {
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    expect(files.get('word/settings.xml')!.toString()).toMatch(/<w:updateFields( w:val="true")?\/>/);
  });

  it('has every chapter heading as a level-1 heading', () => {
    const headings = [...documentXml.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) => paragraphs(m[0])[0]);
    expect(headings).toEqual(['第一章　总则', '第二章　协作原则', '第三章　流程框架', '第四章　职责分工', '第五章　冲突处理与升级机制', '第六章　沟通机制', '第七章　考核与奖惩', '第八章　附则', '附件']);
  });

  it('numbers the articles 第一条 … 第N条 in order', () => {
    const labels = paragraphs(documentXml).flatMap((p) => /^(第[一二三四五六七八九十百零]+条)/.exec(p)?.[1] ?? []);
    expect(labels.length).toBeGreaterThan(40);
    expect(labels).toEqual(labels.map((_, i) => articleLabel(i + 1, 'zh-CN')));
  });

  it('embeds one swimlane picture per process, scaled to the page width with its aspect ratio', () => {
    const media = [...files.keys()].filter((name) => /^word\/media\/.*\.png$/.test(name));
    expect(media).toHaveLength(2);
    const embedded = media.map((name) => files.get(name)!);
    for (const picture of Object.values(PICTURES)) expect(embedded.some((m) => m.equals(picture))).toBe(true);
    // Pictures fill the text width of their page, keeping their ratio: the wide one gets a landscape
    // page (24.6 cm, 931 px), the nearly square one stays portrait (14.65 cm, 554 px); 9525 EMU a pixel.
    const drawings = [...documentXml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]), at: m.index }));
    expect(drawings).toHaveLength(2);
    const orientationAfter = (at: number) => /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(documentXml.slice(at))![0].includes('w:orient="landscape"');
    const [launch, event] = drawings as [(typeof drawings)[0], (typeof drawings)[0]];
    expect([launch.cx, orientationAfter(launch.at)]).toEqual([931 * 9525, true]);
    expect([event.cx, orientationAfter(event.at)]).toEqual([554 * 9525, false]);
    expect(launch.cy / launch.cx).toBeCloseTo(500 / 1200, 2);
    expect(event.cy / event.cx).toBeCloseTo(700 / 600, 2);
  });

  it('has the key-node table with its columns and a step row', () => {
    const rows = tableRows(documentXml);
    expect(rows).toContainEqual(['节点编号', '节点名称', '输入', '输出', '负责人', '耗时']);
    expect(rows).toContainEqual(['N02', '需求评审（审批点）', '需求说明书', '评审意见', '研发部经理', '2 天']);
  });

  it('has the RACI matrix with a step and its letters, on landscape pages, with the legend', () => {
    const rows = tableRows(documentXml);
    // 物料准备 of the marketing event, as in the source: R 市场部专员, A 市场部经理, C 设计部主管, I 销售部主管.
    expect(rows).toContainEqual(['N04', '物料准备', '', 'A', 'R', '', 'I', '', 'R', 'C', '']);
    expect(rows).toContainEqual(['R', '执行者（Responsible）', '负责具体任务落地，完成节点工作。']);
    expect(paragraphs(documentXml)).toContain('表6 跨部门市场活动 RACI 责任矩阵');
    expect(documentXml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });

  it('writes well-formed tables: every row fills the grid, merged header cells continued below', () => {
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      const columns = (table.match(/<w:gridCol /g) ?? []).length;
      for (const row of table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []) {
        const spans = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => Number(/<w:gridSpan w:val="(\d+)"/.exec(c[0])?.[1] ?? 1));
        expect(spans.reduce((a, b) => a + b, 0)).toBe(columns);
      }
    }
    // 节点编号 and 节点名称 span both header rows of a RACI table with positions.
    const raci = tables.find((t) => t.includes('物料准备') && t.includes('设计部主管'))!;
    expect(raci.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(raci.match(/<w:vMerge\/>/g)?.length);
    expect(raci).toContain('<w:tblHeader/>');
  });

  it('has the rulings of the resolution log', () => {
    expect(tableRows(documentXml)).toContainEqual(['新产品上线 N04 研发执行', '节点有多个负责人(A)：明确唯一负责人', '研发部经理', '王建国（分管副总）', '2025-03-12', '研发执行以研发部为主体，市场部改为咨询者。']);
  });

  it('sets 宋体 for body text and 黑体 for headings as East Asian fonts, at 小四 and 三号', () => {
    const styles = files.get('word/styles.xml')!.toString();
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="360"/);
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(heading1).toMatch(/w:eastAsia="SimHei"/);
    expect(heading1).toContain('<w:sz w:val="32"/>');
    const table = /<w:style [^>]*w:styleId="PolicyTableText"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(table).toContain('<w:sz w:val="21"/>');
  });

  it('is A4 with the title in the header and page numbers in the footer', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const headers = [...files.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => files.get(n)!.toString());
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h).toContain('跨部门协作管理办法（征求意见稿）');
    const footers = [...files.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => files.get(n)!.toString());
    expect(footers.some((f) => /PAGE/.test(f) && f.includes('第 ') && f.includes(' 页'))).toBe(true);
  });

  it.skipIf(!hasLibreOffice)(
    'opens in LibreOffice, and the PDF shows every chapter and the step names',
    () => {
      const profile = join(dir, 'lo-profile');
      execFileSync('libreoffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, '跨部门协作管理办法.docx')], { stdio: 'ignore', timeout: 120_000 });
      const text = execFileSync('pdftotext', ['-layout', join(dir, '跨部门协作管理办法.pdf'), '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, '');
      for (const title of ['第一章总则', '第二章协作原则', '第三章流程框架', '第四章职责分工', '第五章冲突处理与升级机制', '第六章沟通机制', '第七章考核与奖惩', '第八章附则', '附件1跨部门协作需求申请表']) {
        expect(text).toContain(title);
      }
      for (const step of ['需求提出', '需求评审', '研发立项', '研发执行', '测试验收', '市场推广', '项目复盘', '物料准备']) expect(text).toContain(step);
    },
    180_000,
  );
  if (!hasLibreOffice) it.skip('LibreOffice check skipped: `libreoffice` is not on PATH (apt-get install -y libreoffice-writer poppler-utils fonts-noto-cjk)', () => {});
});

describe('exportPolicyDocx (en and edge cases)', () => {
  it('writes an English document with Calibri, "Chapter 1" and "Article 1"', async () => {
    const files = zipEntries(await exportPolicyDocx(policyTestProject('en'), { renderPng, date: new Date(2025, 5, 1) }));
    const text = paragraphs(files.get('word/document.xml')!.toString());
    expect(text).toContain('Cross-Department Collaboration Policy');
    expect(text).toContain('Draft for comment');
    expect(text).toContain('Date: 1 June 2025');
    expect(text).toContain('Chapter 1 General Provisions');
    expect(text).toContain('Annexes');
    expect(text.some((p) => p.startsWith('Article 1 '))).toBe(true);
    expect(tableRows(files.get('word/document.xml')!.toString())).toContainEqual(['Drafted', '', '']);
    expect(files.get('word/styles.xml')!.toString()).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Calibri"/);
  });

  it('shows a long process in parts, each on its own page with a numbered caption', async () => {
    const parts = [solidPng(900, 500, [200, 220, 240]), solidPng(900, 500, [210, 220, 240]), solidPng(700, 500, [220, 220, 240])];
    const inParts = (id: string) => (id === 'launch' ? parts : renderPng(id));
    const files = zipEntries(await exportPolicyDocx(policyTestProject('zh-CN'), { renderPng: inParts }));
    expect([...files.keys()].filter((n) => n.startsWith('word/media/'))).toHaveLength(4);
    const xml = files.get('word/document.xml')!.toString();
    const captions = paragraphs(xml).filter((p) => /^图\s*\d/.test(p) && p.includes('泳道图'));
    expect(captions.filter((c) => c.includes('新产品')).map((c) => c.slice(-5))).toEqual(['（1/3）', '（2/3）', '（3/3）']);
    const pictures = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:drawing>/g)].map((m) => m[0]);
    expect(pictures.filter((p) => p.includes('<w:pageBreakBefore/>'))).toHaveLength(2);
  });

  it('refreshes generated parts from the model at every export', async () => {
    const state = execute(policyTestProject('zh-CN'), { type: 'update', table: 'steps', id: 'e4', patch: { name: '展台物料准备' } }).state;
    const rows = tableRows(zipEntries(await exportPolicyDocx(state, { renderPng })).get('word/document.xml')!.toString());
    expect(rows).toContainEqual(['N04', '展台物料准备', '', 'A', 'R', '', 'I', '', 'R', 'C', '']);
  });

  it('says which diagram failed when the renderer throws, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-word-'));
    try {
      const failing = (id: string) => (id === 'event' ? Promise.reject(new Error('layout failed')) : renderPng(id));
      await expect(exportPolicyDocx(policyTestProject('zh-CN'), { renderPng: failing, outPath: join(dir, 'x.docx') })).rejects.toThrow('跨部门市场活动');
      const svgInstead = (id: string) => (id === 'launch' ? Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') : renderPng(id));
      await expect(exportPolicyDocx(policyTestProject('zh-CN'), { renderPng: svgInstead, outPath: join(dir, 'x.docx') })).rejects.toThrow(/新产品上线.*Not a PNG/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
