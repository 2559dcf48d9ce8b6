// Issue 18, "Embeds that hold up on a real site":
// - From another origin: dist/ on one origin (127.0.0.1, tests/serve.mjs with and without
//   --cors) and the article on another (localhost, a page server of this file). With
//   `Access-Control-Allow-Origin` the script embed and the iframe embed (with its resizer)
//   render; without it the script embed keeps its fallback text, with one console error
//   that names CORS, and the iframe still shows its chart at the snippet's own height.
// - Iframe without the resizer: each widget's generated iframe, at 360 and 1280 px, shows
//   its source line (scrolled into view if need be) and cuts nothing off without a
//   scrollbar; from 320 to 700 px wide it needs no scrolling at all.

import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { ALL_WIDGETS, DIST_DIR, expectPainted, expectReady, trackErrors } from './helpers.mjs';
import { frameFit, frameOf, frameWidgetName, htmlPage, settleFrame } from './embed-helpers.mjs';
import { staticHandler, startServer } from '../serve.mjs';

const FALLBACK = 'Recorded incidents fell from 115,526 in 2022 to 75,004 in 2024. Source: CEDAW replies.';

// The article's own server: pages the test puts at a path, on every interface.
function startPageServer() {
  const pages = new Map();
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url, 'http://localhost').pathname);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html ?? 'Not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, pages, port: server.address().port }));
  });
}

// A chart host that sends the header for tendik.js only, not for the bundle it imports.
function startHalfCorsServer() {
  const files = staticHandler({ root: DIST_DIR });
  const server = createServer((req, res) => {
    if (new URL(req.url, 'http://localhost').pathname === '/tendik.js') res.setHeader('Access-Control-Allow-Origin', '*');
    files(req, res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

const stop = (s) => new Promise((resolve) => {
  s.closeAllConnections?.();
  s.close(resolve);
});

test.describe('from another origin', () => {
  let withCors;
  let withoutCors;
  let halfCors;
  let articles;

  test.beforeAll(async () => {
    withCors = await startServer({ root: DIST_DIR, port: 0, cors: true });
    withoutCors = await startServer({ root: DIST_DIR, port: 0 });
    halfCors = await startHalfCorsServer();
    articles = await startPageServer();
  });
  test.afterAll(async () => {
    await Promise.all([withCors, withoutCors, halfCors, articles].map((s) => s && stop(s.server)));
  });

  // An article at http://localhost:<port>/<name>.html: another origin than 127.0.0.1.
  function article(name, body, head = '') {
    articles.pages.set(`/${name}.html`, htmlPage(`<main>\n${body}\n</main>`, { head }));
    return `http://localhost:${articles.port}/${name}.html`;
  }

  const scriptEmbed = (assets) =>
    `<script type="module" src="${assets}tendik.js"></script>\n` +
    `<p>Before the chart.</p>\n<tendik-widget name="violence-trend" lang="en">${FALLBACK}</tendik-widget>`;
  const iframeEmbed = (assets) =>
    `<iframe data-tendik-embed id="f" src="${assets}embed.html?widget=peacekeeping&amp;lang=en" title="Peacekeeping" width="100%" height="700" frameborder="0"></iframe>\n` +
    `<script type="module" src="${assets}tendik-resizer.js"></script>`;

  test('serve.mjs --cors sends Access-Control-Allow-Origin on every file, without it none', async ({ request }) => {
    for (const file of ['tendik.js', 'embed.html', 'tendik-resizer.js']) {
      const yes = await request.get(`${withCors.url}${file}`);
      expect(yes.headers()['access-control-allow-origin'], `${file} with --cors`).toBe('*');
      const no = await request.get(`${withoutCors.url}${file}`);
      expect(no.headers()['access-control-allow-origin'], `${file} without`).toBeUndefined();
    }
  });

  test('with the headers: the script embed renders; its module, imports and wasm are CORS responses', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    const responses = [];
    page.on('response', (r) => {
      if (r.url().startsWith(withCors.url)) responses.push(r);
    });
    const url = article('script-cors', scriptEmbed(withCors.url));
    await page.goto(url);
    expect(new URL(page.url()).origin).not.toBe(new URL(withCors.url).origin);
    const root = page.locator('tendik-widget [data-widget="violence-trend"]');
    await expectReady(root, 'cross-origin <tendik-widget>');
    await expectPainted(root.locator('canvas'), 'cross-origin <tendik-widget>');
    const files = responses.map((r) => new URL(r.url()).pathname);
    expect(files.some((f) => /^\/tendik-embed-en-[0-9a-f]+\.js$/.test(f)), `modules: ${files}`).toBe(true);
    const wasm = responses.find((r) => r.url().endsWith('.wasm'));
    expect(wasm, 'the wasm came from the other origin').toBeTruthy();
    expect(wasm.headers()['content-type']).toBe('application/wasm');
    for (const r of responses) {
      expect(r.headers()['access-control-allow-origin'], r.url()).toBe('*');
    }
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('without the headers: the script embed keeps its fallback; one console error names CORS', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(article('script-no-cors', scriptEmbed(withoutCors.url)));
    const host = page.locator('tendik-widget');
    await expect(host).toHaveText(FALLBACK);
    await expect(host).toBeVisible();
    // Give a late module every chance to have run.
    await page.waitForLoadState('networkidle');
    await expect(host).toHaveText(FALLBACK);
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    const cors = errors.console.filter((e) => /CORS|Access-Control-Allow-Origin/.test(e));
    expect(cors, `console: ${errors.console.join('\n')}`).toHaveLength(1);
    expect(cors[0]).toContain('tendik.js');
    expect(errors.page, 'page errors').toEqual([]);
  });

  test('tendik.js allowed, its bundle not: the loader names the host and the header; the fallback stays', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    // A real server: responses fulfilled by page.route skip the browser's CORS check.
    await page.goto(article('script-half-cors', scriptEmbed(halfCors.url)));
    const host = page.locator('tendik-widget');
    await expect
      .poll(() => errors.console.filter((e) => e.includes('Tendik: the widget suite could not be loaded')).length)
      .toBe(1);
    const tendik = errors.console.find((e) => e.includes('Tendik:'));
    expect(tendik).toContain(`from ${halfCors.url}`);
    expect(tendik).toContain('Access-Control-Allow-Origin');
    await expect(host).toContainText(FALLBACK);
    await expect(host).toBeVisible();
  });

  test('with the headers: the iframe embed renders and its resizer sizes it', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(article('iframe-cors', iframeEmbed(withCors.url)));
    const iframe = page.locator('#f');
    await settleFrame(iframe, 'cross-origin iframe with the resizer');
    expect((await frameFit(iframe)).height, 'resized from its 700 px').not.toBe(700);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('without the headers: the iframe still shows its chart, unsized, and one error names the resizer', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await page.goto(article('iframe-no-cors', iframeEmbed(withoutCors.url)));
    const iframe = page.locator('#f');
    const frame = await settleFrame(iframe, 'cross-origin iframe, no resizer', { fit: false });
    await expectPainted(frame.locator('[data-widget="peacekeeping"] canvas'), 'the chart in the frame');
    await page.waitForLoadState('networkidle');
    expect((await frameFit(iframe)).height, 'the snippet height stays').toBe(700);
    const cors = errors.console.filter((e) => /CORS|Access-Control-Allow-Origin/.test(e));
    expect(cors, `console: ${errors.console.join('\n')}`).toHaveLength(1);
    expect(cors[0]).toContain('tendik-resizer.js');
  });

  test("with the headers, under the article's own CSP naming the chart host", async ({ page }) => {
    const origin = new URL(withCors.url).origin;
    const csp = [
      "default-src 'self'",
      `script-src 'self' ${origin} 'wasm-unsafe-eval'`,
      `connect-src 'self' ${origin}`,
      `frame-src ${origin}`,
      "style-src 'self'",
    ].join('; ');
    const errors = trackErrors(page);
    await page.goto(
      article(
        'csp-cors',
        `${scriptEmbed(withCors.url)}\n${iframeEmbed(withCors.url)}`,
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      ),
    );
    await expectReady(page.locator('tendik-widget [data-widget="violence-trend"]'), 'script embed under CSP');
    await settleFrame(page.locator('#f'), 'iframe under CSP');
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------

// A frame taller than the viewport, scrolled so that its top (where the widget starts
// loading, once it is on screen) is in view; its widget ready.
async function settleTop(iframe, label) {
  await iframe.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const frame = await frameOf(iframe);
  const name = await frameWidgetName(iframe);
  await expectReady(frame.locator(`[data-widget="${name}"]`), `${label} (${name})`);
  return frame;
}

// The app's generated iframe snippet for every widget in `lang`, without its resizer line.
async function iframeSnippets(page, lang) {
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator('details.app-embed')).toHaveCount(ALL_WIDGETS.length);
  const snippets = await page.locator('details.app-embed').evaluateAll((all) =>
    all.map((d) => d.querySelectorAll('.app-snippet code')[1].textContent),
  );
  return snippets.map((s) => {
    const iframe = s.split('\n')[0];
    expect(s).toContain('tendik-resizer.js');
    expect(iframe).toMatch(/^<iframe [^>]*height="\d+"[^>]*><\/iframe>$/);
    const name = iframe.match(/widget=([a-z0-9-]+)/)[1];
    return { name, iframe, height: Number(iframe.match(/height="(\d+)"/)[1]) };
  });
}

// Inside an iframe: the document against the frame's viewport, and the source line.
async function frameView(iframe) {
  const frame = await frameOf(iframe);
  return frame.evaluate(() => {
    const root = document.querySelector('tendik-widget').shadowRoot;
    const source = root.querySelector('.tendik-source').getBoundingClientRect();
    const d = document.documentElement;
    return {
      viewport: window.innerHeight,
      scrollHeight: d.scrollHeight,
      overflowY: getComputedStyle(d).overflowY,
      sourceTop: source.top,
      sourceBottom: source.bottom,
    };
  });
}

test.describe('the iframe without the resizer', () => {
  for (const width of [360, 1280]) {
    test.describe(`${width}px`, () => {
      test.use({ viewport: { width, height: 900 } });

      test('every widget shows its source line, scrolling if need be; nothing cut off without a scrollbar', async ({
        page,
      }) => {
        test.setTimeout(120_000);
        const snippets = await iframeSnippets(page, 'en');
        const errors = trackErrors(page);
        await page.route('**/e2e-no-resizer.html', (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: htmlPage(snippets.map((s) => `<p>${s.name}</p>\n${s.iframe}`).join('\n'), {
              head: '<style>body { margin: 0 } iframe { display: block }</style>',
            }),
          }),
        );
        await page.goto('/e2e-no-resizer.html');
        const frames = page.locator('iframe[data-tendik-embed]');
        await expect(frames).toHaveCount(snippets.length);
        for (let i = 0; i < snippets.length; i++) {
          const { name, height } = snippets[i];
          const iframe = frames.nth(i);
          await settleTop(iframe, name);
          const f = await frameFit(iframe);
          expect(f.height, `${name}: the snippet's height, not resized`).toBe(height);
          expect(f.width, `${name}: as wide as the page`).toBe(width);
          expect(f.scrollWidth, `${name}: nothing wider than the frame`).toBeLessThanOrEqual(f.clientWidth + 1);
          let v = await frameView(iframe);
          if (v.scrollHeight > v.viewport + 1) {
            expect(v.overflowY, `${name}: taller than its frame, so the frame scrolls`).toMatch(/auto|scroll/);
            const frame = await frameOf(iframe);
            await frame.evaluate(() =>
              document.querySelector('tendik-widget').shadowRoot.querySelector('.tendik-source').scrollIntoView(),
            );
            v = await frameView(iframe);
          }
          expect(v.sourceTop, `${name}: source line inside the frame`).toBeGreaterThanOrEqual(0);
          expect(v.sourceBottom, `${name}: source line inside the frame`).toBeLessThanOrEqual(v.viewport + 0.5);
          const frame = await frameOf(iframe);
          await expect(frame.locator('.tendik-source')).toBeVisible();
        }
        expect(errors.all(), 'console errors and page errors').toEqual([]);
      });
    });
  }

  // The snippet's height is the tallest layout from 320 to 700 px: at those widths the frame
  // needs no scrollbar, in every language; and it is not much taller than needed at 320 px.
  for (const lang of ['en', 'ru', 'kk']) {
    test(`${lang}: from 320 to 700 px every frame fits without scrolling`, async ({ page }) => {
      test.setTimeout(180_000);
      const snippets = await iframeSnippets(page, lang);
      for (const width of [320, 480, 700]) {
        await page.setViewportSize({ width, height: 900 });
        await page.route('**/e2e-fit.html', (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: htmlPage(snippets.map((s) => s.iframe).join('\n'), {
              head: '<style>body { margin: 0 } iframe { display: block }</style>',
              lang,
            }),
          }),
        );
        await page.goto('/e2e-fit.html');
        const frames = page.locator('iframe[data-tendik-embed]');
        for (let i = 0; i < snippets.length; i++) {
          const { name, height } = snippets[i];
          const iframe = frames.nth(i);
          await settleTop(iframe, `${name} ${lang} ${width}px`);
          const v = await frameView(iframe);
          expect(v.scrollHeight, `${name} ${lang} at ${width}px: content ≤ the snippet's ${height}px`).toBeLessThanOrEqual(
            v.viewport + 1,
          );
          if (width === 320) {
            const spare = height - v.scrollHeight;
            expect(spare, `${name} ${lang} at 320px: ${spare}px to spare of ${height}`).toBeLessThanOrEqual(
              Math.max(120, height * 0.2),
            );
          }
        }
        await page.unroute('**/e2e-fit.html');
      }
    });
  }
});
