import { defineConfig } from '@playwright/test';

// The desktop app itself, through Playwright's Electron support: run by `npm run test:electron`
// (scripts/electron-smoke.mjs), which says plainly when this machine cannot run Electron.
export default defineConfig({
  testDir: 'test/electron',
  workers: 1,
  reporter: 'list',
  timeout: 120_000,
});
