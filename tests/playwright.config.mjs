// Playwright: the Tendik widgets in headless Chromium (Debian's /usr/bin/chromium;
// Playwright never downloads a browser here). Run from tests/: `npx playwright test`,
// or everything with `bash scripts/test.sh` from the repository root.
//
// Two static servers of ../dist (tests/serve.mjs): a plain one (baseURL) and one that
// sends the strict Content-Security-Policy (--csp), at TENDIK_APP_URL / TENDIK_CSP_URL.

import { defineConfig } from '@playwright/test';
import net from 'node:net';
import process from 'node:process';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

// A free port, preferring `preferred`. The runner picks the ports once and its workers
// inherit them through the environment (they load this file again).
function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  return tryPort(preferred).then((port) => port ?? tryPort(0));
}

if (!process.env.TENDIK_APP_PORT) process.env.TENDIK_APP_PORT = String(await freePort(4173));
if (!process.env.TENDIK_CSP_PORT) {
  let port = await freePort(4174);
  if (String(port) === process.env.TENDIK_APP_PORT) port = await freePort(0);
  process.env.TENDIK_CSP_PORT = String(port);
}
const appPort = process.env.TENDIK_APP_PORT;
const cspPort = process.env.TENDIK_CSP_PORT;
process.env.TENDIK_APP_URL = `http://127.0.0.1:${appPort}`;
process.env.TENDIK_CSP_URL = `http://127.0.0.1:${cspPort}`;

// The directory served: ../dist (Trunk's output), or TENDIK_DIST.
const dist = process.env.TENDIK_DIST || '../dist';

const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: './output/test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'output/results.json' }]],
  use: {
    baseURL: process.env.TENDIK_APP_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: [
    {
      command: `node serve.mjs --root ${JSON.stringify(dist)} --port ${appPort}`,
      url: `${process.env.TENDIK_APP_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node serve.mjs --root ${JSON.stringify(dist)} --port ${cspPort} --csp`,
      url: `${process.env.TENDIK_CSP_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
