import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePath, readStatic } from './static-files';

function renderer() {
  const dir = mkdtempSync(join(tmpdir(), 'lanewise-static-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the browser');
  return { dir, root };
}

describe('static files of the browser host', () => {
  it('serves the renderer files', async () => {
    const { root } = renderer();
    expect((await readStatic(root, '/assets/app.js'))?.type).toBe('text/javascript; charset=utf-8');
    expect((await readStatic(root, '/'))?.body.toString()).toBe('<!doctype html>');
  });

  it('never serves a file outside the renderer folder, by .. or by a link', async () => {
    const { dir, root } = renderer();
    symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    symlinkSync(dir, join(root, 'up'));
    expect(await readStatic(root, '/../secret.txt')).toBeNull();
    expect(await readStatic(root, '/assets/leak.txt')).toBeNull();
    expect(await readStatic(root, '/up/secret.txt')).toBeNull();
  });

  it('says when a path is not valid percent-encoding instead of throwing', () => {
    expect(decodePath('/%')).toBeNull();
    expect(decodePath('/a%20b')).toBe('/a b');
  });
});
