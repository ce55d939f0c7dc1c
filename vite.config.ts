import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = import.meta.dirname;

/** The dev server injects an inline React Refresh preamble that the strict CSP would block; builds keep the CSP. */
function dropCspInDev(): Plugin {
  return {
    name: 'lanewise-drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  root: resolve(repoRoot, 'renderer'),
  base: './',
  plugins: [react(), dropCspInDev()],
  build: {
    outDir: resolve(repoRoot, 'dist/renderer'),
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:5180' },
  },
});
