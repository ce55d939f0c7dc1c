import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderProcessSvg } from '../../shared/diagram/process-svg';
import { rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { diagramFileNames } from './diagram-file-names';
import { svgToPngAsync } from './diagram-png';

export type DiagramFormat = 'svg' | 'png';

/** Standalone SVG files carry the declaration some editors (older Office, Inkscape imports) look for. */
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Writes one diagram per process into dir (created if missing), in process order, named after
 * the processes; returns the paths written.
 */
export async function exportDiagrams(state: ProjectState, dir: string, format: DiagramFormat): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const processes = sortedByOrder(rowsOf(state, 'processes'));
  const names = diagramFileNames(
    processes.map((p) => p.name),
    format,
    state.meta.language,
  );
  const paths: string[] = [];
  for (const [i, process] of processes.entries()) {
    const svg = renderProcessSvg(state, process.id);
    const path = join(dir, names[i] ?? `${process.id}.${format}`);
    await writeFile(path, format === 'svg' ? XML_DECLARATION + svg : await svgToPngAsync(svg));
    paths.push(path);
  }
  return paths;
}
