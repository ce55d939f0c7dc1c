import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The only packages the pure domain may use: it runs in the renderer, the main process and the CLI
 * alike. (Node and DOM globals are kept out by tsconfig.shared.json, which has neither's types;
 * a package's own types, like Electron's, would slip past it, hence this check.)
 */
const ALLOWED_PACKAGES = new Set(['zod']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('shared/ is pure', () => {
  const root = import.meta.dirname;
  const files = sources(root);

  it('imports nothing but itself and zod: no Node, DOM or Electron module', () => {
    const outside = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => !s.startsWith('.') && !ALLOWED_PACKAGES.has(s))
        .map((s) => `${relative(root, file)} imports ${s}`),
    );
    expect(outside).toEqual([]);
  });

  it('never reaches outside shared/ with a relative import', () => {
    const escaping = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => s.startsWith('.') && relative(root, join(file, '..', s)).startsWith('..'))
        .map((s) => `${relative(root, file)} imports ${s}`),
    );
    expect(escaping).toEqual([]);
  });

  it('the check itself sees an Electron import', () => {
    expect(specifiers("import { app } from 'electron';\nconst x = await import('node:fs');").filter((s) => !ALLOWED_PACKAGES.has(s))).toEqual(['electron', 'node:fs']);
  });
});
