import type { Language, PolicySection, Process } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import { processSteps } from '../process/step-order';
import { formTables } from './annex-forms';
import { annexLabel, articleLabel, chapterLabel, itemLabel, stripNumberPrefix } from './article-numbering';
import { decisionTable } from './decision-table';
import { exportSections } from './export-sections';
import { KEY_NODE_KINDS, keyNodeTable } from './key-node-table';
import { parsePolicyBody, type PolicyArticle } from './policy-body';
import type { PolicyBlock, PolicyDocument, PolicyDocumentChapter, PolicyTable } from './policy-document-types';
import { policyLabels, type PolicyLabels } from './policy-labels';
import { raciLegendTable, raciTables } from './raci-tables';

/** Running numbers of articles, figures, tables and annexes across the whole document. */
class Counters {
  articleNo = 0;
  figureNo = 0;
  tableNo = 0;
  annexNo = 0;
  constructor(
    readonly language: Language,
    readonly labels: PolicyLabels,
  ) {}

  /** The next article, its items marked （一）（二）… / (a) (b) …. */
  article(a: PolicyArticle): PolicyBlock {
    const items = a.items.map((item, i) => this.join(itemLabel(i + 1, this.language), item));
    return { kind: 'article', label: articleLabel(++this.articleNo, this.language), text: a.text, items };
  }
  /** Sentences run on in Chinese and take a space in English. */
  join(a: string, b: string): string {
    return a && b ? `${a}${this.language === 'zh-CN' ? '' : ' '}${b}` : a + b;
  }
  nextTable(): string {
    return this.labels.table(++this.tableNo);
  }
  nextFigure(): string {
    return this.labels.figure(++this.figureNo);
  }
  table(numbered: string, caption: string, table: PolicyTable): PolicyBlock {
    return { kind: 'table', caption: this.labels.caption(numbered, caption), table };
  }
}

function laneDepartments(state: ProjectState, processId: string): string[] {
  const lanes = sortedByOrder(Object.values(state.tables.lanes).filter((l) => l.processId === processId));
  return lanes.map((l) => state.tables.departments[l.departmentId]?.name ?? '').filter(Boolean);
}

/** 总则: the processes this policy covers, as one article. */
function scopeBlocks(processes: readonly Process[], n: Counters): PolicyBlock[] {
  if (processes.length === 0) return [];
  return [n.article({ text: n.labels.scopeArticle, items: processes.map((p) => p.name) })];
}

/** 流程框架: per process its description and summary, swimlane diagram and key-node table. */
function frameworkBlocks(state: ProjectState, processes: readonly Process[], n: Counters): PolicyBlock[] {
  const { labels } = n;
  const blocks: PolicyBlock[] = [];
  processes.forEach((p, i) => {
    blocks.push({ kind: 'heading', text: labels.processHeading(i + 1, p.name) });
    // The article is one paragraph: the description's own lines run on.
    const description = p.description.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).reduce((a, b) => n.join(a, b), '');
    const lead = description ? `${description}${/[。．.!?！？]$/.test(description) ? '' : labels.sentenceEnd}` : '';
    const steps = processSteps(state, p.id);
    if (steps.length === 0) {
      blocks.push(n.article({ text: n.join(lead, labels.processWithoutSteps(p.name)), items: [] }));
      return;
    }
    const figure = n.nextFigure();
    const table = n.nextTable();
    const summary = labels.processSummary({
      name: p.name,
      departments: labels.list(laneDepartments(state, p.id)),
      steps: steps.length,
      keyNodes: steps.filter((s) => KEY_NODE_KINDS.has(s.kind)).length,
      figure,
      table,
    });
    blocks.push(n.article({ text: n.join(lead, summary), items: [] }));
    blocks.push({ kind: 'diagram', processId: p.id, caption: labels.caption(figure, labels.diagramCaption(p.name)) });
    blocks.push(n.table(table, labels.keyNodesCaption(p.name), keyNodeTable(state, steps, labels)));
  });
  return blocks;
}

/** 职责分工: the RACI legend and each process's matrix, split when it has many parties. */
function responsibilityBlocks(state: ProjectState, processes: readonly Process[], n: Counters): PolicyBlock[] {
  const { labels } = n;
  const withSteps = processes.map((p) => ({ p, steps: processSteps(state, p.id) })).filter((x) => x.steps.length > 0);
  if (withSteps.length === 0) return [];
  const legend = n.nextTable();
  const first = labels.table(n.tableNo + 1);
  const matrices = withSteps.map(({ p, steps }) => ({ p, parts: raciTables(state, p.id, steps, labels) }));
  // One wide matrix turns them all landscape, so the pages do not flip back and forth.
  const landscape = matrices.some((m) => m.parts.some((t) => t.landscape));
  const tables: PolicyBlock[] = [];
  for (const { p, parts } of matrices) {
    parts.forEach((t, i) => {
      const caption = labels.raciCaption(p.name) + (parts.length > 1 ? labels.part(i + 1, parts.length) : '');
      tables.push(n.table(n.nextTable(), caption, { ...t, landscape }));
    });
  }
  const last = labels.table(n.tableNo);
  return [n.article({ text: labels.raciArticle(legend, first, last), items: [] }), n.table(legend, labels.legendCaption, raciLegendTable(labels)), ...tables];
}

/** 冲突处理与升级机制: the rulings of the resolution log. */
function escalationBlocks(state: ProjectState, n: Counters): PolicyBlock[] {
  const table = decisionTable(state, n.language, n.labels);
  if (!table) return [];
  const numbered = n.nextTable();
  return [n.article({ text: n.labels.decisionsArticle(numbered), items: [] }), n.table(numbered, n.labels.decisionsCaption, table)];
}

function annexBlocks(section: PolicySection, n: Counters): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  for (const form of parsePolicyBody(section.body)) {
    if (form.text) blocks.push({ kind: 'heading', text: `${annexLabel(++n.annexNo, n.language)}  ${form.text}` });
    for (const table of formTables(form)) blocks.push({ kind: 'table', caption: '', table });
  }
  return blocks;
}

/**
 * The policy of a project, numbered and with the parts generated from the model — the processes in
 * scope, diagrams, key-node and RACI tables, rulings — in their chapters, after the user's articles.
 */
export function buildPolicyDocument(state: ProjectState, language: Language = state.meta.language): PolicyDocument {
  const n = new Counters(language, policyLabels(language));
  const processes = sortedByOrder(Object.values(state.tables.processes));
  const done = new Set<string>();
  let chapterNo = 0;
  const chapters: PolicyDocumentChapter[] = exportSections(state, language).map((section) => {
    const title = stripNumberPrefix(section.title) || section.title;
    if (section.chapter === 'annex') return { chapter: section.chapter, label: '', title, blocks: annexBlocks(section, n) };
    const blocks = parsePolicyBody(section.body).map((a) => n.article(a));
    // Generated parts go into the first chapter of their kind only.
    if (!done.has(section.chapter)) {
      done.add(section.chapter);
      if (section.chapter === 'general') blocks.push(...scopeBlocks(processes, n));
      if (section.chapter === 'framework') blocks.push(...frameworkBlocks(state, processes, n));
      if (section.chapter === 'responsibilities') blocks.push(...responsibilityBlocks(state, processes, n));
      if (section.chapter === 'escalation') blocks.push(...escalationBlocks(state, n));
    }
    return { chapter: section.chapter, label: chapterLabel(++chapterNo, language), title, blocks };
  });
  return { language, organisation: state.meta.organisation, chapters, articleCount: n.articleNo };
}
