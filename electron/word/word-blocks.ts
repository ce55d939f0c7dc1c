import { AlignmentType, HeadingLevel, ImageRun, LineRuleType, Paragraph, TextRun, type FileChild } from 'docx';
import type { Language } from '../../shared/model/entities';
import type { PolicyBlock, PolicyDocumentChapter } from '../../shared/policy/policy-document-types';
import { fitInside, pngSize } from './png-size';
import { STYLE } from './word-styles';
import { wordTable } from './word-tables';
import { textHeight, textWidth, twipsToPixels, type Orientation } from './word-page';
import type { Typography } from './word-typography';

/** A stretch of the body on pages of one orientation; each becomes a section. */
export interface BodyRun {
  readonly orientation: Orientation;
  readonly children: FileChild[];
}

export interface BlockContext {
  readonly language: Language;
  readonly typography: Typography;
  /** Swimlane pictures by process id. */
  readonly diagrams: ReadonlyMap<string, Uint8Array>;
}

/** Room left under a picture for its caption and the paragraph after, in twips. */
const CAPTION_ROOM = 1440;

function article(block: Extract<PolicyBlock, { kind: 'article' }>, ctx: BlockContext): Paragraph[] {
  const zh = ctx.language === 'zh-CN';
  const runs = [new TextRun({ text: block.label, font: zh ? ctx.typography.heading : undefined, bold: !zh })];
  if (block.text) runs.push(new TextRun({ text: (zh ? '\u3000' : ' ') + block.text }));
  return [new Paragraph({ style: STYLE.article, children: runs, keepNext: block.items.length > 0 }), ...block.items.map((text) => new Paragraph({ style: STYLE.item, text }))];
}

/** The largest size of the picture on a page of this orientation, caption room kept. */
function pictureSize(png: Uint8Array, orientation: Orientation) {
  return fitInside(pngSize(png), { width: twipsToPixels(textWidth(orientation)), height: twipsToPixels(textHeight(orientation) - CAPTION_ROOM) });
}

/** A wide swimlane diagram gets a landscape page when that shows it at least a quarter larger. */
export function diagramOrientation(png: Uint8Array): Orientation {
  return pictureSize(png, 'landscape').width >= 1.25 * pictureSize(png, 'portrait').width ? 'landscape' : 'portrait';
}

function diagram(processId: string, caption: string, ctx: BlockContext, orientation: Orientation): Paragraph[] {
  const png = ctx.diagrams.get(processId);
  if (!png) return [];
  const size = pictureSize(png, orientation);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ImageRun({ type: 'png', data: png, transformation: size, altText: { name: caption, title: caption, description: caption } })],
    }),
    new Paragraph({ style: STYLE.caption, text: caption }),
  ];
}

function blockChildren(block: PolicyBlock, ctx: BlockContext, orientation: Orientation, first: boolean, annex: boolean): FileChild[] {
  switch (block.kind) {
    case 'article':
      return article(block, ctx);
    case 'heading':
      // Each form of the annex starts on its own page, so it can be copied and filled in.
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text, pageBreakBefore: annex && !first })];
    case 'diagram':
      return diagram(block.processId, block.caption, ctx, orientation);
    case 'table': {
      const table = wordTable(block.table, textWidth(orientation));
      const caption = block.caption ? [new Paragraph({ style: STYLE.caption, text: block.caption, keepNext: true })] : [];
      // A paragraph between tables keeps Word from merging them; form tables may merge, they are one form.
      const after = block.table.role === 'form' ? [] : [new Paragraph({ style: STYLE.table, text: '' })];
      return [...caption, table, ...after];
    }
  }
}

function blockOrientation(block: PolicyBlock, ctx: BlockContext): Orientation {
  if (block.kind === 'table') return block.table.landscape ? 'landscape' : 'portrait';
  const png = block.kind === 'diagram' ? ctx.diagrams.get(block.processId) : undefined;
  return png ? diagramOrientation(png) : 'portrait';
}

/** The chapters as runs of portrait and landscape pages: wide RACI tables and wide diagrams get landscape pages. */
export function bodyRuns(chapters: readonly PolicyDocumentChapter[], ctx: BlockContext): BodyRun[] {
  const runs: BodyRun[] = [];
  const push = (orientation: Orientation, children: FileChild[]) => {
    const last = runs[runs.length - 1];
    if (last && last.orientation === orientation) last.children.push(...children);
    else runs.push({ orientation, children });
  };
  for (const chapter of chapters) {
    const annex = chapter.chapter === 'annex';
    const sep = ctx.language === 'zh-CN' ? '\u3000' : ' ';
    const text = chapter.label ? `${chapter.label}${sep}${chapter.title}` : chapter.title;
    push('portrait', [new Paragraph({ heading: HeadingLevel.HEADING_1, text, pageBreakBefore: annex })]);
    chapter.blocks.forEach((block, i) => {
      const orientation = blockOrientation(block, ctx);
      push(orientation, blockChildren(block, ctx, orientation, i === 0, annex));
    });
  }
  return runs;
}
