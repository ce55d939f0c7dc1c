import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import type { CommandInput } from '../commands/command-schema';
import { launchDiagramProject } from './diagram-test-project';
import { noteLayout } from './annotation-note';
import { renderProcessSvg, renderProcessSvgParts } from './process-svg';
import { textContent, xmlProblems } from './xml-well-formed';

const note = { x: 100, y: 50, width: 200, height: 60 };

function noteGroups(svg: string): string[] {
  return [...svg.matchAll(/<g class="annotation" data-annotation-id="[^"]+">([\s\S]*?)<\/g>/g)].map((m) => m[1] ?? '');
}

describe('a note on the diagram', () => {
  it('keeps its own line breaks and wraps long lines inside its width', () => {
    const { lines, rect } = noteLayout({ ...note, text: 'Ask legal\n\nWho signs the contract when the account manager is away on leave?' });
    expect(lines[0]).toBe('Ask legal');
    expect(lines[1]).toBe('');
    // 200 wide less padding holds about 25 characters of 12 px text: the question needs several lines.
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.slice(2).join(' ')).toBe('Who signs the contract when the account manager is away on leave?');
    expect(rect).toMatchObject({ x: 100, y: 50, width: 200 });
  });

  it('grows taller rather than cut its text, and keeps the size given when the text fits', () => {
    expect(noteLayout({ ...note, text: 'Short' }).rect.height).toBe(60);
    const long = noteLayout({ ...note, text: Array.from({ length: 8 }, (_, i) => `Line ${i + 1}`).join('\n') });
    // Eight lines of 16 px and 10 px padding above and below.
    expect(long.rect.height).toBe(8 * 16 + 20);
  });

  it('is drawn in the exported SVG, its whole text inside a folded-corner shape', () => {
    const commands: CommandInput[] = [
      { type: 'add', table: 'annotations', row: { id: 'n1', processId: 'launch', x: 300, y: 120, width: 180, text: '待确认：<法务>是否参加评审？\nCheck with R&D & QA' } },
      { type: 'add', table: 'annotations', row: { id: 'n2', processId: 'launch', x: 900, y: 300, text: 'Second note' } },
    ];
    const state = execute(launchDiagramProject(), { type: 'batch', commands }).state;
    const svg = renderProcessSvg(state, 'launch');
    expect(xmlProblems(svg)).toEqual([]);
    const groups = noteGroups(svg);
    expect(groups).toHaveLength(2);
    expect(textContent(groups[0]!).replace(/\s/g, '')).toBe('待确认：<法务>是否参加评审？CheckwithR&D&QA');
    // The outline cuts the top-right corner, and the fold is drawn.
    expect(groups[0]).toMatch(/<path d="M300 120H466L480 134V\d+H300Z"/);
    expect(groups[0]).toContain('<path d="M466 120V134H480"');
    expect(textContent(groups[1]!)).toBe('Second note');
  });

  it('appears in exactly one part when the diagram is cut into parts', () => {
    const state = execute(launchDiagramProject(), { type: 'add', table: 'annotations', row: { id: 'n1', processId: 'launch', x: 1500, y: 100, text: 'Late note' } }).state;
    const parts = renderProcessSvgParts(state, 'launch', { maxLength: 700 });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.filter((p) => p.includes('Late note'))).toHaveLength(1);
  });
});

describe('a step drawn in its own colour', () => {
  it('fills its shape with a tint of the colour chosen instead of its kind’s', () => {
    const base = launchDiagramProject();
    const plain = renderProcessSvg(base, 'launch');
    const coloured = renderProcessSvg(execute(base, { type: 'update', table: 'steps', id: 's3', patch: { color: '#2e7d32' } }).state, 'launch');
    const shapeOf = (svg: string) => /<g class="step [^"]*" data-step-id="s3">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    // 18 % of #2e7d32 mixed with white.
    expect(shapeOf(coloured)).toContain('fill="#d9e8da"');
    expect(shapeOf(plain)).not.toContain('fill="#d9e8da"');
  });
});
