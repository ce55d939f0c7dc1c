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
import { leadDepartmentName, policyFacts, type PolicyFacts } from './policy-facts';
import { policyLabels, type PolicyLabels } from './policy-labels';
import { fillTokens } from './policy-tokens';
import { processListTable, raciLegendTable, raciTables } from './raci-tables';

/** Running numbers of articles, figures and tables across the whole document; parameters filled in as text is read. */
class Counters {
  articleNo = 0;
  figureNo = 0;
  tableNo = 0;
  constructor(
    readonly language: Language,
    readonly labels: PolicyLabels,
    readonly fill: (text: string) => string,
  ) {}

  /** The next article, its items marked （一）（二）… / (a) (b) …; a lone item is no list and runs on. */
  article(a: PolicyArticle): PolicyBlock {
    const text = this.fill(a.text);
    const items = a.items.map((item) => this.fill(item));
    const label = articleLabel(++this.articleNo, this.language);
    if (items.length === 1) return { kind: 'article', label, text: this.join(text, items[0]!), items: [] };
    return { kind: 'article', label, text, items: items.map((item, i) => this.join(itemLabel(i + 1, this.language), item)) };
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

/** One annex: its title, and its blocks once the numbers before it are known. */
interface Annex {
  readonly title: string;
  readonly blocks: (n: Counters) => PolicyBlock[];
}

/** An annex for each process: its owner, summary, swimlane diagram, key-node table and responsibility tables. */
function processAnnex(state: ProjectState, p: Process, facts: PolicyFacts): Annex {
  return {
    title: p.name,
    blocks: (n) => {
      const { labels } = n;
      const blocks: PolicyBlock[] = [{ kind: 'paragraph', text: labels.leadLine(leadDepartmentName(state, p.id, labels)) }];
      // The description is one paragraph: its own lines run on.
      const description = p.description.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).reduce((a, b) => n.join(a, b), '');
      const lead = description ? `${description}${/[。．.!?！？]$/.test(description) ? '' : labels.sentenceEnd}` : '';
      const steps = processSteps(state, p.id);
      if (steps.length === 0) return [...blocks, { kind: 'paragraph', text: n.join(lead, labels.processWithoutSteps(p.name)) }];
      const figure = n.nextFigure();
      const table = n.nextTable();
      const departments = labels.list(laneDepartments(state, p.id));
      const keyNodes = steps.filter((s) => KEY_NODE_KINDS.has(s.kind)).length;
      blocks.push({ kind: 'paragraph', text: n.join(lead, labels.processSummary({ name: p.name, departments, steps: steps.length, keyNodes, figure, table })) });
      blocks.push({ kind: 'diagram', processId: p.id, caption: labels.caption(figure, labels.diagramCaption(p.name)) });
      blocks.push(n.table(table, labels.keyNodesCaption(p.name), keyNodeTable(state, steps, labels, facts.params.hoursPerDay)));
      const parts = raciTables(state, p.id, steps, labels);
      parts.forEach((t, i) => {
        const caption = labels.raciCaption(p.name) + (parts.length > 1 ? labels.part(i + 1, parts.length) : '');
        blocks.push(n.table(n.nextTable(), caption, t));
      });
      return blocks;
    },
  };
}

function formAnnexes(section: PolicySection | undefined): Annex[] {
  if (!section) return [];
  return parsePolicyBody(section.body).map((form) => ({
    title: form.text,
    blocks: (n) => formTables({ text: form.text, items: form.items.map(n.fill) }).map((table): PolicyBlock => ({ kind: 'table', caption: '', table })),
  }));
}

/**
 * The annexes in order: the list of processes with their owners, one per process, the rulings,
 * then the user's forms. Process data lives here, kept by the process office, so that changing a
 * process does not reopen the policy itself.
 */
function annexPlan(state: ProjectState, processes: readonly Process[], facts: PolicyFacts, language: Language, forms: PolicySection | undefined): Annex[] {
  const labels = policyLabels(language);
  const annexes: Annex[] = [];
  if (processes.length > 0) {
    annexes.push({
      title: labels.processListTitle,
      blocks: (n) => [
        n.table(n.nextTable(), labels.processListTitle, processListTable(state, processes, labels, (i) => annexLabel(i + 2, n.language))),
        n.table(n.nextTable(), labels.processListCaption, raciLegendTable(labels)),
      ],
    });
    for (const p of processes) annexes.push(processAnnex(state, p, facts));
  }
  const rulings = decisionTable(state, language, labels);
  if (rulings) annexes.push({ title: labels.rulingsAnnexTitle, blocks: (n) => [n.table(n.nextTable(), labels.rulingsAnnexTitle, rulings)] });
  annexes.push(...formAnnexes(forms));
  return annexes;
}

export interface PolicyDocumentOptions {
  /** The day the document is written: the issue date when the project sets none. */
  readonly today?: Date;
}

/**
 * The policy of a project, numbered, its parameters filled in, with the parts generated from the
 * model — the count of processes, the rulings, and the annexes with the process list, diagrams,
 * key-node and responsibility tables and the forms — in place after the user's articles.
 */
export function buildPolicyDocument(state: ProjectState, language: Language = state.meta.language, options: PolicyDocumentOptions = {}): PolicyDocument {
  const labels = policyLabels(language);
  const facts = policyFacts(state, language, options.today ?? new Date());
  const processes = sortedByOrder(Object.values(state.tables.processes));
  const sections = exportSections(state, language);
  const annexSection = sections.find((s) => s.chapter === 'annex');
  const annexes = annexPlan(state, processes, facts, language, annexSection);
  const annexNumber = new Map<string, string>();
  annexes.forEach((a, i) => {
    if (!annexNumber.has(a.title)) annexNumber.set(a.title, annexLabel(i + 1, language));
  });
  const n = new Counters(language, labels, (text) => fillTokens(text, facts, labels, (title) => annexNumber.get(title)));
  const done = new Set<string>();
  let chapterNo = 0;
  const chapters: PolicyDocumentChapter[] = [];
  for (const section of sections) {
    const title = stripNumberPrefix(section.title) || section.title;
    if (section.chapter === 'annex') {
      if (done.has('annex') || annexes.length === 0) continue;
      done.add('annex');
      const blocks = annexes.flatMap((a, i): PolicyBlock[] => [{ kind: 'heading', text: `${annexLabel(i + 1, language)}  ${a.title}` }, ...a.blocks(n)]);
      chapters.push({ chapter: section.chapter, label: '', title, blocks });
      continue;
    }
    const blocks = parsePolicyBody(section.body).map((a) => n.article(a));
    // Generated parts go into the first chapter of their kind only.
    if (!done.has(section.chapter)) {
      done.add(section.chapter);
      if (section.chapter === 'framework' && processes.length > 0) {
        const first = annexLabel(2, language);
        const last = annexLabel(processes.length + 1, language);
        blocks.push(n.article({ text: labels.frameworkArticle(processes.length, annexLabel(1, language), first, last), items: [] }));
      }
      const rulings = annexes.findIndex((a) => a.title === labels.rulingsAnnexTitle);
      if (section.chapter === 'escalation' && rulings >= 0) blocks.push(n.article({ text: labels.rulingsArticle(annexLabel(rulings + 1, language)), items: [] }));
    }
    chapters.push({ chapter: section.chapter, label: chapterLabel(++chapterNo, language), title, blocks });
  }
  return { language, facts, chapters, articleCount: n.articleNo };
}
