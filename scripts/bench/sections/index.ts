import type { BenchSection } from '../bench-types';
import { excelBench } from './excel-bench';
import { openProject } from './open-project';
import { peakMemory } from './peak-memory';
import { persistCommand } from './persist-command';
import { writeProject } from './write-project';

/** The bench runs these in order: write first (the others use its file), memory last. Add new sections before memory. */
export const SECTIONS: readonly BenchSection[] = [writeProject, openProject, persistCommand, excelBench, peakMemory];
