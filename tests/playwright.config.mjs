// Playwright: the Tendik widgets in headless Chromium (Debian's /usr/bin/chromium;
// Playwright never downloads a browser here). Run from tests/: `npx playwright test`,
// or everything with `bash scripts/test.sh` from the repository root.
//
// Static servers of ../dist (tests/serve.mjs): a plain one (baseURL, TENDIK_APP_URL), one
// that sends the strict Content-Security-Policy (--csp, TENDIK_CSP_URL), and one for each
// other host policy of serve.mjs's CSP_POLICIES (TENDIK_CSP_<NAME>_URL, e.g.
// TENDIK_CSP_NO_WASM_URL).

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

// Each server: the environment variable prefix its port and URL go by, its preferred
// port and its serve.mjs arguments.
const servers = [
  { name: 'TENDIK_APP', port: 4173, args: '' },
  { name: 'TENDIK_CSP', port: 4174, args: '--csp' },
  { name: 'TENDIK_CSP_TRUSTED_TYPES', port: 4175, args: '--csp trusted-types' },
  { name: 'TENDIK_CSP_NO_WASM', port: 4176, args: '--csp no-wasm' },
  { name: 'TENDIK_CSP_NO_WASM_NO_FRAMES', port: 4177, args: '--csp no-wasm-no-frames' },
];
const taken = new Set();
for (const s of servers) {
  const key = `${s.name}_PORT`;
  if (!process.env[key]) {
    let port = await freePort(s.port);
    while (taken.has(String(port))) port = await freePort(0);
    process.env[key] = String(port);
  }
  taken.add(process.env[key]);
  process.env[`${s.name}_URL`] = `http://127.0.0.1:${process.env[key]}`;
}

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
  webServer: servers.map((s) => ({
    command: `node serve.mjs --root ${JSON.stringify(dist)} --port ${process.env[`${s.name}_PORT`]} ${s.args}`.trim(),
    url: `${process.env[`${s.name}_URL`]}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  })),
});
