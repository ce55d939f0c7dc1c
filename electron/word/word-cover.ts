import { AlignmentType, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import type { PolicyFacts } from '../../shared/policy/policy-facts';
import type { PolicyLabels } from '../../shared/policy/policy-labels';
import type { PolicyLayout } from '../../shared/policy/policy-params';
import type { ApprovalBlock, Signoff } from './policy-docx-types';
import { STYLE } from './word-styles';
import { wordTable } from './word-tables';
import { textWidth } from './word-page';

function signoff(s: Signoff | string | undefined): Signoff {
  return typeof s === 'string' ? { name: s } : (s ?? { name: '' });
}

/**
 * 拟制 / 审核 / 会签 / 批准 with names and dates, blank where they are still to be signed. A draft has
 * no 批准 yet: its last row names the body it goes to (审议).
 */
export function approvalTable(labels: PolicyLabels, facts: PolicyFacts, approval: ApprovalBlock, layout: PolicyLayout): FileChild {
  const issued = facts.stage === 'issued';
  const approver = signoff(approval.approver);
  const rows: Array<[string, Signoff]> = [
    [labels.drafted, signoff(approval.drafter)],
    [labels.reviewed, signoff(approval.reviewer)],
    [labels.countersignTitle, { name: labels.list(facts.countersign) }],
    [issued ? labels.approved : labels.approvingBodyField, issued ? approver : { name: approver.name || facts.approvingBody, ...(approver.date ? { date: approver.date } : {}) }],
  ];
  return wordTable(
    {
      role: 'form',
      widths: [2.6, 3.6, 2.2],
      header: [[labels.approvalRole, labels.approvalName, labels.approvalDate].map((text) => ({ text }))],
      rows: rows.map(([role, s]) => [role, s.name, s.date ?? '']),
      centred: [0, 1, 2],
      landscape: false,
      blank: true,
    },
    Math.round(textWidth(layout, 'portrait') * 0.8),
    true,
  );
}

/**
 * The title as a client's policy has it: the company on a line of its own above 跨部门协作管理办法,
 * rather than wrapped wherever the line ends (leaving "法" alone) under the company's name again.
 */
function titleLines(facts: PolicyFacts): Paragraph[] {
  const rest = facts.company && facts.title.startsWith(facts.company) ? facts.title.slice(facts.company.length).trim() : '';
  if (!rest) return [new Paragraph({ style: STYLE.cover, text: facts.company, spacing: { before: 1600 } }), new Paragraph({ style: STYLE.coverTitle, text: facts.title, spacing: { before: 600 } })];
  return [new Paragraph({ style: STYLE.coverTitle, spacing: { before: 2200 }, children: [new TextRun(facts.company), new TextRun({ text: rest, break: 1 })] })];
}

/** The cover: 文件编号, company, title, status, version, approving body and dates, and the approval block. */
export function coverPage(labels: PolicyLabels, facts: PolicyFacts, approval: ApprovalBlock, layout: PolicyLayout, document: 'policy' | 'report' = 'policy'): FileChild[] {
  const issued = facts.stage === 'issued';
  // A report is not issued as a rule: it carries no document number, approving body or effective date.
  const policy = document === 'policy';
  return [
    ...(policy ? [new Paragraph({ style: STYLE.header, alignment: AlignmentType.RIGHT, text: labels.field(labels.documentNumber, facts.documentNumber) })] : []),
    ...titleLines(facts),
    new Paragraph({ style: STYLE.cover, text: labels.statusLine(facts.status), spacing: { before: 300 } }),
    new Paragraph({ style: STYLE.cover, text: labels.field(labels.version, facts.version), spacing: { before: 1200 } }),
    ...(policy
      ? [
          new Paragraph({ style: STYLE.cover, text: labels.field(labels.approvingBodyField, facts.approvingBody) }),
          new Paragraph({ style: STYLE.cover, text: labels.field(labels.effectiveField(issued), facts.effectiveDate) }),
        ]
      : []),
    new Paragraph({ style: STYLE.cover, text: labels.field(labels.date, facts.issueDate) }),
    new Paragraph({ style: STYLE.caption, text: labels.approvalTitle, keepNext: true, spacing: { before: 900 } }),
    approvalTable(labels, facts, approval, layout),
  ];
}

/** 修订记录 and the 会签 block for the departments that countersign (法务, 人力资源 by default), on the page after the cover. */
export function signoffPage(labels: PolicyLabels, facts: PolicyFacts, layout: PolicyLayout): FileChild[] {
  const width = textWidth(layout, 'portrait');
  const revisions = wordTable(
    {
      role: 'form',
      widths: [1.6, 2.6, 6, 3],
      header: [labels.revisionColumns.map((text) => ({ text }))],
      rows: [[facts.version, facts.issueDate, labels.revisionNote[facts.stage], facts.processOffice], ['', '', '', ''], ['', '', '', '']],
      centred: [0, 1],
      landscape: false,
      blank: true,
    },
    width,
  );
  const countersign = wordTable(
    {
      role: 'form',
      widths: [3, 6, 2.4, 2.4],
      header: [labels.countersignColumns.map((text) => ({ text }))],
      rows: facts.countersign.map((name) => [name, '', '', '']),
      centred: [0],
      landscape: false,
      blank: true,
    },
    width,
  );
  return [
    new Paragraph({ style: STYLE.contents, text: labels.revisionsTitle, pageBreakBefore: true }),
    revisions,
    new Paragraph({ style: STYLE.table, text: '' }),
    new Paragraph({ style: STYLE.contents, text: labels.countersignTitle, keepNext: true }),
    countersign,
  ];
}

/**
 * 目录: a real TOC field over the chapter and annex headings, written with the page numbers the
 * export works out (the document's page estimator), so it reads right before any field update.
 */
export function contentsPage(labels: PolicyLabels): FileChild[] {
  return [
    new Paragraph({ style: STYLE.contents, text: labels.contents, alignment: AlignmentType.CENTER, pageBreakBefore: true }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}
