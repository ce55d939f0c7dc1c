import { AlignmentType, Paragraph, TableOfContents, type FileChild } from 'docx';
import type { PolicyLabels } from '../../shared/policy/policy-labels';
import type { ApprovalBlock, Signoff } from './policy-docx-types';
import { STYLE } from './word-styles';
import { wordTable } from './word-tables';
import { textWidth } from './word-page';

export interface CoverFacts {
  readonly organisation: string;
  readonly status: string;
  readonly version: string;
  readonly date: string;
  readonly approval: ApprovalBlock;
}

function signoff(s: Signoff | string | undefined): Signoff {
  return typeof s === 'string' ? { name: s } : (s ?? { name: '' });
}

/** 拟制 / 审核 / 批准 with names and dates, blank where they are still to be signed. */
function approvalTable(labels: PolicyLabels, approval: ApprovalBlock): FileChild {
  const rows: Array<[string, Signoff]> = [
    [labels.drafted, signoff(approval.drafter)],
    [labels.reviewed, signoff(approval.reviewer)],
    [labels.approved, signoff(approval.approver)],
  ];
  return wordTable(
    {
      role: 'form',
      widths: [2, 3, 3],
      header: [[labels.approvalRole, labels.approvalName, labels.approvalDate].map((text) => ({ text }))],
      rows: rows.map(([role, s]) => [role, s.name, s.date ?? '']),
      centred: [0, 1, 2],
      landscape: false,
      blank: true,
    },
    Math.round(textWidth('portrait') * 0.7),
    true,
  );
}

/** The cover: organisation, title, status, version and date, and the approval block at the foot. */
export function coverPage(labels: PolicyLabels, facts: CoverFacts): FileChild[] {
  const table = approvalTable(labels, facts.approval);
  // Fixed gaps in twips rather than blank lines, so the cover stays one page in Word, WPS and LibreOffice.
  return [
    new Paragraph({ style: STYLE.cover, text: facts.organisation, spacing: { before: 1400 } }),
    new Paragraph({ style: STYLE.coverTitle, text: labels.title, spacing: { before: 2000 } }),
    new Paragraph({ style: STYLE.cover, text: facts.status }),
    new Paragraph({ style: STYLE.cover, text: labels.field(labels.version, facts.version), spacing: { before: 1800 } }),
    new Paragraph({ style: STYLE.cover, text: labels.field(labels.date, facts.date) }),
    new Paragraph({ style: STYLE.caption, text: labels.approvalTitle, keepNext: true, spacing: { before: 2400 } }),
    table,
  ];
}

/** 目录: a real TOC field over the chapter and section headings, filled in when Word opens the file. */
export function contentsPage(labels: PolicyLabels): FileChild[] {
  return [
    new Paragraph({ style: STYLE.contents, text: labels.contents, alignment: AlignmentType.CENTER }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}
