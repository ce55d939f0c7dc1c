import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** The URL path decoded, or null when it is not valid percent-encoding (e.g. `/%`). */
export function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

/** A file of the built renderer, or null when the path (after following links) leaves its folder or does not exist. */
export async function readStatic(root: string, decodedPath: string): Promise<{ body: Buffer; type: string } | null> {
  const relative = normalize(decodedPath).replace(/^([/\\])+/, '');
  try {
    const realRoot = await realpath(root);
    const path = await realpath(join(realRoot, relative === '' ? 'index.html' : relative));
    if (!path.startsWith(realRoot + sep)) return null;
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
