// The split embed bundle (docs/lazy-chunks.md): a widget's chunk is fetched only when a
// widget of its kind is on the page, once, in parallel with the main module; the
// downloads' chunk only on the first click; a chunk that fails to load leaves the
// fallback and names itself. With and without the strict Content-Security-Policy.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_URL, CSP_URL, DIST_DIR, embeddedWidget, expectPainted, expectReady, trackErrors } from './helpers.mjs';
import { COUNCIL_JSON, frameOf, htmlPage } from './embed-helpers.mjs';
import { CSP } from '../serve.mjs';

// What the build split, per language (post-build writes it; absent when not split).
const MANIFEST_PATH = path.join(DIST_DIR, 'tendik-chunks.json');
const EN = existsSync(MANIFEST_PATH) ? JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')).en : undefined;
// The files the loader prefetches for a widget, and the one holding its own code.
const filesOf = (widget) => EN?.prefetch?.[widget] ?? [];
// The chunk holding a widget's code (its line in the registry names it).
const chunkOf = (widget) => EN?.chunkOf?.[widget];
const ownChunk = (widget) => filesOf(widget).find((f) => f.includes(`-${chunkOf(widget)}-`));
const VIOLENCE_CHUNK = ownChunk('violence-trend');
const DOWNLOADS_CHUNK = EN?.points?.downloads?.find((f) => f.includes('-downloads-'));
const USERDATA_CHUNK = EN?.points?.userdata?.find((f) => f.includes('-userdata-'));
// The violence trend's static render (docs/static-renders.md), a fallback a newsroom can
// put inside the element: it must stay when the chunk cannot load.
const STATIC_INDEX = path.join(DIST_DIR, 'static', 'index.json');
const STATIC_PNG = existsSync(STATIC_INDEX)
  ? (JSON.parse(readFileSync(STATIC_INDEX, 'utf8')).images ?? []).find((f) => f.widget === 'violence-trend' && f.lang === 'en' && f.theme === 'light' && f.width === 640)?.png
  : undefined;
const STATIC_IMG = STATIC_PNG ? `<img src="${STATIC_PNG.path}" width="${STATIC_PNG.width}" height="${STATIC_PNG.height}" alt="">` : '';
// A widget whose code is in another chunk than the violence trend's.
const OTHER = ['institutions', 'crime-victims', 'nap-timeline', 'quota-gauge'].find(
  (w) => ownChunk(w) && ownChunk(w) !== VIOLENCE_CHUNK,
);

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
        htmlPage(`<tendik-widget id="q" name="${OTHER}"></tendik-widget>`, {
          head: '<script type="module" src="tendik.js"></script>',
        }),
        origin,
      );
      await page.goto(url);
      await expectReady(embeddedWidget(page.locator('#q'), OTHER), '#q');
      await page.waitForTimeout(300);
      expect(wasm.filter((f) => f === VIOLENCE_CHUNK), 'no violence-trend chunk yet').toEqual([]);
      expect(wasm.filter((f) => f === DOWNLOADS_CHUNK), 'no downloads chunk yet').toEqual([]);
      expect(new Set(wasm).size, 'no file fetched twice').toBe(wasm.length);

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
      expect(new Set(wasm).size, 'no file fetched twice').toBe(wasm.length);
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
      const timing = await page.evaluate((files) => {
        const entries = performance.getEntriesByType('resource');
        const of = (pred) => entries.find((e) => pred(new URL(e.name).pathname.split('/').pop()));
        const main = of((f) => /^tendik-embed-en-[0-9a-f]+_bg\.wasm$/.test(f));
        const js = of((f) => /^tendik-embed-en-[0-9a-f]+\.js$/.test(f));
        return { main: main?.startTime, js: js?.responseEnd, chunks: files.map((f) => of((n) => n === f)?.startTime) };
      }, filesOf('violence-trend'));
      expect(timing.chunks.length, 'files prefetched for the violence trend').toBeGreaterThan(0);
      // Started by the loader with the main wasm, not after the module ran: an order of
      // requests, not a number of milliseconds, which a loaded machine stretches.
      expect(timing.main, 'the main wasm was fetched').toBeLessThan(timing.js);
      for (const start of timing.chunks) {
        expect(start, 'each file was fetched').toBeDefined();
        expect(start, 'requested before the module JS arrived').toBeLessThan(timing.js);
      }
      expect(wasm.filter((f) => f === VIOLENCE_CHUNK), 'fetched once').toHaveLength(1);
      expect(new Set(wasm).size, 'no file fetched twice').toBe(wasm.length);
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

    test('the newsroom-data parser is fetched only for an element with data of its own', async ({ page }) => {
      const errors = trackErrors(page);
      const wasm = wasmRequests(page);
      const url = await servePage(
        page,
        '/chunks-data.html',
        htmlPage('<tendik-widget id="q" name="quota-gauge"></tendik-widget>', {
          head: '<script type="module" src="tendik.js"></script>',
        }),
        origin,
      );
      await page.goto(url);
      await expectReady(embeddedWidget(page.locator('#q'), 'quota-gauge'), '#q');
      await page.waitForTimeout(300);
      expect(wasm.filter((f) => f === USERDATA_CHUNK), 'no parser without data').toEqual([]);
      await page.evaluate((json) => {
        const el = document.createElement('tendik-widget');
        el.id = 'c';
        el.setAttribute('name', 'quota-gauge');
        el.setAttribute('data', json);
        document.body.append(el);
      }, COUNCIL_JSON);
      const root = embeddedWidget(page.locator('#c'), 'quota-gauge');
      await expectReady(root, '#c');
      await expect(root.locator('.tendik-title')).toHaveText(JSON.parse(COUNCIL_JSON).title);
      expect(wasm.filter((f) => f === USERDATA_CHUNK), 'the parser, once').toHaveLength(1);
      expect(new Set(wasm).size, 'no file fetched twice').toBe(wasm.length);
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
          `<tendik-widget id="q" name="${OTHER}"></tendik-widget>` +
            `<tendik-widget id="v" name="violence-trend">Recorded incidents fell from 115,526 in 2022 to 75,004 in 2024.${STATIC_IMG}</tendik-widget>`,
          { head: '<script type="module" src="tendik.js"></script>' },
        ),
        origin,
      );
      await page.goto(url);
      await expectReady(embeddedWidget(page.locator('#q'), OTHER), '#q');
      await expect
        .poll(() => errors.console.filter((t) => t.includes(`\`${chunkOf('violence-trend')}\``) && t.includes('could not be loaded')).length, {
          message: 'a console error names the chunk',
        })
        .toBe(1);
      const v = page.locator('#v');
      await expect(v.locator('[part="fallback"]'), 'the fallback stays').toHaveText('This chart could not be loaded.');
      await expect(v, 'the element shows its own text').toContainText('Recorded incidents fell');
      expect(await v.evaluate((el) => el.shadowRoot.querySelectorAll('.tendik-widget').length)).toBe(0);
      if (STATIC_PNG) {
        const img = v.locator('img');
        await expect(img, 'the static image stays visible').toBeVisible();
        expect(await img.evaluate((i) => i.complete && i.naturalWidth > 0), 'the static image loaded').toBe(true);
      }
      expect(errors.page, 'no page errors (no trap)').toEqual([]);
    });
  });
}
