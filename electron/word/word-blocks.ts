import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, TextRun, type FileChild } from 'docx';
import type { Language } from '../../shared/model/entities';
import type { PolicyLayout } from '../../shared/policy/policy-params';
import type { PolicyBlock, PolicyDocumentChapter } from '../../shared/policy/policy-document-types';
import { fitInside } from './png-size';
import { pictureRun, pictureSizeOf } from './word-images';
import { STYLE } from './word-styles';
import { startsOwnPage, wordTable } from './word-tables';
import { pictureBox, textWidth, twipsToPixels, type Orientation } from './word-page';
import type { Typography } from './word-typography';
import type { DiagramPictures } from './policy-docx-types';

/** A stretch of the body on pages of one orientation; each becomes a section. */
export interface BodyRun {
  readonly orientation: Orientation;
  readonly children: FileChild[];
}

/** A process's swimlane pictures, in order: sized to print when the drawing planned the page, else fitted to it. */
export interface PlacedDiagram {
  readonly orientation?: Orientation;
  readonly pictures: readonly { readonly image: Uint8Array; readonly points?: { readonly width: number; readonly height: number } }[];
}

/** Parts of a diagram as drawn: plain pictures are fitted to their page, printed ones keep their size. */
export function placedDiagram(pictures: DiagramPictures): PlacedDiagram {
  if (pictures instanceof Uint8Array) return { pictures: [{ image: pictures }] };
  if ('orientation' in pictures) return { orientation: pictures.orientation, pictures: pictures.pictures.map((p) => ({ image: p.image, points: { width: p.width, height: p.height } })) };
  return { pictures: pictures.map((image) => ({ image })) };
}

export interface BlockContext {
  readonly language: Language;
  readonly typography: Typography;
  /** Swimlane pictures by process id: one, or the parts of a long process in order. */
  readonly diagrams: ReadonlyMap<string, PlacedDiagram>;
  /** "（2/3）" after the caption of one part of a diagram. */
  readonly part: (i: number, of: number) => string;
}

function article(block: Extract<PolicyBlock, { kind: 'article' }>, ctx: BlockContext): Paragraph[] {
  const zh = ctx.language === 'zh-CN';
  const runs = [new TextRun({ text: block.label, font: zh ? ctx.typography.heading : undefined, bold: !zh })];
  if (block.text) runs.push(new TextRun({ text: (zh ? '\u3000' : ' ') + block.text }));
  return [new Paragraph({ style: STYLE.article, children: runs, keepNext: block.items.length > 0 }), ...block.items.map((text) => new Paragraph({ style: STYLE.item, text }))];
}

/** The largest size of the picture on a page of this orientation, caption room kept. */
export function pictureSize(image: Uint8Array, layout: PolicyLayout, orientation: Orientation) {
  const box = pictureBox(layout, orientation);
  return fitInside(pictureSizeOf(image), { width: twipsToPixels(box.width), height: twipsToPixels(box.height) });
}

/** A wide swimlane diagram gets a landscape page when that shows it at least a quarter larger. */
export function diagramOrientation(image: Uint8Array, layout: PolicyLayout): Orientation {
  return pictureSize(image, layout, 'landscape').width >= 1.25 * pictureSize(image, layout, 'portrait').width ? 'landscape' : 'portrait';
}

/** docx sizes pictures in pixels at 96 per inch. */
const pointsToPixels = (size: { width: number; height: number }) => ({ width: (size.width * 96) / 72, height: (size.height * 96) / 72 });

/** One picture of a process's diagram with its caption; further parts of a long process start a page. */
function diagramPart(picture: PlacedDiagram['pictures'][number], caption: string, layout: PolicyLayout, orientation: Orientation, pageBreak: boolean): Paragraph[] {
  const { image, points } = picture;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      pageBreakBefore: pageBreak,
      indent: { firstLine: 0 },
      spacing: { before: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [pictureRun(image, points ? pointsToPixels(points) : pictureSize(image, layout, orientation), caption)],
    }),
    new Paragraph({ style: STYLE.caption, text: caption }),
  ];
}

/** A process's diagram as one page's paragraphs per part, and the orientation all its pages share. */
export function diagramPages(diagram: PlacedDiagram | undefined, caption: string, part: (i: number, of: number) => string, layout: PolicyLayout): { orientation: Orientation; pages: Paragraph[][] } {
  const parts = diagram?.pictures ?? [];
  // The parts of one process read as a set: all on landscape pages when any of them wants one.
  const orientation = diagram?.orientation ?? (parts.some((p) => diagramOrientation(p.image, layout) === 'landscape') ? 'landscape' : 'portrait');
  const pages = parts.map((picture, k) => diagramPart(picture, parts.length > 1 ? caption + part(k + 1, parts.length) : caption, layout, orientation, k > 0));
  return { orientation, pages };
}

/** Blocks other than diagrams, which bodyRuns lays out picture by picture, each on a page that suits its shape. */
type TextBlock = Exclude<PolicyBlock, { kind: 'diagram' }>;

function blockChildren(block: TextBlock, ctx: BlockContext, orientation: Orientation, first: boolean, annex: boolean): FileChild[] {
  switch (block.kind) {
    case 'article':
      return article(block, ctx);
    case 'heading':
      // Each annex starts on its own page, so a form can be copied and filled in.
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text, pageBreakBefore: annex && !first })];
    case 'paragraph':
      return [new Paragraph({ style: STYLE.article, text: block.text })];
    case 'table': {
      const table = wordTable(block.table, textWidth(ctx.typography.layout, orientation));
      const caption = block.caption ? [new Paragraph({ style: STYLE.caption, text: block.caption, keepNext: true, pageBreakBefore: startsOwnPage(block.table) })] : [];
      // A paragraph between tables keeps Word from merging them, a thin one so it never spills onto a page of its own; form tables may merge, they are one form.
      const after = block.table.role === 'form' ? [] : [new Paragraph({ style: STYLE.table, text: '', spacing: { line: 40, lineRule: LineRuleType.EXACT } })];
      return [...caption, table, ...after];
    }
  }
}

function blockOrientation(block: TextBlock): Orientation {
  return block.kind === 'table' && block.table.landscape ? 'landscape' : 'portrait';
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
      if (block.kind === 'diagram') {
        const { orientation, pages } = diagramPages(ctx.diagrams.get(block.processId), block.caption, ctx.part, ctx.typography.layout);
        pages.forEach((children) => push(orientation, children));
        return;
      }
      const orientation = blockOrientation(block);
      push(orientation, blockChildren(block, ctx, orientation, i === 0, annex));
    });
  }
  return runs;
}
