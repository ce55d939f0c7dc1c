#!/usr/bin/env node
// The CLI is built by `npm ci` (prepare) and by every build; it runs under plain Node, without Electron.
import { existsSync } from 'node:fs';
const entry = new URL('../dist/cli/lanewise.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('lanewise: not built yet; run `npm run build` in the Lanewise folder\n');
  process.exit(2);
}
await import(entry.href);
