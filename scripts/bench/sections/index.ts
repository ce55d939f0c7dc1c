import type { BenchSection } from '../bench-types';
import { apiPause } from './api-pause';
import { canvasBench } from './canvas-bench';
import { diagnosisBench } from './diagnosis-bench';
import { diagramBench } from './diagram-bench';
import { excelBench } from './excel-bench';
import { hostileWorkbooks } from './hostile-workbooks';
import { interchangeBench } from './interchange-bench';
import { metricsBench } from './metrics-bench';
import { layoutBench } from './layout-bench';
import { openProject } from './open-project';
import { wordBench } from './word-bench';
import { peakMemory } from './peak-memory';
import { persistCommand } from './persist-command';
import { raciCheck, raciGrid } from './raci-bench';
import { writeProject } from './write-project';

/** The bench runs these in order: write first (the others use its file), memory last. Add new sections before memory. */
export const SECTIONS: readonly BenchSection[] = [writeProject, openProject, persistCommand, excelBench, hostileWorkbooks, raciCheck, metricsBench, raciGrid, layoutBench, canvasBench, diagramBench, wordBench, interchangeBench, diagnosisBench, apiPause, peakMemory];
