import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { describe, expect, it, vi } from 'vitest';
import { execute } from '../../shared/commands/execute';
import type { Language } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import type { PolicyLayout } from '../../shared/policy/policy-params';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { TEMPLATE_IDS } from '../../shared/templates/template-catalogue';
import { buildSyntheticProject, LARGE_PROJECT } from '../../scripts/bench/synthetic-project';
import { processWordPrint } from '../pictures/word-pictures';
import { solidPng } from './test-png';
import { lighterTables } from './lighter-tables';
import { exportPolicyDocx } from './policy-docx-export';
import { exportStatusReport } from '../report/status-report-docx';

type Written = Parameters<PageNumberEstimator>;
const written = vi.hoisted(() => ({ bodies: [] as Written[] }));
// The documents are written as the app writes them; the bodies their pages are worked out from are kept.
vi.mock('./page-numbers', async (original) => {
  const real = await original<typeof import('./page-numbers')>();
  return { ...real, PAGE_NUMBERS: (body: Written[0], context: Written[1]) => (written.bodies.push([body, context]), real.PAGE_NUMBERS(body, context)) };
});

const estimate: PageNumberEstimator = estimatePageNumbersWith({ guess: true });

/** Pictures at the size the diagrams print at, without drawing them: the pages only see their size. */
const placedPictures = (state: ProjectState) => (processId: string) => {
  const print = processWordPrint(state, processId);
  return { orientation: print.orientation, pictures: print.parts.map((part) => ({ image: solidPng(40, 20), width: part.width * print.scale, height: part.height * print.scale })) };
};
const cells = (body: unknown) => (JSON.stringify(body).match(/"w:tc"/g) ?? []).length;

function templateProject(id: (typeof TEMPLATE_IDS)[number], language: Language, layout: PolicyLayout): ProjectState {
  let n = 0;
  const state = emptyProject({ name: 'P', language, organisation: language === 'zh-CN' ? '华东智造集团有限公司' : 'Eastern Manufacturing Group' });
  const made = execute(state, templateCommands(id, language, state, () => `t${n++}`)).state;
  return execute(made, { type: 'setMeta', patch: { policy: { ...made.meta.policy, layout } } }).state;
}

/** The pages docx's layout works out for the body as written, and for the body with its empty cells joined. */
async function bothWays(write: () => Promise<unknown>) {
  written.bodies.length = 0;
  await write();
  const [body, context] = written.bodies[0]!;
  const plain = estimate(body, context);
  const light = lighterTables(body);
  return { plain, joined: estimate(light, context), cells: cells(body), lighterCells: cells(light) };
}
const pagesOf = (e: EstimatedPageNumbers) => ({ pageCount: e.pageCount, sections: e.sectionPageCounts, bookmarks: [...e.bookmarks] });

describe('tables with their empty cells joined lay out to the same pages', () => {
  const cases = TEMPLATE_IDS.flatMap((id, i) => (['zh-CN', 'en'] as const).map((language, j) => [id, language, (i + j) % 2 ? 'gbt9704' : 'enterprise'] as const));
  it.each(cases)('the policy draft of %s (%s, %s)', { timeout: 60_000 }, async (id, language, layout) => {
    const state = templateProject(id, language, layout);
    const { plain, joined, cells: before, lighterCells } = await bothWays(() => exportPolicyDocx(state, { renderPng: placedPictures(state), date: new Date(2026, 10, 3) }));
    expect(lighterCells).toBeLessThan(before);
    expect(plain.pageCount).toBeGreaterThan(10);
    expect(pagesOf(joined)).toEqual(pagesOf(plain));
  });

  it('the policy draft of a project of 6 processes × 25 steps with RACI matrices mostly empty', { timeout: 120_000 }, async () => {
    const state = buildSyntheticProject({ ...LARGE_PROJECT, processes: 6, stepsPerProcess: 25 });
    const { plain, joined, cells: before, lighterCells } = await bothWays(() => exportPolicyDocx(state, { renderPng: placedPictures(state), date: new Date(2026, 10, 3) }));
    expect(lighterCells).toBeLessThan(before * 0.5);
    expect(pagesOf(joined)).toEqual(pagesOf(plain));
  });

  it('the status report', { timeout: 60_000 }, async () => {
    const state = templateProject('product-launch', 'zh-CN', 'enterprise');
    const drawing = { renderDiagram: async (id: string) => placedPictures(state)(id), renderChart: async () => solidPng(600, 400) };
    const { plain, joined } = await bothWays(() => exportStatusReport(state, { drawing, date: new Date(2026, 10, 3) }));
    expect(pagesOf(joined)).toEqual(pagesOf(plain));
  });
});
