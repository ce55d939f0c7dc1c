import type { ProjectState } from './project-state';

export interface ProjectCounts {
  processes: number;
  lanes: number;
  steps: number;
  flows: number;
  parties: number;
  raciCells: number;
  /** Clients' remarks and notes brought back from workbooks, and how many of them are still open. */
  reviewNotes: number;
  openReviewNotes: number;
}

export function projectCounts(state: ProjectState): ProjectCounts {
  const n = (o: object) => Object.keys(o).length;
  let raciCells = 0;
  for (const row of Object.values(state.raci)) raciCells += n(row);
  return {
    processes: n(state.tables.processes),
    lanes: n(state.tables.lanes),
    steps: n(state.tables.steps),
    flows: n(state.tables.flows),
    parties: n(state.tables.departments) + n(state.tables.positions),
    raciCells,
    reviewNotes: n(state.tables.reviewNotes),
    openReviewNotes: Object.values(state.tables.reviewNotes).filter((note) => note.resolvedAt === '').length,
  };
}
