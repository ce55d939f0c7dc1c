/**
 * The folders `npm run mutate` tests, each with its own Stryker run and incremental file, and the
 * score each must reach. Text and template data are left out: a changed sentence in a template or a
 * label says nothing about the logic (their content has tests of its own), and each such mutant
 * would rerun most of the suite.
 */
export interface MutationFolder {
  readonly folder: string;
  /** The folders whose unit tests judge its mutants: its own layer's (and the file layer's for what it persists). */
  readonly tests: readonly string[];
  /** Files of the folder that are text, template data or test fixtures, not logic. */
  readonly skip?: readonly string[];
  /** The mutation score (per cent) the folder must reach; the target for the domain's core. */
  readonly target?: number;
}

const DOMAIN = ['shared'];
const DOMAIN_AND_FILES = ['shared', 'electron/project'];
// The file layer is judged by its own tests: the CLI's and the IPC's reach it through exports and
// imports that take seconds each, which made a run of its 1,400 mutants take most of a day on 2 cores.
const FILE_LAYER = ['electron/project'];
const EXCEL = ['electron/excel', 'electron/cli', 'electron/ipc'];

export const MUTATION_FOLDERS: readonly MutationFolder[] = [
  { folder: 'shared/commands', tests: DOMAIN, target: 85 },
  { folder: 'shared/raci', tests: DOMAIN, target: 85, skip: ['rules-test-project.ts'] },
  { folder: 'electron/project', tests: FILE_LAYER, target: 85 },
  { folder: 'shared/model', tests: DOMAIN_AND_FILES },
  { folder: 'shared/process', tests: DOMAIN },
  { folder: 'shared/interchange', tests: DOMAIN, skip: ['interchange-labels.ts', 'interchange-test-project.ts'] },
  { folder: 'shared/diagram', tests: DOMAIN, skip: ['diagram-labels.ts', 'diagram-test-project.ts'] },
  {
    folder: 'shared/policy',
    tests: DOMAIN,
    skip: ['default-policy-zh.ts', 'default-policy-en.ts', 'default-chapter.ts', 'policy-labels.ts', 'annex-forms.ts', 'policy-test-project.ts'],
  },
  {
    folder: 'shared/templates',
    tests: DOMAIN,
    skip: ['annual-budget.ts', 'customer-complaint.ts', 'marketing-event.ts', 'process-change.ts', 'product-launch.ts', 'departments-and-positions.ts'],
  },
  { folder: 'shared/ipc', tests: DOMAIN },
  { folder: 'electron/excel', tests: EXCEL, skip: ['excel-labels.ts', 'raci-test-project.ts', 'raci-test-workbook.ts'] },
];

/** Stryker's `mutate` globs for a folder: its sources, without tests, test fixtures and data. */
export function mutateGlobs({ folder, skip = [] }: MutationFolder): string[] {
  return [`${folder}/**/*.ts`, `!${folder}/**/*.test.ts`, ...skip.map((f) => `!${folder}/${f}`)];
}

/** Where a folder's incremental results are kept (committed, so a rerun only tests what changed). */
export function incrementalFile({ folder }: MutationFolder): string {
  return `test/mutation/incremental/${folder.replaceAll('/', '-')}.json`;
}
