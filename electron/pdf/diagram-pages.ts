import SVGtoPDF from 'svg-to-pdfkit';
import { renderProcessSvgParts } from '../../shared/diagram/process-svg';
import type { ProjectState } from '../../shared/model/project-state';
import { svgSize } from '../diagram/diagram-png';
import { BOLD, FONT } from './pdf-document';

/** Longest stretch of the flow on one page: the same cut into parts as the Word document makes. */
export const PART_LENGTH = 1800;
const MARGIN = 36;
const CAPTION = 28;

/**
 * A process's swimlane diagram on pages of its own, one page per part, drawn as vector shapes
 * with real text in the embedded font; a caption under each part when given.
 */
export function addDiagramPages(doc: PDFKit.PDFDocument, state: ProjectState, processId: string, caption?: (part: number, parts: number) => string): void {
  const parts = renderProcessSvgParts(state, processId, { maxLength: PART_LENGTH });
  parts.forEach((svg, i) => {
    const size = svgSize(svg) ?? { width: 1000, height: 600 };
    doc.addPage({ size: 'A4', layout: size.width >= size.height ? 'landscape' : 'portrait', margin: MARGIN });
    const room = { width: doc.page.width - 2 * MARGIN, height: doc.page.height - 2 * MARGIN - (caption ? CAPTION : 0) };
    const scale = Math.min(room.width / size.width, room.height / size.height, 1.5);
    const width = size.width * scale;
    const height = size.height * scale;
    const x = MARGIN + (room.width - width) / 2;
    SVGtoPDF(doc, svg, x, MARGIN, { width, height, preserveAspectRatio: 'xMidYMid meet', fontCallback: (_family: string, bold: boolean) => (bold ? BOLD : FONT) });
    if (caption) doc.font(FONT).fontSize(10).fillColor('#000000').text(caption(i + 1, parts.length), MARGIN, MARGIN + height + 10, { width: room.width, align: 'center' });
  });
}
