import SVGtoPDF from 'svg-to-pdfkit';
import { planDiagramPrint, type PageOrientation } from '../../shared/diagram/diagram-print';
import type { ProjectState } from '../../shared/model/project-state';
import { BOLD, FONT } from './pdf-document';

const MARGIN = 36;
const CAPTION = 28;
/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 };

function box(orientation: PageOrientation, captioned: boolean) {
  const [width, height] = orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
  return { width: width - 2 * MARGIN, height: height - 2 * MARGIN - (captioned ? CAPTION : 0) };
}

/**
 * A process's swimlane diagram on pages of its own, one page per part, drawn as vector shapes
 * with real text in the embedded font, its smallest text at 8 pt or more (see planDiagramPrint);
 * a caption under each part when given.
 */
export function addDiagramPages(doc: PDFKit.PDFDocument, state: ProjectState, processId: string, caption?: (part: number, parts: number) => string): void {
  const captioned = caption !== undefined;
  const print = planDiagramPrint(state, processId, { landscape: box('landscape', captioned), portrait: box('portrait', captioned) }, { title: !captioned });
  print.parts.forEach((part, i) => {
    doc.addPage({ size: 'A4', layout: print.orientation, margin: MARGIN });
    const room = box(print.orientation, captioned);
    const width = part.width * print.scale;
    const height = part.height * print.scale;
    const x = MARGIN + (room.width - width) / 2;
    SVGtoPDF(doc, part.svg, x, MARGIN, { width, height, preserveAspectRatio: 'xMidYMid meet', fontCallback: (_family: string, bold: boolean) => (bold ? BOLD : FONT) });
    if (caption) doc.font(FONT).fontSize(10).fillColor('#000000').text(caption(i + 1, print.parts.length), MARGIN, MARGIN + height + 10, { width: room.width, align: 'center' });
  });
}
