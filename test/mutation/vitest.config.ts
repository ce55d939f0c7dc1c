import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

/**
 * The unit tests a mutation run may use: those of the folders in LANEWISE_MUTATION_TESTS (set by
 * scripts/mutation/run-mutation.ts), so a mutant of the domain is judged by the domain's and the file
 * layer's tests, not by exports that start LibreOffice or Chromium.
 */
const folders = (process.env.LANEWISE_MUTATION_TESTS ?? '').split(',').filter(Boolean);
if (folders.length === 0) throw new Error('LANEWISE_MUTATION_TESTS is not set: run mutation tests with npm run mutate');

export default defineConfig({
  ...base,
  root: resolve(import.meta.dirname, '../..'),
  test: { ...base.test, include: folders.map((f) => `${f}/**/*.test.ts`) },
});
