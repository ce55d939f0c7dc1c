import { renderProcessSvg } from '../../shared/diagram/process-svg';
import type { ProjectState } from '../../shared/model/project-state';
import { writePerProcess } from '../interchange/process-files';
import { svgToPngAsync } from './diagram-png';

export type DiagramFormat = 'svg' | 'png';

/** Standalone SVG files carry the declaration some editors (older Office, Inkscape imports) look for. */
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Writes one diagram per process into dir (created if missing), in process order, named after
 * the processes; returns the paths written.
 */
export function exportDiagrams(state: ProjectState, dir: string, format: DiagramFormat): Promise<string[]> {
  return writePerProcess(state, dir, format, async (processId) => {
    const svg = renderProcessSvg(state, processId);
    return format === 'svg' ? XML_DECLARATION + svg : svgToPngAsync(svg);
  });
}
