import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = import.meta.dirname;
const WEB_HOST = 'http://localhost:5180';

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
    proxy: {
      '/api': {
        target: WEB_HOST,
        changeOrigin: true,
        // API calls are POSTs; GETs under /api are the renderer's own modules (renderer/api/*.ts).
        bypass: (request) => (request.method === 'POST' ? undefined : request.url),
        // The browser host only answers pages it served itself: vouch for our own page, and only for it.
        configure: (proxy) =>
          proxy.on('proxyReq', (outgoing, incoming) => {
            if (incoming.headers.origin === `http://${incoming.headers.host}`) outgoing.setHeader('origin', WEB_HOST);
          }),
      },
    },
  },
});
