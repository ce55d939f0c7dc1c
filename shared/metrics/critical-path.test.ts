import { describe, expect, it } from 'vitest';
import type { StepKind } from '../model/entities';
import { criticalPath, type PathFlow, type PathStep } from './critical-path';

type S = [code: string, kind: StepKind, hours: number];

/** Steps named by their code (ids differ from codes, so nothing orders by id by accident); flows "A>B". */
function graph(steps: S[], flows: string[]): { steps: PathStep[]; hours: number[]; flows: PathFlow[] } {
  return {
    steps: steps.map(([code, kind]) => ({ id: `id-${code}`, code, kind })),
    hours: steps.map(([, , hours]) => hours),
    flows: flows.map((f, i) => {
      const [from, to] = f.split('>');
      return { id: `f${i}`, fromStepId: `id-${from}`, toStepId: `id-${to}` };
    }),
  };
}

function path(steps: S[], flows: string[]) {
  const g = graph(steps, flows);
  const result = criticalPath(g.steps, g.hours, g.flows);
  const flowNames = new Map(g.flows.map((f) => [f.id, `${f.fromStepId.slice(3)}>${f.toStepId.slice(3)}`]));
  return { codes: result.stepIds.map((id) => id.slice(3)), flows: result.flowIds.map((id) => flowNames.get(id)), hours: result.hours };
}

describe('critical path', () => {
  it('takes the longer of two parallel branches that join again', () => {
    // S → A (2 h) → J (1 h) → E and S → B (5 h) → J: 0 + 5 + 1 + 0 = 6 beats 0 + 2 + 1 + 0 = 3.
    const steps: S[] = [['S', 'start', 0], ['A', 'task', 2], ['B', 'task', 5], ['J', 'task', 1], ['E', 'end', 0]];
    expect(path(steps, ['S>A', 'S>B', 'A>J', 'B>J', 'J>E'])).toEqual({ codes: ['S', 'B', 'J', 'E'], flows: ['S>B', 'B>J', 'J>E'], hours: 6 });
  });

  it('follows the longer branch of a decision, even through more steps', () => {
    // D (1 h) either goes to X (3 h) → E, total 4, or to Y (1 h) → Z (4 h) → E, total 1 + 1 + 4 = 6.
    const steps: S[] = [['N1', 'start', 0], ['N2', 'decision', 1], ['N3', 'task', 3], ['N4', 'task', 1], ['N5', 'task', 4], ['N6', 'end', 0]];
    expect(path(steps, ['N1>N2', 'N2>N3', 'N3>N6', 'N2>N4', 'N4>N5', 'N5>N6'])).toMatchObject({ codes: ['N1', 'N2', 'N4', 'N5', 'N6'], hours: 6 });
  });

  it('counts a rework loop once: the flow back to a step still being walked is dropped', () => {
    // S → Do (2 h) → Review (1 h) → E, Review → Do (rework). Without the loop: 2 + 1 = 3.
    const steps: S[] = [['N1', 'start', 0], ['N2', 'task', 2], ['N3', 'approval', 1], ['N4', 'end', 0]];
    expect(path(steps, ['N1>N2', 'N2>N3', 'N3>N2', 'N3>N4'])).toEqual({ codes: ['N1', 'N2', 'N3', 'N4'], flows: ['N1>N2', 'N2>N3', 'N3>N4'], hours: 3 });
  });

  it('lets the walk order decide which flow of a loop is dropped: targets by code, numbers by value', () => {
    // S → A (N2, 1 h), S → B (N10, 5 h), A ⇄ B, A → E. A (N2) is walked before B (N10), so B → A is the
    // back edge; B then reaches no end and the path is S → A → E, 1 h. (Were B walked first, A → B
    // would be dropped and S → B → A → E would take 6 h.)
    const steps: S[] = [['N1', 'start', 0], ['N2', 'task', 1], ['N10', 'task', 5], ['N11', 'end', 0]];
    expect(path(steps, ['N1>N10', 'N1>N2', 'N2>N10', 'N10>N2', 'N2>N11'])).toEqual({ codes: ['N1', 'N2', 'N11'], flows: ['N1>N2', 'N2>N11'], hours: 1 });
  });

  it('counts steps without a duration as 0 h', () => {
    // The caller gives such steps 0 h; the path still runs through them: 0 + 0 + 3 + 0 = 3.
    const steps: S[] = [['N1', 'start', 0], ['N2', 'task', 0], ['N3', 'task', 3], ['N4', 'end', 0]];
    expect(path(steps, ['N1>N2', 'N2>N3', 'N3>N4'])).toEqual({ codes: ['N1', 'N2', 'N3', 'N4'], flows: ['N1>N2', 'N2>N3', 'N3>N4'], hours: 3 });
  });

  it('ignores a step no start reaches, however long', () => {
    // U (100 h) leads to E but nothing leads to U: the path is S → A → E, 1 h.
    const steps: S[] = [['N1', 'start', 0], ['N2', 'task', 1], ['N3', 'task', 100], ['N4', 'end', 0]];
    expect(path(steps, ['N1>N2', 'N2>N4', 'N3>N4'])).toMatchObject({ codes: ['N1', 'N2', 'N4'], hours: 1 });
  });

  it('with two starts, starts from the one with the longer way to an end', () => {
    // S1 → A (2 h) → E and S2 → B (5 h) → E: from S2, 5 h.
    const steps: S[] = [['N1', 'start', 0], ['N2', 'start', 0], ['N3', 'task', 2], ['N4', 'task', 5], ['N5', 'end', 0]];
    expect(path(steps, ['N1>N3', 'N3>N5', 'N2>N4', 'N4>N5'])).toMatchObject({ codes: ['N2', 'N4', 'N5'], hours: 5 });
  });

  it('with two starts as long, keeps the first by code', () => {
    const steps: S[] = [['N1', 'start', 0], ['N2', 'start', 0], ['N3', 'task', 4], ['N4', 'task', 4], ['N5', 'end', 0]];
    expect(path(steps, ['N2>N4', 'N4>N5', 'N1>N3', 'N3>N5'])).toMatchObject({ codes: ['N1', 'N3', 'N5'], hours: 4 });
  });

  it('counts the durations of the start and end steps when they have them', () => {
    const steps: S[] = [['N1', 'start', 0.5], ['N2', 'task', 2], ['N3', 'end', 0.25]];
    expect(path(steps, ['N1>N2', 'N2>N3'])).toMatchObject({ hours: 2.75 });
  });

  it('is empty when no end can be reached from a start', () => {
    expect(path([['N1', 'start', 0], ['N2', 'task', 3], ['N3', 'end', 0]], ['N1>N2'])).toEqual({ codes: [], flows: [], hours: 0 });
    expect(path([['N1', 'task', 3], ['N2', 'end', 0]], ['N1>N2'])).toEqual({ codes: [], flows: [], hours: 0 });
  });

  it('drops a step looping on itself and flows to steps of other processes', () => {
    const steps: S[] = [['N1', 'start', 0], ['N2', 'task', 2], ['N3', 'end', 0]];
    const g = graph(steps, ['N1>N2', 'N2>N2', 'N2>N3']);
    const result = criticalPath(g.steps, g.hours, [...g.flows, { id: 'elsewhere', fromStepId: 'id-N2', toStepId: 'other-process-step' }]);
    expect(result).toEqual({ stepIds: ['id-N1', 'id-N2', 'id-N3'], flowIds: ['f0', 'f2'], hours: 2 });
  });

  it('walks a process thousands of steps deep without running out of stack', () => {
    const n = 20_000;
    const steps: PathStep[] = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, code: `N${i + 1}`, kind: i === 0 ? 'start' : i === n - 1 ? 'end' : 'task' }));
    const flows: PathFlow[] = Array.from({ length: n - 1 }, (_, i) => ({ id: `f${i}`, fromStepId: `s${i}`, toStepId: `s${i + 1}` }));
    const result = criticalPath(steps, new Array<number>(n).fill(1), flows);
    expect(result.hours).toBe(n);
    expect(result.stepIds).toHaveLength(n);
  });
});
