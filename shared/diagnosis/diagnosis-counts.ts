import type { ProjectState } from '../model/project-state';

export interface DiagnosisCounts {
  interviews: number;
  responses: number;
  problems: number;
}

/** What the diagnosis holds, for `lanewise info`. */
export function diagnosisCounts(state: ProjectState): DiagnosisCounts {
  const n = (o: object) => Object.keys(o).length;
  return { interviews: n(state.tables.interviews), responses: n(state.tables.surveyResponses), problems: n(state.tables.problems) };
}
