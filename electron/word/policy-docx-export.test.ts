import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import type { Language } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { articleLabel } from '../../shared/policy/article-numbering';
import { policyTestProject } from '../../shared/policy/policy-test-project';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { TEMPLATE_IDS, type TemplateId } from '../../shared/templates/template-catalogue';
import { exportPolicyDocx } from './policy-docx-export';
import { solidPng } from './test-png';
import { zipEntries } from './zip-entries';

const PICTURES: Record<string, Buffer> = { launch: solidPng(1200, 500, [200, 220, 240]), event: solidPng(600, 700, [240, 220, 200]) };
const renderPng = (processId: string) => PICTURES[processId] ?? solidPng(900, 500);
const day = new Date(2025, 2, 20);

/** Text of each paragraph, in document order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** Cell texts of every table row, in document order. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join('\n')));
}

const withParams = (state: ProjectState, patch: Partial<ProjectState['meta']['policy']>) => execute(state, { type: 'setMeta', patch: { policy: { ...state.meta.policy, ...patch } } }).state;

function templateProject(id: TemplateId, language: Language): ProjectState {
  let n = 0;
  const state = emptyProject({ name: 'P', language, organisation: language === 'zh-CN' ? '华东智造集团有限公司' : 'Eastern Manufacturing Group' });
  return execute(state, templateCommands(id, language, state, () => `t${n++}`)).state;
}

async function exported(state: ProjectState) {
  const files = zipEntries(await exportPolicyDocx(state, { renderPng, date: day }));
  const xml = files.get('word/document.xml')!.toString('utf8');
  return { files, xml, text: paragraphs(xml), rows: tableRows(xml) };
}

describe('exportPolicyDocx (zh-CN, enterprise style)', () => {
  let doc: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    const state = withParams(policyTestProject('zh-CN'), { documentNumber: '华智〔2025〕12号', processOffice: 'qa', countersign: ['fin'] });
    doc = await exported(state);
  }, 60_000);

  it('has the enactment elements on the cover: 文件编号, company in the title, stage, version, approving body, fixed dates', () => {
    for (const line of ['文件编号：华智〔2025〕12号', '华东智造集团有限公司跨部门协作管理办法', '（征求意见稿）', '版本：V0.1', '审批机构：总经理办公会', '拟施行日期：2025年4月1日', '日期：2025年3月20日']) {
      expect(doc.text).toContain(line);
    }
    // A draft has no 批准 row yet: it names the body it goes to.
    expect(doc.rows).toContainEqual(['审批机构', '总经理办公会', '']);
    expect(doc.rows.some((r) => r[0] === '批准')).toBe(false);
  });

  it('has the revision record and a 会签 block for the chosen departments', () => {
    expect(doc.text).toContain('修订记录');
    expect(doc.rows).toContainEqual(['版本', '日期', '修订说明', '编制部门']);
    expect(doc.rows).toContainEqual(['V0.1', '2025年3月20日', '初稿，征求各部门意见', '质量部']);
    expect(doc.rows).toContainEqual(['会签部门', '会签意见', '签字', '日期']);
    expect(doc.rows).toContainEqual(['财务部', '', '', '']);
  });

  it('has the definitions, the request procedure, supervision, confidentiality, training and an enforceable 奖惩 chapter', () => {
    const body = doc.text.join('\n');
    for (const phrase of ['第一条　为规范华东智造集团有限公司跨部门协作行为', '根据《中华人民共和国公司法》', '工作日，是指', '响应，是指', '紧急事项，是指', '主办、协办、会签、知会，分别对应', '质量部为本办法的归口管理部门（以下简称流程管理部门）',
      '提出。', '受理。', '执行。', '验收。', '归档。', '一般事项，1 个工作日', '紧急事项，4 小时', '特急事项，1 小时', '由各部门值班人员受理',
      '第七章　信息保密', '第八章　监督检查', '第九章　培训', '《中华人民共和国劳动合同法》第四条', '公示', '申诉', '《绩效考核管理办法》', '《员工奖惩管理办法》',
      '自2025年4月1日起施行。公司此前发布的有关规定与本办法不一致的，以本办法为准。']) {
      expect(body).toContain(phrase);
    }
    expect(body).not.toMatch(/钉钉|飞书|[{}]|（见附件）|流程流程/);
    const labels = doc.text.flatMap((p) => /^(第[一二三四五六七八九十百零]+条)/.exec(p)?.[1] ?? []);
    expect(labels).toEqual(labels.map((_, i) => articleLabel(i + 1, 'zh-CN')));
    // No "一、" heading inside the 章/条 structure, and no list of one item.
    expect(doc.text.filter((p) => /^[一二三四五六七八九十]+、/.test(p))).toEqual([]);
    const items = doc.text.map((p) => /^（一）/.test(p));
    items.forEach((first, i) => first && expect(doc.text[i + 1]).toMatch(/^（二）/));
  });

  it('puts the process data in numbered annexes, cited by number', () => {
    const annexes = doc.text.filter((p) => /^附件\d+ .*\D$/.test(p));
    expect(annexes.slice(0, 4)).toEqual(['附件1  跨部门协作流程清单', '附件2  新产品上线', '附件3  跨部门市场活动', '附件4  权责裁定记录']);
    expect(doc.text.join('\n')).toContain('各流程的泳道图、关键节点说明表和职责分配表见附件2至附件3');
    expect(doc.rows).toContainEqual(['1', '新产品上线', '市场部', '7', '附件2']);
    expect(doc.text).toContain('牵头部门：市场部');
    expect(doc.rows).toContainEqual(['N02', '需求评审（审批点）', '需求说明书', '评审意见', '研发部经理', '2 个工作日']);
    expect(doc.rows).toContainEqual(['N04', '物料准备', '', '主办', '协办', '', '知会', '', '协办', '会签', '']);
    expect(doc.rows).toContainEqual(['A', '负责人（Accountable）', '主办', '对节点结果负最终责任；每个节点有且只有一个负责人。']);
  });

  it('has the forms with number, urgency, acceptance, result and signature fields, the RACI change request and the ruling record', () => {
    for (const form of ['跨部门工作联系单', 'RACI 职责分配变更申请单', '决议记录单']) expect(doc.text.some((p) => p.endsWith(form) && /^附件\d+/.test(p))).toBe(true);
    for (const row of [['编号', ''], ['紧急程度', '□一般　□紧急　□特急'], ['受理意见及经办人', ''], ['办理结果', ''], ['验收人（签字）及日期', '']]) expect(doc.rows).toContainEqual(row);
    expect(doc.rows).toContainEqual(['节点', '原职责分配', '变更后职责分配', '涉及部门']);
    expect(doc.rows).toContainEqual(['决议内容', '主办部门', '完成时限']);
  });

  it('prints an empty duration as a dash', { timeout: 60_000 }, async () => {
    const state = execute(policyTestProject('zh-CN'), { type: 'update', table: 'steps', id: 'l3', patch: { durationValue: null } }).state;
    const row = (await exported(state)).rows.find((r) => r[0] === 'N03' && r.length === 6);
    expect(row?.[5]).toBe('—');
  });

  it('writes the contents with page numbers and "第 X 页 共 Y 页" in the footer, with no field left for Word to update', () => {
    expect(doc.xml).toMatch(/<w:instrText[^>]*>TOC [^<]*&quot;1-2&quot;/);
    const toc = /<w:sdtContent>[\s\S]*?<\/w:sdtContent>/.exec(doc.xml)![0];
    const entries = paragraphs(toc).filter((p) => /\d+$/.test(p));
    expect(entries.length).toBeGreaterThan(15);
    expect(entries[0]).toMatch(/^第一章.*总则\D*\d+$/);
    expect(doc.files.get('word/settings.xml')!.toString()).not.toMatch(/updateFields/);
    const footers = [...doc.files.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => doc.files.get(n)!.toString());
    expect(footers.some((f) => /第 [\s\S]*PAGE[\s\S]* 页 共 [\s\S]*NUMPAGES[\s\S]* 页/.test(f))).toBe(true);
  });

  it('sets exact line heights and 宋体 / 黑体 in the enterprise style', () => {
    const styles = doc.files.get('word/styles.xml')!.toString();
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toMatch(/w:eastAsia="SimSun"/);
    expect(defaults).toMatch(/w:lineRule="exact"/);
    expect(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0]).toMatch(/w:eastAsia="SimHei"/);
  });
});

describe('exportPolicyDocx (GB/T 9704)', () => {
  it('uses 仿宋_GB2312 三号 on 22 lines of 28 characters, 黑体 and 楷体 headings, 小标宋 title and "— 1 —" page numbers', { timeout: 60_000 }, async () => {
    const doc = await exported(withParams(policyTestProject('zh-CN'), { layout: 'gbt9704' }));
    const styles = doc.files.get('word/styles.xml')!.toString();
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toMatch(/w:line="579" w:lineRule="exact"|w:lineRule="exact"[^>]*w:line="579"/);
    expect(defaults).toMatch(/<w:spacing w:val="-5"\/>/);
    expect(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0]).toMatch(/w:eastAsia="黑体"/);
    expect(/<w:style [^>]*w:styleId="Heading2"[\s\S]*?<\/w:style>/.exec(styles)![0]).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(/<w:style [^>]*w:styleId="PolicyCoverTitle"[\s\S]*?<\/w:style>/.exec(styles)![0]).toMatch(/w:eastAsia="方正小标宋简体"/);
    // 版心 156 × 225 mm: top 37, bottom 35, left 28, right 26 mm.
    expect(doc.xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const footers = [...doc.files.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => doc.files.get(n)!.toString());
    const dashed = footers.filter((f) => /— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> —/.test(f));
    expect(new Set(dashed.map((f) => /<w:jc w:val="(\w+)"/.exec(f)?.[1]))).toEqual(new Set(['left', 'right']));
    expect(doc.files.get('word/settings.xml')!.toString()).toMatch(/<w:evenAndOddHeaders( w:val="true")?\/>/);
  });
});

describe('no doubled words in any template export', () => {
  it.each(TEMPLATE_IDS.flatMap((id) => (['zh-CN', 'en'] as const).map((language) => [id, language] as const)))('%s (%s)', async (id, language) => {
    const { text, rows } = await exported(templateProject(id, language));
    const all = [...text, ...rows.flat()].filter(Boolean);
    const doubled = language === 'zh-CN' ? /(\p{Script=Han}{2,4})\1/u : /\b(\w{2,})\s+\1\b/i;
    expect(all.filter((p) => doubled.test(p))).toEqual([]);
    expect(all.join('\n')).not.toMatch(/[{}]/);
  }, 60_000);
});

describe('exportPolicyDocx (edge cases)', () => {
  it('says which diagram failed when the renderer throws, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-word-'));
    try {
      const failing = (id: string) => (id === 'event' ? Promise.reject(new Error('layout failed')) : renderPng(id));
      await expect(exportPolicyDocx(policyTestProject('zh-CN'), { renderPng: failing, outPath: join(dir, 'x.docx') })).rejects.toThrow('跨部门市场活动');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the file it returns, atomically', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-word-'));
    try {
      const out = join(dir, 'p.docx');
      const bytes = await exportPolicyDocx(policyTestProject('en'), { renderPng, outPath: out, date: day });
      expect(readFileSync(out).equals(bytes)).toBe(true);
      expect(readdirSync(dir)).toEqual(['p.docx']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
