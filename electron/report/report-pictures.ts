import type { ReportDocument } from '../../shared/diagnosis/report-document';
import type { DiagramPictures } from '../word/policy-docx-types';
import { drawAtOnce, drawingOf } from '../pictures/draw-at-once';
import { placedDiagram, type PlacedDiagram } from '../word/word-blocks';

/** A picture source for the report: the swimlane pictures of a process, or a chart's PNG. */
export interface ReportDrawing {
  renderDiagram(processId: string): Promise<DiagramPictures>;
  renderChart(svg: string): Promise<Uint8Array>;
}

export interface ReportPictures {
  readonly diagrams: ReadonlyMap<string, PlacedDiagram>;
  /** In the order the charts appear in the document. */
  readonly charts: readonly Uint8Array[];
}

/** Every picture the report shows, several at a time; a failure names the process. */
export async function drawReportPictures(doc: ReportDocument, drawing: ReportDrawing, processName: (id: string) => string): Promise<ReportPictures> {
  const blocks = doc.chapters.flatMap((c) => c.blocks);
  const jobs: Array<() => Promise<void>> = [];
  const diagrams = new Map<string, PlacedDiagram>();
  const charts: Uint8Array[] = [];
  for (const block of blocks) {
    if (block.kind === 'diagram' && !diagrams.has(block.processId)) {
      diagrams.set(block.processId, { pictures: [] });
      jobs.push(async () => {
        diagrams.set(block.processId, placedDiagram(await drawingOf(processName(block.processId), () => drawing.renderDiagram(block.processId))));
      });
    } else if (block.kind === 'chart') {
      const at = charts.push(new Uint8Array()) - 1;
      jobs.push(async () => {
        charts[at] = await drawing.renderChart(block.svg);
      });
    }
  }
  await drawAtOnce(jobs);
  return { diagrams, charts };
}
