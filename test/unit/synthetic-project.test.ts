import { describe, expect, it } from 'vitest';
import { danglingReferences } from '../../shared/model/integrity';
import { projectCounts } from '../../shared/model/project-counts';
import { buildSyntheticProject, LARGE_PROJECT, syntheticBatches } from '../../scripts/bench/synthetic-project';

describe('the synthetic bench project', () => {
  it('has the size the benchmark promises, and every reference holds', () => {
    const state = buildSyntheticProject(LARGE_PROJECT);
    expect(projectCounts(state)).toMatchObject({ processes: 50, lanes: 500, steps: 5000, parties: 40, raciCells: 100_000 });
    // 99 chaining flows per process plus a skip flow from each of its 10 decision steps.
    expect(projectCounts(state).flows).toBe(50 * (99 + 10));
    expect(danglingReferences(state)).toEqual([]);
  });

  it('scales with its shape and comes as the organisation plus one batch per group of processes', () => {
    const shape = { processes: 3, stepsPerProcess: 4, departments: 5, positionsPerDepartment: 2, lanesPerProcess: 2, phasesPerProcess: 1, raciPerStep: 6 };
    expect(syntheticBatches(shape, 2)).toHaveLength(1 + 2);
    expect(projectCounts(buildSyntheticProject(shape))).toEqual({ processes: 3, lanes: 6, steps: 12, flows: 9, parties: 15, raciCells: 72, reviewNotes: 0, openReviewNotes: 0 });
  });
});
