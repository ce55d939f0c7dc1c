import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// Playwright loads this file in the runner and again in each worker; workers inherit the runner's
// environment, so the first load picks the folder and the others reuse it.
// Not under test-results/: Playwright empties that folder at the start of a run.
const home = process.env.LANEWISE_E2E_HOME ?? resolve(import.meta.dirname, '.lanewise-test', `e2e-home-${process.pid}`);
process.env.LANEWISE_E2E_HOME = home;
mkdirSync(home, { recursive: true });

// LANEWISE_E2E_PORT lets several runs share a machine.
const PORT = process.env.LANEWISE_E2E_PORT ?? '5180';
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  // One server holds one open project, so tests run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: {
    command: 'node dist/web/server.mjs',
    url: baseURL,
    env: { LANEWISE_HOME: home, PORT },
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
