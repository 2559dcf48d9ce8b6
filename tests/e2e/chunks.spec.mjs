// The split embed bundle (docs/lazy-chunks.md): a widget's chunk is fetched only when a
// widget of its kind is on the page, once, in parallel with the main module; the
// downloads' chunk only on the first click; a chunk that fails to load leaves the
// fallback and names itself. With and without the strict Content-Security-Policy.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_URL, CSP_URL, DIST_DIR, embeddedWidget, expectPainted, expectReady, trackErrors } from './helpers.mjs';
import { frameOf, htmlPage } from './embed-helpers.mjs';
import { CSP } from '../serve.mjs';

const LOADER = readFileSync(path.join(DIST_DIR, 'tendik.js'), 'utf8');
// The English bundle's chunk files, as the build named them.
const chunkFile = (stem) => LOADER.match(new RegExp(`tendik-embed-en-${stem}-[0-9a-f]+\\.wasm`))?.[0];
const VIOLENCE_CHUNK = chunkFile('violence_trend');
const DOWNLOADS_CHUNK = (() => {
  const link = LOADER.match(/tendik-embed-en-split-[0-9a-f]+\.js/)?.[0];
  if (!link) return undefined;
  return readFileSync(path.join(DIST_DIR, link), 'utf8').match(/tendik-embed-en-downloads-[0-9a-f]+\.wasm/)?.[0];
})();

// Serves a page made by the test on `origin`, with the strict policy when that is the CSP
// server's, and records policy violations.
async function servePage(page, file, html, origin) {
  const url = `${origin}${file}`;
  const headers = origin === CSP_URL ? { 'content-security-policy': CSP } : {};
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }),
  );
  await page.addInitScript(() => {
    window.__e2eCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__e2eCsp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  return url;
}

async function expectNoViolations(page) {
  const violations = [];
  for (const frame of page.frames()) violations.push(...(await frame.evaluate(() => window.__e2eCsp ?? [])));
  expect(violations, 'securitypolicyviolation events').toEqual([]);
}

// Every wasm the page requests, by file name, in order.
function wasmRequests(page) {
  const names = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop();
    if (file.endsWith('.wasm')) names.push(file);
  });
  return names;
}

for (const [where, origin] of [
  ['plain', APP_URL],
  ['strict CSP', CSP_URL],
]) {
  test.describe(`chunks (${where})`, () => {
    test.skip(!VIOLENCE_CHUNK, 'the build is not split (TENDIK_SPLIT=0)');

    test('a page without the violence trend never fetches its chunk; adding one fetches it once', async ({ page }) => {
      const errors = trackErrors(page);
      const wasm = wasmRequests(page);
      const url = await servePage(
        page,
        '/chunks-one.html',
        htmlPage('<tendik-widget id="q" name="quota-gauge"></tendik-widget>', {
          head: '<script type="module" src="tendik.js"></script>',
        }),
        origin,
      );
      await page.goto(url);
      await expectReady(embeddedWidget(page.locator('#q'), 'quota-gauge'), '#q');
      await page.waitForTimeout(300);
      expect(wasm.filter((f) => f.includes('-violence_trend-')), 'no violence-trend chunk yet').toEqual([]);
      expect(wasm.filter((f) => f.includes('-downloads-')), 'no downloads chunk yet').toEqual([]);

      await page.evaluate(() => {
        for (const id of ['v1', 'v2']) {
          const el = document.createElement('tendik-widget');
          el.id = id;
          el.setAttribute('name', 'violence-trend');
          el.textContent = 'Recorded incidents fell from 115,526 in 2022 to 75,004 in 2024.';
          document.body.append(el);
        }
      });
      for (const id of ['#v1', '#v2']) {
        const root = embeddedWidget(page.locator(id), 'violence-trend');
        await expectReady(root, id);
        await expectPainted(root.locator('canvas'), id);
      }
      expect(wasm.filter((f) => f === VIOLENCE_CHUNK), 'the chunk, fetched once for two widgets').toHaveLength(1);
      await expectNoViolations(page);
      expect(errors.all(), 'console and page errors').toEqual([]);
    });

    test('a widget on the page at load gets its chunk in parallel with the main module', async ({ page }) => {
      const errors = trackErrors(page);
      const wasm = wasmRequests(page);
      const url = await servePage(
        page,
        '/chunks-violence.html',
        htmlPage('<tendik-widget id="v" name="violence-trend"></tendik-widget>', {
          head: '<script type="module" src="tendik.js"></script>',
        }),
        origin,
      );
      await page.goto(url);
      await expectReady(embeddedWidget(page.locator('#v'), 'violence-trend'), '#v');
      const timing = await page.evaluate((chunk) => {
        const entries = performance.getEntriesByType('resource');
        const of = (pred) => entries.find((e) => pred(new URL(e.name).pathname.split('/').pop()));
        const main = of((f) => /^tendik-embed-en-[0-9a-f]+_bg\.wasm$/.test(f));
        const js = of((f) => /^tendik-embed-en-[0-9a-f]+\.js$/.test(f));
        const own = of((f) => f === chunk);
        return { main: main?.startTime, js: js?.responseEnd, chunk: own?.startTime };
      }, VIOLENCE_CHUNK);
      expect(timing.chunk, 'the chunk was fetched').toBeDefined();
      // Started by the loader with the main wasm, not after the module ran.
      expect(timing.chunk, 'chunk requested before the module JS arrived').toBeLessThan(timing.js);
      expect(Math.abs(timing.chunk - timing.main), 'ms between main wasm and chunk requests').toBeLessThan(50);
      expect(wasm.filter((f) => f === VIOLENCE_CHUNK), 'fetched once').toHaveLength(1);
      await expectNoViolations(page);
      expect(errors.all(), 'console and page errors').toEqual([]);
    });

    test('the iframe embed of the violence trend fetches its chunk with the main module', async ({ page }) => {
      const errors = trackErrors(page);
      const wasm = wasmRequests(page);
      const url = await servePage(
        page,
        '/chunks-iframe.html',
        htmlPage('<iframe id="f" src="embed.html?widget=violence-trend&amp;lang=en" title="Chart" width="600" height="560"></iframe>'),
        origin,
      );
      await page.goto(url);
      const frame = await frameOf(page.locator('#f'));
      if (origin === CSP_URL) {
        const policy = await frame.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
        expect(policy, 'the frame has the strict policy').toBe(CSP);
      }
      const root = frame.locator('tendik-widget [data-widget="violence-trend"]');
      await expectReady(root, 'the frame');
      await expectPainted(root.locator('canvas'), 'the frame');
      expect(wasm.filter((f) => f === VIOLENCE_CHUNK), 'the chunk, once').toHaveLength(1);
      await expectNoViolations(page);
      expect(errors.all(), 'console and page errors').toEqual([]);
    });

    test('the downloads chunk loads on the first click, and the download is made', async ({ page }) => {
      test.skip(!DOWNLOADS_CHUNK, 'no downloads chunk in this build');
      const errors = trackErrors(page);
      const wasm = wasmRequests(page);
      const url = await servePage(
        page,
        '/chunks-download.html',
        htmlPage('<tendik-widget id="q" name="quota-gauge"></tendik-widget>', {
          head: '<script type="module" src="tendik.js"></script>',
        }),
        origin,
      );
      await page.goto(url);
      const root = embeddedWidget(page.locator('#q'), 'quota-gauge');
      await expectReady(root, '#q');
      expect(wasm.filter((f) => f === DOWNLOADS_CHUNK), 'not before the click').toEqual([]);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        root.locator('.tendik-download', { hasText: 'CSV' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      const [again] = await Promise.all([
        page.waitForEvent('download'),
        root.locator('.tendik-download', { hasText: 'SVG' }).click(),
      ]);
      expect(again.suggestedFilename()).toMatch(/\.svg$/);
      expect(wasm.filter((f) => f === DOWNLOADS_CHUNK), 'fetched once, on the first click').toHaveLength(1);
      await expectNoViolations(page);
      expect(errors.all(), 'console and page errors').toEqual([]);
    });

    test('a chunk that cannot be loaded leaves the fallback and names the chunk; other widgets work', async ({ page }) => {
      const errors = trackErrors(page);
      await page.route(`**/${VIOLENCE_CHUNK}`, (route) => route.abort());
      const url = await servePage(
        page,
        '/chunks-fail.html',
        htmlPage(
          '<tendik-widget id="q" name="quota-gauge"></tendik-widget>' +
            '<tendik-widget id="v" name="violence-trend">Recorded incidents fell from 115,526 in 2022 to 75,004 in 2024.</tendik-widget>',
          { head: '<script type="module" src="tendik.js"></script>' },
        ),
        origin,
      );
      await page.goto(url);
      await expectReady(embeddedWidget(page.locator('#q'), 'quota-gauge'), '#q');
      await expect
        .poll(() => errors.console.filter((t) => t.includes('`violence_trend`')).length, {
          message: 'a console error names the chunk',
        })
        .toBe(1);
      const v = page.locator('#v');
      await expect(v.locator('[part="fallback"]'), 'the fallback stays').toHaveText('This chart could not be loaded.');
      await expect(v, 'the element shows its own text').toContainText('Recorded incidents fell');
      expect(await v.evaluate((el) => el.shadowRoot.querySelectorAll('.tendik-widget').length)).toBe(0);
      expect(errors.page, 'no page errors (no trap)').toEqual([]);
    });
  });
}
