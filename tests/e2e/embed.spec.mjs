// Issue 5, "Embeds for newsrooms": the <tendik-widget> element and the iframe embed in a
// realistic article, on a page with hostile CSS and globals, under a strict CSP; no foreign
// requests and no storage; one download for many widgets; lazy mounting; own-width redraws;
// live attributes; fallback text; the iframe resizer's message checks; the app's
// "Embed this chart" generator; the iframe embed page itself.

import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  APP_URL,
  DIST_DIR,
  CSP_URL,
  WIDGETS,
  embeddedWidget,
  expectPainted,
  expectReady,
  screenshotPath,
  settleEmbeds,
  trackErrors,
} from './helpers.mjs';
import {
  COUNCIL_JSON,
  CYRILLIC,
  KAZAKH_LETTERS,
  embedModule,
  expectFits,
  fits,
  frameFit,
  frameOf,
  htmlPage,
  isOwnOrigin,
  luminance,
  servePage,
  settleFrame,
  settleFrames,
  shadowLook,
  storageState,
  topLeftPixel,
} from './embed-helpers.mjs';

const APP_ORIGIN = new URL(APP_URL).origin;

// What every page but the app loads for widgets in English.
const SUITE_MODULE = embedModule('en');

// A split English bundle's link module (tendik-embed-en-split-<hash>.js), if any.
const SUITE_LINK = readFileSync(path.join(DIST_DIR, 'tendik.js'), 'utf8').match(/"(tendik-embed-en-split-[0-9a-f]+\.js)"/)?.[1];
// The loader's note when the suite cannot load, in each widget's language.
const FAILED_NOTE = {
  en: 'This chart could not be loaded.',
  ru: 'Не удалось загрузить диаграмму.',
  kk: 'Диаграмманы жүктеу мүмкін болмады.',
};

// Settles every <tendik-widget> and embed iframe of the page; all must be ready.
async function settleAll(page, { widgets, frames } = {}) {
  const { good, bad } = await settleEmbeds(page);
  expect(
    await Promise.all(bad.map(async (b) => `${b.label}: ${await b.error.textContent()}`)),
    'widgets that show an error',
  ).toEqual([]);
  if (widgets !== undefined) expect(good.length, '<tendik-widget> elements ready').toBe(widgets);
  const settledFrames = await settleFrames(page);
  if (frames !== undefined) expect(settledFrames.length, 'embed iframes ready').toBe(frames);
  return { good, frames: settledFrames };
}

async function gotoArticle(page) {
  const errors = trackErrors(page);
  const response = await page.goto('/article.html');
  expect(response?.status(), 'GET /article.html').toBe(200);
  return errors;
}

// Two animation frames: enough for an IntersectionObserver or ResizeObserver to deliver.
function twoFrames(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

// ---------------------------------------------------------------------------------------
// 1. The article page at a 640 px and a 320 px column.

for (const { viewport, column } of [
  { viewport: 700, column: 640 },
  { viewport: 336, column: 320 },
]) {
  test.describe(`article page, ${column}px column (viewport ${viewport}px)`, () => {
    test.use({ viewport: { width: viewport, height: 800 } });

    test('every widget is ready, every iframe is sized to its content, nothing overflows the column', async ({
      page,
    }) => {
      const errors = await gotoArticle(page);
      const { good, frames } = await settleAll(page, { widgets: 3, frames: 2 });
      for (const { root, label } of good) await expectPainted(root.locator('canvas'), label);

      const layout = await page.evaluate(() => {
        const story = document.querySelector('.story');
        const s = getComputedStyle(story);
        const r = story.getBoundingClientRect();
        const left = r.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth);
        const right = r.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth);
        const items = [...story.querySelectorAll('tendik-widget, iframe')].map((el) => {
          const b = el.getBoundingClientRect();
          const fig = el.shadowRoot?.querySelector('.tendik-widget');
          const f = fig?.getBoundingClientRect();
          return {
            label: `${el.tagName.toLowerCase()}#${el.id}`,
            left: b.left,
            right: b.right,
            height: b.height,
            figure: f ? { left: f.left, right: f.right } : null,
          };
        });
        return {
          column: { left, right, width: right - left },
          items,
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        };
      });
      expect(layout.column.width, 'the text column width').toBeCloseTo(column, 0);
      expect(layout.scrollWidth, 'page scroll width vs viewport').toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.items.length).toBe(5);
      for (const item of layout.items) {
        expect(item.height, `${item.label} has a height`).toBeGreaterThan(100);
        expect(item.left, `${item.label} left edge vs column`).toBeGreaterThanOrEqual(layout.column.left - 0.5);
        expect(item.right, `${item.label} right edge vs column`).toBeLessThanOrEqual(layout.column.right + 0.5);
        if (item.figure) {
          expect(item.figure.left, `${item.label}: widget left edge`).toBeGreaterThanOrEqual(item.left - 0.5);
          expect(item.figure.right, `${item.label}: widget right edge`).toBeLessThanOrEqual(item.right + 0.5);
        }
      }
      // Inside each frame: the widget is no wider than the frame, and the frame still fits
      // its content now that everything on the page has settled.
      for (const { iframe, frame, label } of frames) {
        const f = await frameFit(iframe);
        expect(fits(f), `${label} fits its content: ${JSON.stringify(f)}`).toBe(true);
        expect(f.width, `${label} is as wide as the column`).toBeCloseTo(column, 0);
        const inner = await frame.evaluate(() => {
          const fig = document.querySelector('tendik-widget').shadowRoot.querySelector('.tendik-widget');
          const r = fig.getBoundingClientRect();
          return { right: r.right, width: r.width, viewport: document.documentElement.clientWidth };
        });
        expect(inner.right, `${label}: the widget inside the frame`).toBeLessThanOrEqual(inner.viewport + 0.5);
      }
      expect(errors.all(), 'console errors and page errors').toEqual([]);
    });
  });
}

test('an iframe embed served from another origin is sized by the resizer too', async ({ page }) => {
  // The usual newsroom case: the article on the newsroom's origin, the frame on Tendik's
  // (here the second test server: another port, so another origin).
  const errors = await gotoArticle(page);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'f-cross';
    frame.setAttribute('data-tendik-embed', '');
    frame.src = src;
    frame.title = 'Peacekeeping';
    frame.width = '100%';
    frame.height = '560';
    document.querySelector('.story').append(frame);
  }, `${CSP_URL}/embed.html?widget=peacekeeping&lang=en`);
  const iframe = page.locator('#f-cross');
  const frame = await settleFrame(iframe, 'cross-origin iframe');
  expect(new URL(frame.url()).origin, 'the frame is on another origin').not.toBe(APP_ORIGIN);
  expect((await frameFit(iframe)).height, 'resized from its 560 px default').not.toBe(560);
  expect(errors.all(), 'console errors and page errors').toEqual([]);
});

// Regression test for a bug this test found (fixed; see git log).
test('the resizer sizes a frame with a border on a border-box page without clipping', async ({ page }) => {
  await gotoArticle(page);
  const iframe = page.locator('#f-violence');
  await settleFrame(iframe, '#f-violence');
  await iframe.evaluate((el) => {
    el.style.boxSizing = 'border-box';
    el.style.border = '1px solid #888';
    el.style.padding = '4px';
    // Ask again, as a host does after it re-laid out the page.
    el.contentWindow.postMessage({ type: 'tendik:request-height' }, location.origin);
  });
  await expectFits(iframe, '#f-violence with a border, border-box');
});

test("an iframe embed's auto theme is what it means on the host page, told by the resizer", async ({ page }) => {
  // A dark system. embed.html declares both schemes; the host page decides.
  await page.emulateMedia({ colorScheme: 'dark' });
  await gotoArticle(page);
  const light = (await frameOf(page.locator('#f-violence'))).locator('[data-widget="violence-trend"]');
  await expectReady(light, '#f-violence');
  await expect(light, 'a page that declares no dark scheme: light').not.toHaveClass(/\btendik-dark\b/);
  const iframe = `<iframe data-tendik-embed src="${APP_URL}/embed.html?widget=violence-trend&amp;lang=en" title="Chart" width="100%" height="500"></iframe>`;
  const resizer = `<script type="module" src="${APP_URL}/tendik-resizer.js"></script>`;
  for (const [head, dark] of [['<meta name="color-scheme" content="light dark">', true], ['<style>:root { color-scheme: dark; }</style>', true], ['<meta name="color-scheme" content="light">', false]]) {
    await page.goto(await servePage(page, '/e2e-frame-scheme.html', htmlPage(`${iframe}\n${resizer}`, { head })));
    const root = (await frameOf(page.locator('iframe'))).locator('[data-widget="violence-trend"]');
    await expectReady(root, head);
    if (dark) await expect(root, head).toHaveClass(/\btendik-dark\b/);
    else await expect(root, head).not.toHaveClass(/\btendik-dark\b/);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

// ---------------------------------------------------------------------------------------
// 2. The hostile page against the article page.

test.describe('hostile page vs article page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  async function compareWithArticle(page) {
    await gotoArticle(page);
    await settleAll(page);
    const article = {};
    for (const id of ['w-quota', 'w-peace']) article[id] = await shadowLook(page.locator(`#${id}`));
    const errors = trackErrors(page);
    await page.goto('/hostile.html');
    await settleAll(page, { widgets: 3, frames: 1 });
    const hostile = {};
    for (const id of ['w-quota', 'w-peace']) hostile[id] = await shadowLook(page.locator(`#${id}`));
    return { article, hostile, errors };
  }

  test('the same widget has the same width, fonts, colours and canvas inside its shadow root', async ({
    page,
  }) => {
    const { article, hostile, errors } = await compareWithArticle(page);
    for (const id of ['w-quota', 'w-peace']) {
      const h = hostile[id];
      const a = article[id];
      expect(h, `#${id} on the hostile page`).not.toBeNull();
      expect(h.canvasDisplay, `#${id}: canvas display`).toBe('block');
      expect(h.canvasFilter, `#${id}: canvas filter`).toBe('none');
      expect(h.canvasCssWidth, `#${id}: canvas CSS width`).toBeGreaterThan(100);
      expect(Math.abs(h.figureWidth - a.figureWidth), `#${id}: figure width ${h.figureWidth} vs ${a.figureWidth}`).toBeLessThanOrEqual(0.5);
      for (const key of [
        'titleFontFamily',
        'titleColor',
        'titleLetterSpacing',
        'titleTextTransform',
        'titleTextAlign',
        'canvasDisplay',
        'canvasCssWidth',
        'canvasCssHeight',
        'canvasWidth',
        'canvasHeight',
      ]) {
        expect(h[key], `#${id}: ${key} on the hostile page vs the article`).toEqual(a[key]);
      }
      await expectPainted(page.locator(`#${id} canvas`), `#${id} on the hostile page`);
    }
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  // Regression test for a bug this test found (fixed; see git log).
  test('the same widget has the same font sizes and height inside its shadow root', async ({ page }) => {
    const { article, hostile } = await compareWithArticle(page);
    for (const id of ['w-quota', 'w-peace']) {
      const h = hostile[id];
      const a = article[id];
      for (const key of ['titleFontSize', 'titleLineHeight']) {
        expect.soft(h[key], `#${id}: ${key} on the hostile page vs the article`).toEqual(a[key]);
      }
      expect
        .soft(Math.abs(h.figureHeight - a.figureHeight), `#${id}: figure height ${h.figureHeight} vs ${a.figureHeight}`)
        .toBeLessThanOrEqual(0.5);
    }
  });

  test("the widget's CSS does not leak out, no stylesheet is added, the host's globals are kept", async ({
    page,
  }) => {
    // A snapshot once the HTML is parsed, before module scripts (tendik.js) run.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive' || window.top !== window) return;
        window.__e2eBefore = {
          styleNodes: [...document.querySelectorAll('style, link')].map((n) => n.outerHTML),
          head: [...document.head.children].map((n) => n.outerHTML),
          htmlTag: document.documentElement.outerHTML.slice(0, document.documentElement.outerHTML.indexOf('>') + 1),
          adopted: document.adoptedStyleSheets.length,
          globals: Object.keys(window),
        };
        window.__e2eHostGlobals = {
          init: window.init,
          wasm_bindgen: window.wasm_bindgen,
          define: window.define,
          $: window.$,
          jQuery: window.jQuery,
          module: window.module,
          exports: window.exports,
          process: window.process,
        };
      });
    });
    const errors = trackErrors(page);
    await page.goto('/hostile.html');
    await settleAll(page, { widgets: 3, frames: 1 });

    const after = await page.evaluate(() => {
      const style = (el) => {
        const s = getComputedStyle(el);
        return {
          fontFamily: s.fontFamily,
          color: s.color,
          textTransform: s.textTransform,
          letterSpacing: s.letterSpacing,
          lineHeight: s.lineHeight,
          fontSize: s.fontSize,
        };
      };
      const before = window.__e2eBefore;
      const saved = window.__e2eHostGlobals;
      return {
        before,
        styleNodes: [...document.querySelectorAll('style, link')].map((n) => n.outerHTML),
        head: [...document.head.children].map((n) => n.outerHTML),
        htmlTag: document.documentElement.outerHTML.slice(0, document.documentElement.outerHTML.indexOf('>') + 1),
        adopted: document.adoptedStyleSheets.length,
        sheets: [...document.styleSheets].map((s) => s.href),
        linkedSheets: [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => l.href),
        newGlobals: Object.keys(window).filter(
          (k) => !before.globals.includes(k) && !k.startsWith('__e2e'),
        ),
        same: Object.fromEntries(Object.keys(saved).map((k) => [k, window[k] === saved[k]])),
        wasmBindgen: window.wasm_bindgen,
        defineAmd: window.define?.amd,
        after: style(document.getElementById('after')),
        firstParagraph: style(document.querySelector('.story > p')),
        bodyBackground: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(after.before, 'the snapshot before tendik.js ran').toBeTruthy();
    // #after keeps the host's own (hostile) styles, the same as a paragraph before the widgets.
    expect(after.after.fontFamily, '#after font-family').toMatch(/Comic Sans MS/);
    expect(after.after.color, '#after colour').toBe('rgb(204, 0, 0)');
    expect(after.after.textTransform, '#after text-transform').toBe('uppercase');
    expect(after.after, '#after vs the first paragraph').toEqual(after.firstParagraph);
    expect(after.bodyBackground, 'body background').toBe('rgb(255, 255, 221)');
    // No stylesheet of the widgets' in the host document.
    expect(after.styleNodes, '<style>/<link> elements').toEqual(after.before.styleNodes);
    expect(after.head, '<head> children').toEqual(after.before.head);
    expect(after.htmlTag, '<html> start tag').toBe(after.before.htmlTag);
    expect(after.adopted, 'document.adoptedStyleSheets').toBe(0);
    expect(after.sheets, 'document.styleSheets').toEqual(after.linkedSheets);
    // The host's globals are the host's.
    expect(after.same, 'host globals are the same objects').toEqual({
      init: true,
      wasm_bindgen: true,
      define: true,
      $: true,
      jQuery: true,
      module: true,
      exports: true,
      process: true,
    });
    expect(after.wasmBindgen).toBe('host value');
    expect(after.defineAmd).toBe(true);
    expect(after.newGlobals, 'globals added to window').toEqual([]);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });
});

for (const width of [360, 1280]) {
  test.describe(`screenshots at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const name of ['article', 'hostile']) {
      test(`${name} page: settled and saved as embed-${name}-${width}.png`, async ({ page }) => {
        const errors = trackErrors(page);
        await page.goto(`/${name}.html`);
        await settleAll(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: screenshotPath(`embed-${name}-${width}.png`), fullPage: true });
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll('tendik-widget, iframe')].map((el) => {
            const r = el.getBoundingClientRect();
            return { id: el.id, left: r.left, right: r.right, innerWidth: window.innerWidth };
          }),
        );
        for (const b of boxes) {
          expect(b.left, `#${b.id} left edge`).toBeGreaterThanOrEqual(-0.5);
          expect(b.right, `#${b.id} right edge`).toBeLessThanOrEqual(b.innerWidth + 0.5);
        }
        expect(errors.all(), 'console errors and page errors').toEqual([]);
      });
    }
  });
}

// ---------------------------------------------------------------------------------------
// 3. Under the strict Content-Security-Policy.

test.describe('strict Content-Security-Policy', () => {
  for (const name of ['article', 'hostile']) {
    test(`${name} page: widgets and iframes ready, no violations, no console errors`, async ({
      page,
    }) => {
      // In every frame: the iframes' documents have the policy too.
      await page.addInitScript(() => {
        window.__e2eCsp = [];
        document.addEventListener(
          'securitypolicyviolation',
          (e) => window.__e2eCsp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
          true,
        );
      });
      const errors = trackErrors(page);
      const response = await page.goto(`${CSP_URL}/${name}.html`);
      expect(response?.headers()['content-security-policy'], 'the CSP header').toContain("default-src 'self'");
      const { good, frames } = await settleAll(page, { widgets: 3 });
      expect(frames.length, 'iframes').toBeGreaterThanOrEqual(1);
      for (const { root, label } of good) await expectPainted(root.locator('canvas'), label);
      const violations = [];
      for (const frame of page.frames()) {
        const list = await frame.evaluate(() => window.__e2eCsp ?? ['(no listener)']);
        violations.push(...list.map((v) => `${frame.url()}: ${v}`));
      }
      expect(violations, 'securitypolicyviolation events, in the page and its frames').toEqual([]);
      expect(errors.all(), 'console errors and page errors').toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------
// 4. No request to anywhere else, and nothing stored.

test.describe('no foreign requests, nothing stored', () => {
  const pages = [
    { path: '/', label: 'the app' },
    { path: '/article.html', label: 'the article page' },
    { path: '/hostile.html', label: 'the hostile page' },
    { path: '/demo.html', label: 'the demo page' },
    { path: '/embed.html?widget=violence-trend&lang=kk&theme=dark', label: 'the iframe embed page' },
  ];
  for (const { path: url, label } of pages) {
    test(`${label} (${url})`, async ({ page, context }) => {
      const requests = [];
      const sockets = [];
      context.on('request', (r) => requests.push(r.url()));
      page.on('websocket', (ws) => sockets.push(ws.url()));
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      if (url === '/') {
        const roots = page.locator('[data-widget]');
        await expect(roots.first()).toBeAttached();
        for (const root of await roots.all()) await expectReady(root, 'app widget');
        // Open every "Embed this chart": its live preview is an iframe.
        for (const summary of await page.locator('details.app-embed > summary').all()) {
          await summary.click();
        }
        await page.getByRole('button', { name: 'Қазақша' }).click();
        await settleFrames(page, { fit: false });
      } else if (url.startsWith('/embed.html')) {
        await expectReady(page.locator('[data-widget="violence-trend"]'), 'embed page');
      } else {
        await settleEmbeds(page);
        await settleFrames(page);
      }
      expect(
        requests.some((u) => new URL(u).pathname.endsWith('.wasm')),
        'the recording saw the wasm download',
      ).toBe(true);
      const foreign = requests.filter((u) => !isOwnOrigin(u, APP_ORIGIN));
      expect(foreign, `requests not to ${APP_ORIGIN}`).toEqual([]);
      expect(sockets, 'WebSockets').toEqual([]);
      const stored = await storageState(page);
      expect(stored).toEqual({
        cookies: [],
        localStorage: [],
        sessionStorage: [],
        indexedDB: [],
        caches: [],
        serviceWorkers: [],
        documentCookie: '',
      });
    });
  }
});

// ---------------------------------------------------------------------------------------
// 5. One download for many widgets.

test('widgets load the bundle of their language only: English and Kazakh together, Russian when one switches', async ({
  page,
}) => {
  const wasm = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.endsWith('.wasm')) wasm.push(p);
  });
  const bundle = (p) => p.match(/^\/tendik-(embed-[a-z]{2}|app)-/)?.[1];
  // The bundles' main modules; a split bundle's chunks (docs/lazy-chunks.md) come besides.
  const mains = () => wasm.filter((p) => p.endsWith('_bg.wasm'));
  const body = ['en', 'kk', 'en', 'kk']
    .map((lang, i) => `<tendik-widget id="l${i}" name="${WIDGETS[i % WIDGETS.length]}" lang="${lang}"></tendik-widget>`)
    .join('\n');
  const url = await servePage(
    page,
    '/e2e-languages.html',
    htmlPage(`<main style="max-width:640px;margin:0 auto">\n${body}\n</main>`, {
      head: '<script type="module" src="tendik.js"></script>',
    }),
  );
  const errors = trackErrors(page);
  await page.goto(url);
  const { good, bad } = await settleEmbeds(page);
  expect(bad.map((b) => b.label), 'elements with an error').toEqual([]);
  expect(good.length).toBe(4);
  expect(mains().map(bundle).sort(), 'one wasm per language on the page').toEqual(['embed-en', 'embed-kk']);

  const host = page.locator('#l0');
  const root = embeddedWidget(host, WIDGETS[0]);
  await host.evaluate((el) => el.setAttribute('lang', 'ru-RU'));
  await expect(root).toHaveAttribute('lang', 'ru');
  await expect(root).toHaveAttribute('data-state', 'ready');
  await expect(root.locator('.tendik-title')).toHaveText(CYRILLIC);
  await expectPainted(root.locator('canvas'), '#l0 in Russian');
  expect(mains().map(bundle).sort(), 'the Russian bundle joins').toEqual(['embed-en', 'embed-kk', 'embed-ru']);
  // Back to English: the English bundle, already here, renders it again.
  await host.evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(root).toHaveAttribute('lang', 'en');
  await expect(root.locator('.tendik-title')).not.toHaveText(CYRILLIC);
  expect(mains()).toHaveLength(3);
  expect(new Set(wasm).size, 'no wasm file fetched twice').toBe(wasm.length);
  const shadows = await page.evaluate(() =>
    [...document.querySelectorAll('tendik-widget')].map((el) => el.shadowRoot.querySelectorAll('.tendik-root').length),
  );
  expect(shadows, 'each element holds exactly one widget').toEqual([1, 1, 1, 1]);
  expect(errors.all(), 'console errors and page errors').toEqual([]);
});

test('twenty <tendik-widget> elements: one request for the module and one for the wasm, all ready', async ({
  page,
}) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors = trackErrors(page);
  const body = Array.from(
    { length: 20 },
    (_, i) =>
      `<p>Paragraph ${i + 1}.</p>\n<tendik-widget id="m${i + 1}" name="${WIDGETS[i % WIDGETS.length]}"></tendik-widget>`,
  ).join('\n');
  const url = await servePage(
    page,
    '/e2e-twenty.html',
    htmlPage(`<main style="max-width:640px;margin:0 auto">\n${body}\n</main>`, {
      head: '<script type="module" src="tendik.js"></script>',
    }),
  );
  await page.goto(url);
  const { good, bad } = await settleEmbeds(page);
  expect(bad.map((b) => b.label), 'elements with an error').toEqual([]);
  expect(good.length).toBe(20);
  for (const { root, label } of good) await expectPainted(root.locator('canvas'), label);
  const counted = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('tendik-widget')];
    const sheets = new Set(hosts.flatMap((h) => h.shadowRoot?.adoptedStyleSheets ?? []));
    return {
      hosts: hosts.length,
      ready: hosts.filter((h) => h.shadowRoot?.querySelector('.tendik-widget[data-state="ready"]')).length,
      sheets: sheets.size,
      mountedCountReachable: typeof window.mountedCount !== 'undefined',
    };
  });
  expect(counted.hosts).toBe(20);
  expect(counted.ready, 'shadow roots with a ready widget').toBe(20);
  expect(counted.sheets, 'one constructable stylesheet shared by every widget').toBe(1);
  expect(counted.mountedCountReachable, 'mountedCount is not a page global').toBe(false);
  expect(requests.filter((p) => p.endsWith('_bg.wasm')), 'requests for the wasm').toHaveLength(1);
  const wasmFiles = requests.filter((p) => p.endsWith('.wasm'));
  expect(new Set(wasmFiles).size, 'no chunk fetched twice').toBe(wasmFiles.length);
  expect(
    requests.find((p) => p.endsWith('_bg.wasm')),
    'an article loads the embed bundle, not the bigger app bundle',
  ).toMatch(/^\/tendik-embed-en-[0-9a-f]+_bg\.wasm$/);
  expect(requests.filter((p) => p === `/${SUITE_MODULE}`), `requests for ${SUITE_MODULE}`).toHaveLength(1);
  expect(requests.filter((p) => p === '/tendik.js'), 'requests for tendik.js').toHaveLength(1);
  expect(
    requests.filter((p) => p.endsWith('.js')).sort(),
    'scripts requested: the loader and the suite (and a split suite its link module), nothing else',
  ).toEqual([`/${SUITE_MODULE}`, '/tendik.js', ...(SUITE_LINK ? [`/${SUITE_LINK}`] : [])].sort());
  expect(errors.all(), 'console errors and page errors').toEqual([]);
});

// ---------------------------------------------------------------------------------------
// 6. Lazy rendering.

test.describe('lazy rendering', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('a widget far below the fold keeps its fallback until scrolled into view, then is ready', async ({
    page,
  }) => {
    const errors = await gotoArticle(page);
    // The first widget, near the top, mounts: so the suite is loaded and could mount others.
    await expectReady(embeddedWidget(page.locator('#w-quota'), 'quota-gauge'), '#w-quota');
    await page.evaluate(() => window.scrollTo(0, 0));
    await twoFrames(page);
    const far = page.locator('#w-violence-kk');
    const below = await far.evaluate((el) => el.getBoundingClientRect().top - window.innerHeight);
    // Widgets mount within 200 px of the viewport (the loader's rootMargin); how far below
    // that this one is depends on whether the widgets above have replaced their fallbacks.
    expect(below, 'px between the bottom of the viewport and #w-violence-kk').toBeGreaterThan(400);
    const state = () =>
      far.evaluate((el) => ({
        widget: el.shadowRoot?.querySelectorAll('.tendik-widget').length ?? -1,
        fallback: !!el.shadowRoot?.querySelector('[part="fallback"] slot'),
      }));
    expect(await state(), '#w-violence-kk before it comes near the viewport').toEqual({ widget: 0, fallback: true });
    await expect(far.locator('[part="fallback"]'), 'the fallback is shown meanwhile, in Kazakh').toHaveText(
      'Диаграмма жүктелуде…',
    );
    await far.scrollIntoViewIfNeeded();
    await expectReady(embeddedWidget(far, 'violence-trend'), '#w-violence-kk after scrolling');
    expect(await state()).toEqual({ widget: 1, fallback: false });
    await expectPainted(far.locator('canvas'), '#w-violence-kk');
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// 7. Each widget redraws for its own width, not the window's.

test.describe('own-width redraw', () => {
  test.use({ viewport: { width: 1280, height: 2600 }, deviceScaleFactor: 2 });

  test("narrowing one widget's container redraws that widget's canvas only", async ({ page }) => {
    const errors = trackErrors(page);
    const boxes = WIDGETS.map(
      (name, i) => `<div id="box-${i}"><tendik-widget id="w-${i}" name="${name}"></tendik-widget></div>`,
    ).join('\n');
    const url = await servePage(
      page,
      '/e2e-own-width.html',
      htmlPage(`<main style="width:640px">\n${boxes}\n</main>`, {
        head: '<script type="module" src="tendik.js"></script>',
      }),
    );
    await page.goto(url);
    await settleAll(page, { widgets: 3 });
    const canvases = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('tendik-widget')].map((h) => {
          const c = h.shadowRoot.querySelector('canvas');
          c.__e2eSeen ??= `canvas-${h.id}`;
          return { id: h.id, width: c.width, height: c.height, node: c.__e2eSeen, css: c.getBoundingClientRect().width };
        }),
      );
    const before = await canvases();
    expect(before[0].width, 'canvas width at 640 px, dpr 2').toBe((640 - 2 - 32) * 2);
    await page.evaluate(() => {
      document.getElementById('box-0').style.width = '300px';
    });
    // 300 px minus the widget's 1 px borders and 16 px padding, at devicePixelRatio 2.
    const expected = (300 - 2 - 32) * 2;
    await expect
      .poll(async () => (await canvases())[0].width, { message: 'the narrowed widget redraws at its width' })
      .toBe(expected);
    await twoFrames(page);
    const after = await canvases();
    expect(after[0].node, 'the same canvas, redrawn (not a remount)').toBe(before[0].node);
    expect(after.slice(1), 'the other widgets keep their canvases').toEqual(before.slice(1));
    expect(await page.evaluate(() => window.innerWidth), 'the window did not change').toBe(1280);
    await expect(embeddedWidget(page.locator('#w-0'), WIDGETS[0])).toHaveAttribute('data-state', 'ready');
    await expectPainted(page.locator('#w-0 canvas'), 'narrowed widget');
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  // Regression test for a bug this test found (fixed; see git log).
  test('the host page can size, space and hide the element itself', async ({ page }) => {
    await gotoArticle(page);
    await settleAll(page);
    const quota = page.locator('#w-quota');
    expect.soft(
      await quota.evaluate((el) => getComputedStyle(el).marginTop),
      "article.css's margin on <tendik-widget>",
    ).toBe('28px');
    const before = await quota.evaluate((el) => el.shadowRoot.querySelector('canvas').width);
    await quota.evaluate((el) => {
      el.style.width = '300px';
    });
    await expect
      .soft(quota, 'style.width on the element')
      .toHaveJSProperty('offsetWidth', 300, { timeout: 5000 });
    await expect
      .configure({ soft: true })
      .poll(() => quota.evaluate((el) => el.shadowRoot.querySelector('canvas').width), {
        message: `the canvas redraws at (300 - 34) × dpr, from ${before}`,
        timeout: 5000,
      })
      .toBe((300 - 2 - 32) * 2);
    await page.locator('#w-peace').evaluate((el) => {
      el.hidden = true;
    });
    await expect.soft(page.locator('#w-peace'), 'a hidden element').toBeHidden({ timeout: 5000 });
  });
});

// ---------------------------------------------------------------------------------------
// 8. Live attributes on a mounted element.

test.describe('live attributes', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  async function mounted(page) {
    const errors = await gotoArticle(page);
    await settleAll(page, { widgets: 3 });
    const host = page.locator('#w-quota');
    await host.scrollIntoViewIfNeeded();
    return { errors, host, root: embeddedWidget(host, 'quota-gauge') };
  }

  // The other widgets of the article are untouched and still work.
  async function othersStillWork(page) {
    for (const [id, name, lang] of [
      ['w-peace', 'peacekeeping', 'en'],
      ['w-violence-kk', 'violence-trend', 'kk'],
    ]) {
      const root = embeddedWidget(page.locator(`#${id}`), name);
      await expect(root, `#${id}`).toHaveAttribute('data-state', 'ready');
      await expect(root, `#${id} language`).toHaveAttribute('lang', lang);
      await expectPainted(root.locator('canvas'), `#${id}`);
    }
    for (const iframe of await page.locator('iframe[data-tendik-embed]').all()) {
      const frame = await frameOf(iframe);
      await expect(frame.locator('[data-widget]'), 'iframe widget').toHaveAttribute('data-state', 'ready');
    }
  }

  test('lang="kk" turns the title Kazakh, lang="ru" Russian', async ({ page }) => {
    const { errors, host, root } = await mounted(page);
    const title = root.locator('.tendik-title');
    const english = await title.textContent();
    expect(english).not.toMatch(CYRILLIC);
    await host.evaluate((el) => el.setAttribute('lang', 'kk'));
    await expect(title, 'Kazakh title').toHaveText(KAZAKH_LETTERS);
    await expect(root).toHaveAttribute('lang', 'kk');
    await expect(root).toHaveAttribute('data-state', 'ready');
    await host.evaluate((el) => el.setAttribute('lang', 'ru'));
    await expect(root).toHaveAttribute('lang', 'ru');
    await expect(title, 'Russian title').toHaveText(CYRILLIC);
    expect(await title.textContent(), 'no Kazakh letters in Russian').not.toMatch(KAZAKH_LETTERS);
    await expectPainted(root.locator('canvas'), '#w-quota in Russian');
    await othersStillWork(page);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('theme="dark" adds the dark class and repaints dark; theme="light" back', async ({ page }) => {
    const { errors, host, root } = await mounted(page);
    const light = await topLeftPixel(host);
    expect(luminance(light), `light canvas top-left pixel ${light}`).toBeGreaterThan(200);
    await host.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect(root).toHaveClass(/\btendik-dark\b/);
    await expect
      .poll(async () => luminance(await topLeftPixel(host)), { message: 'the canvas repaints dark' })
      .toBeLessThan(60);
    await expectPainted(root.locator('canvas'), '#w-quota dark');
    await host.evaluate((el) => el.setAttribute('theme', 'light'));
    await expect(root).not.toHaveClass(/\btendik-dark\b/);
    await expect.poll(async () => luminance(await topLeftPixel(host))).toBeGreaterThan(200);
    await othersStillWork(page);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('changing name swaps the widget in place', async ({ page }) => {
    const { errors, host } = await mounted(page);
    await host.evaluate((el) => el.setAttribute('name', 'peacekeeping'));
    const peace = embeddedWidget(host, 'peacekeeping');
    await expectReady(peace, '#w-quota renamed peacekeeping');
    await expect(embeddedWidget(host, 'quota-gauge'), 'the quota gauge is gone').toHaveCount(0);
    await expect(host.locator('.tendik-widget'), 'one widget root').toHaveCount(1);
    await expectPainted(peace.locator('canvas'), 'swapped widget');
    await othersStillWork(page);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('data set to valid JSON shows those figures; removing it restores the dataset', async ({ page }) => {
    const { errors, host } = await mounted(page);
    const root = embeddedWidget(host, 'quota-gauge');
    const original = await root.locator('.tendik-title').textContent();
    await host.evaluate((el, json) => el.setAttribute('data', json), COUNCIL_JSON);
    await expect(root.locator('.tendik-title')).toHaveText('Women on an example city council and its committees');
    await expect(root).toContainText('City council');
    await expect(root.locator('.tendik-source')).toContainText('Example city council');
    await expect(root).toHaveAttribute('data-state', 'ready');
    await expectPainted(root.locator('canvas'), 'user data');
    await host.evaluate((el) => el.removeAttribute('data'));
    await expect(root.locator('.tendik-title')).toHaveText(original);
    await expect(root).not.toContainText('City council');
    await othersStillWork(page);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('invalid data shows a visible error naming the problem, logs one console error; the rest keeps working', async ({
    page,
  }) => {
    const { errors, host } = await mounted(page);
    expect(errors.all()).toEqual([]);
    // Broken JSON: the message gives the position.
    await host.evaluate((el) => el.setAttribute('data', '{"source": "x", "quota": 30, "bodies": ['));
    const error = host.locator('.tendik-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText(/line 1, column \d+/);
    await expect(host.locator('canvas'), 'no chart from bad data').toHaveCount(0);
    await expect.poll(() => errors.console.length, { message: 'a console error' }).toBe(1);
    expect(errors.console[0]).toContain((await error.textContent()).trim());
    // Valid JSON, a misspelled field: named, with a suggestion.
    await host.evaluate((el) =>
      el.setAttribute('data', '{"source": "x", "quota": 30, "bodies": [{"label": "Council", "shrae": 20}]}'),
    );
    await expect(error).toContainText('shrae');
    await expect(error).toContainText('share');
    await expect.poll(() => errors.console.length, { message: 'one more console error' }).toBe(2);
    expect(errors.console[1]).toContain('shrae');
    await othersStillWork(page);
    // And good data again brings the chart back.
    await host.evaluate((el, json) => el.setAttribute('data', json), COUNCIL_JSON);
    await expectReady(embeddedWidget(host, 'quota-gauge'), '#w-quota with good data again');
    await expect(error).toHaveCount(0);
    expect(errors.console, 'console errors: one per bad value').toHaveLength(2);
    expect(errors.page, 'page errors').toEqual([]);
  });

  // Regression test for a bug this test found (fixed; see git log).
  test('data-script set on a mounted element shows the named script\'s figures', async ({ page }) => {
    const { host } = await mounted(page);
    await host.evaluate((el, json) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'e2e-council';
      script.textContent = json;
      document.body.append(script);
      el.setAttribute('data-script', 'e2e-council');
    }, COUNCIL_JSON);
    await expect(embeddedWidget(host, 'quota-gauge')).toContainText('City council', { timeout: 5000 });
  });

  // Issue 15: the institutions chart takes a newsroom's shares; its chunk loads for them.
  test("the institutions chart draws a newsroom's shares, and names a bad field", async ({ page }) => {
    const { errors, host } = await mounted(page);
    const json = JSON.stringify({
      source: 'Example regional statistics office, 2024',
      shares: [
        { label: 'Regional council', share: 21.5 },
        { label: 'Police officers', share: 9 },
      ],
      goal: { share: 30, year: 2030 },
    });
    await host.evaluate((el, json) => {
      el.setAttribute('data', json);
      el.setAttribute('name', 'institutions');
    }, json);
    const root = embeddedWidget(host, 'institutions');
    await expectReady(root, '#w-quota as institutions with data');
    await expect(root.locator('.tendik-source')).toContainText('Example regional statistics office');
    // The newsroom's sentence, not the embedded chart's (which names the Majilis).
    await expect(root).toContainText('lowest at 9%');
    await expect(root).not.toContainText('Majilis');
    await expect(root).not.toContainText('op-ed');
    await expectPainted(root.locator('canvas'), 'institutions with data');
    expect(errors.all(), 'console errors and page errors').toEqual([]);

    await host.evaluate((el) =>
      el.setAttribute('data', '{"source": "x", "shares": [{"label": "<b>Council</b>", "share": 20}]}'),
    );
    const error = host.locator('.tendik-error');
    await expect(error).toContainText('shares[0].label');
    await expect(error.locator('b'), 'the label is text, not markup').toHaveCount(0);
    await expect.poll(() => errors.console.length, { message: 'one console error' }).toBe(1);
    expect(errors.console[0]).toContain('shares[0].label');
    await othersStillWork(page);
  });

  test("the crime-victims chart draws a newsroom's groups, and refuses a doubled heading", async ({ page }) => {
    const { errors, host } = await mounted(page);
    const json = JSON.stringify({
      source: 'Example regional police department, 2024',
      groups: [
        { heading: 'Victims by age', victims: [{ label: 'Under 18', count: 96 }, { label: '18–29 years', count: 412 }] },
        { heading: 'Victims by place', victims: [{ label: 'At home', count: 874 }] },
      ],
    });
    await host.evaluate((el, json) => {
      el.setAttribute('data', json);
      el.setAttribute('name', 'crime-victims');
    }, json);
    const root = embeddedWidget(host, 'crime-victims');
    await expectReady(root, '#w-quota as crime-victims with data');
    await expect(root.locator('.tendik-source')).toContainText('Example regional police department');
    await expect(root).toContainText('18–29 years has the most victims (412)');
    // The embedded data's count of crimes and its period belong to it alone.
    await expect(root).not.toContainText('342,463');
    await expect(root).not.toContainText('2025');
    await expectPainted(root.locator('canvas'), 'crime-victims with data');
    expect(errors.all(), 'console errors and page errors').toEqual([]);

    await host.evaluate((el) =>
      el.setAttribute(
        'data',
        '{"source": "x", "groups": [{"heading": "A", "victims": [{"label": "x", "count": 1}]}, {"heading": "A", "victims": [{"label": "y", "count": 2}]}]}',
      ),
    );
    const error = host.locator('.tendik-error');
    await expect(error).toContainText('groups[1].heading');
    await expect.poll(() => errors.console.length, { message: 'one console error' }).toBe(1);
    expect(errors.console[0]).toContain('each group needs a heading of its own');
    await othersStillWork(page);
  });
});

// ---------------------------------------------------------------------------------------
// 9. The fallback when the suite cannot load.

for (const { what, blocked } of [
  { what: 'the .wasm', blocked: (p) => p.endsWith('.wasm') },
  { what: 'the bundle modules', blocked: (p) => /^\/tendik-embed-[a-z]{2}-[0-9a-f]+\.js$/.test(p) },
]) {
  test(`when ${what} cannot load, every element shows its own fallback text and logs an error`, async ({
    page,
  }) => {
    const errors = trackErrors(page);
    let aborted = 0;
    await page.route(
      (url) => blocked(url.pathname),
      (route) => {
        aborted++;
        return route.abort();
      },
    );
    await gotoArticle(page);
    const hosts = await page.locator('tendik-widget').all();
    expect(hosts.length).toBe(3);
    for (const host of hosts) {
      await host.scrollIntoViewIfNeeded();
      const id = await host.getAttribute('id');
      const note = FAILED_NOTE[(await host.getAttribute('lang')) ?? 'en'];
      await expect
        .poll(() => host.evaluate((el) => el.shadowRoot?.querySelector('[part="fallback"] slot')?.textContent), {
          message: `#${id} gives up`,
        })
        .toBe(note);
      const shown = await host.evaluate((el) => {
        const slot = el.shadowRoot.querySelector('slot');
        const own = slot.assignedNodes().filter((n) => n.textContent.trim());
        const range = document.createRange();
        range.selectNodeContents(own.length ? own[0] : slot);
        const r = range.getBoundingClientRect();
        return {
          own: own.map((n) => n.textContent.trim()).join(' '),
          textBox: { width: r.width, height: r.height },
          host: el.getBoundingClientRect().height,
          widgets: el.shadowRoot.querySelectorAll('.tendik-widget').length,
        };
      });
      expect(shown.widgets, `#${id}: no widget root`).toBe(0);
      expect(shown.textBox.width, `#${id}: its fallback text is laid out`).toBeGreaterThan(50);
      expect(shown.textBox.height, `#${id}: its fallback text is laid out`).toBeGreaterThan(10);
      expect(shown.host, `#${id}: not an empty box`).toBeGreaterThan(10);
      if (id === 'w-quota') {
        expect(shown.own, '#w-quota shows its own text').toContain('Women hold 18.9%');
        await expect(host).toBeVisible();
        await expect(host).toContainText('Women hold 18.9%');
      } else {
        expect(shown.own, `#${id} has no text of its own`).toBe('');
        await expect(host.locator('[part="fallback"]'), `#${id}: the note`).toBeVisible();
        await expect(host.locator('[part="fallback"]')).toHaveText(note);
      }
    }
    // The frames: the same note, and the frame sized to it (not an empty 560 px box).
    for (const iframe of await page.locator('iframe[data-tendik-embed]').all()) {
      await iframe.scrollIntoViewIfNeeded();
      const frame = await frameOf(iframe);
      const note = frame.locator('tendik-widget [part="fallback"]');
      const lang = new URL(await iframe.evaluate((el) => el.src)).searchParams.get('lang');
      await expect(note, `the frame shows the note in its language (${lang})`).toHaveText(FAILED_NOTE[lang]);
      await expect(note).toBeVisible();
      await expect.poll(async () => fits(await frameFit(iframe)), { message: 'the frame fits the note' }).toBe(true);
      expect((await frameFit(iframe)).height, 'the frame is not an empty box').toBeGreaterThan(10);
    }
    expect(aborted, `requests for ${what} blocked`).toBeGreaterThan(0);
    const tendikErrors = errors.console.filter((t) => t.includes('Tendik: the widget suite could not be loaded'));
    expect(tendikErrors, 'one console error per element (3 in the page, 1 in each of 2 frames)').toHaveLength(5);
    expect(errors.page, 'page errors').toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------
// 10. The resizer ignores messages it should not trust.

test('the resizer ignores messages from the wrong window or of the wrong shape', async ({ page }) => {
  const errors = await gotoArticle(page);
  const iframe = page.locator('#f-violence');
  const frame = await settleFrame(iframe, '#f-violence');
  const height = (await frameFit(iframe)).height;
  // Every height the resizer sets on this frame from now on.
  await iframe.evaluate((el) => {
    window.__e2eHeights = [];
    new MutationObserver(() => window.__e2eHeights.push(el.style.height)).observe(el, {
      attributes: true,
      attributeFilter: ['style'],
    });
  });
  // The page itself is not the frame.
  await page.evaluate(() => {
    window.postMessage({ type: 'tendik:height', height: 5 }, '*');
    window.postMessage({ type: 'tendik:height', id: '', height: 5 }, '*');
  });
  // From the frame, of the wrong shape.
  await frame.evaluate(() => {
    const bad = [
      { type: 'tendik:height', height: -1 },
      { type: 'tendik:height', height: '300' },
      { type: 'tendik:height', height: NaN },
      { type: 'tendik:height', height: Infinity },
      { type: 'tendik:height', height: 1e9 },
      { type: 'tendik:height', height: 20001 },
      { type: 'tendik:height', height: null },
      { type: 'tendik:height', height: [300] },
      { type: 'tendik:height' },
      { type: 'tendik:resize', height: 300 },
      { height: 300 },
      'tendik:height',
      JSON.stringify({ type: 'tendik:height', height: 300 }),
      300,
      null,
    ];
    for (const message of bad) parent.postMessage(message, '*');
  });
  // Then a good one, after all of those: it is applied, and it is the only change.
  const good = height + 37;
  await frame.evaluate((h) => parent.postMessage({ type: 'tendik:height', height: h }, '*'), good);
  await expect
    .poll(() => iframe.evaluate((el) => el.clientHeight), { message: 'the good message is applied' })
    .toBe(good);
  const seen = await page.evaluate(() => window.__e2eHeights);
  expect(
    seen.filter((h) => h !== `${good}px` && h !== `${height}px`),
    'heights set by the bad messages',
  ).toEqual([]);
  expect(seen.at(-1)).toBe(`${good}px`);
  // Asking the frame again brings back its content height.
  await page.evaluate(() => {
    const f = document.getElementById('f-violence');
    f.contentWindow.postMessage({ type: 'tendik:request-height' }, location.origin);
  });
  await expect.poll(async () => fits(await frameFit(iframe)), { message: 'back to its content height' }).toBe(true);
  expect((await frameFit(iframe)).height).toBe(height);
  expect(errors.all(), 'console errors and page errors').toEqual([]);
});

// ---------------------------------------------------------------------------------------
// 11. The app's "Embed this chart" generator.

test.describe('"Embed this chart" in the app', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  async function openEmbed(page, name) {
    // The innermost element holding both the widget and an "Embed this chart".
    const item = page
      .locator('main *')
      .filter({ has: page.locator(`[data-widget="${name}"]`) })
      .filter({ has: page.locator('details.app-embed') })
      .last();
    const details = item.locator('details.app-embed');
    await expect(details, `one "Embed this chart" next to ${name}`).toHaveCount(1);
    await details.locator('summary').click();
    await expect(details).toHaveJSProperty('open', true);
    const snippets = details.locator('.app-snippet');
    // The script element, the iframe, the chart page's link for a CMS or a post, and (once
    // the build's list of static figures has arrived) the newsletter image and AMP.
    await expect(snippets).toHaveCount(5);
    await expect(snippets.nth(0).locator('code'), 'the static figure as the fallback').toContainText('<picture>');
    return {
      details,
      script: snippets.nth(0),
      iframe: snippets.nth(1),
      link: snippets.nth(2),
      newsletter: snippets.nth(3),
      amp: snippets.nth(4),
      preview: details.locator('iframe.app-embed-preview'),
    };
  }

  // Every figure a `<picture>` names exists, is a PNG of the stated size (2× for the 2×
  // file), in the snippet's themes and language, and the `<img>`'s alt is the summary in
  // that language.
  async function expectFigures(page, html, lang, themes) {
    const found = await page.evaluate(async (html) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const parts = [...t.content.querySelector('picture').children];
      const out = [];
      for (const el of parts) {
        for (const [i, entry] of el.getAttribute('srcset').split(', ').entries()) {
          const url = entry.split(' ')[0];
          const img = new Image();
          img.src = url;
          await img.decode();
          out.push({
            tag: el.localName, media: el.getAttribute('media'), url, density: i + 1,
            width: Number(el.getAttribute('width')), height: Number(el.getAttribute('height')),
            natural: [img.naturalWidth, img.naturalHeight], alt: el.getAttribute('alt'),
          });
        }
      }
      return out;
    }, html);
    expect(found.length, 'two files per source and image').toBe(themes.length * 4);
    for (const f of found) {
      expect(f.url, 'absolute URL').toMatch(new RegExp(`^${APP_URL}/static/[a-z0-9-]+/${lang}-(${themes.join('|')})-(360|640)(@2x)?-[0-9a-f]{16}\\.png$`));
      expect(f.natural, `${f.url} at ${f.density}×`).toEqual([f.width * f.density, f.height * f.density]);
      expect(f.url.includes('-dark-'), `${f.url} under ${f.media}`).toBe(themes.length > 1 ? /dark/.test(f.media ?? '') : themes[0] === 'dark');
    }
    const img = found.find((f) => f.tag === 'img');
    expect(img.alt.length, 'alt: the text summary').toBeGreaterThan(60);
    if (lang === 'kk') expect(img.alt).toMatch(KAZAKH_LETTERS);
    if (lang === 'en') expect(img.alt).not.toMatch(CYRILLIC);
  }

  test('snippets, language switch, copy buttons and the live preview', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    const errors = trackErrors(page);
    await page.goto('/');
    for (const name of WIDGETS) await expectReady(page.locator(`[data-widget="${name}"]`).first(), name);
    const name = 'violence-trend';
    const embed = await openEmbed(page, name);
    const scriptCode = embed.script.locator('code');
    const iframeCode = embed.iframe.locator('code');
    const script = await scriptCode.textContent();
    expect(script).toContain(`<script type="module" src="${APP_URL}/tendik.js"></script>`);
    expect(script).toMatch(new RegExp(`<tendik-widget name="${name}" lang="en"[ >]`));
    // The fallback: the static figure, light and (for a dark system) dark, phone and column.
    const picture = script.match(/<tendik-widget [^>]*>\n(<picture>\n(?:<source [^>]+>\n){3}<img [^>]+>\n<\/picture>)\n<\/tendik-widget>$/);
    expect(picture, `a <picture> inside the element:\n${script}`).not.toBeNull();
    await expectFigures(page, picture[1], 'en', ['dark', 'light']);
    const iframe = await iframeCode.textContent();
    expect(iframe).toContain(`src="${APP_URL}/embed.html?widget=${name}&amp;lang=en"`);
    expect(iframe).toContain('data-tendik-embed');
    expect(iframe).toContain(`<script type="module" src="${APP_URL}/tendik-resizer.js"></script>`);

    // The live preview (its sizing: the test after this one).
    const previewFrame = await settleFrame(embed.preview, 'preview', { fit: false });
    await expectPainted(previewFrame.locator(`[data-widget="${name}"] canvas`), 'preview');

    // Copy buttons.
    const copyScript = embed.script.getByRole('button');
    await expect(copyScript).toHaveText('Copy');
    await copyScript.click();
    await expect(copyScript).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText()), 'clipboard after Copy').toBe(script);
    await embed.iframe.getByRole('button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText()), 'clipboard after the second Copy').toBe(iframe);

    // The app in Kazakh: the snippets follow.
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect(scriptCode).toContainText(`<tendik-widget name="${name}" lang="kk"`);
    await expect(scriptCode).not.toContainText('lang="en"');
    await expect(scriptCode).toContainText('/kk-light-640-');
    await expect(iframeCode).toContainText(`embed.html?widget=${name}&amp;lang=kk`);
    await expect(embed.link.locator('code')).toHaveText(`${APP_URL}/chart/${name}/kk/`);
    await expect(embed.preview).toHaveAttribute('src', new RegExp(`widget=${name}&lang=kk`));
    const kkFrame = await settleFrame(embed.preview, 'preview in Kazakh', { fit: false });
    await expect(kkFrame.locator('.tendik-title')).toHaveText(KAZAKH_LETTERS);
    await copyScript.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'the Kazakh snippet is copied' })
      .toBe(await scriptCode.textContent());
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  // Regression test for a bug this test found (fixed; see git log).
  test('the live preview is sized to its content', async ({ page }) => {
    await page.goto('/');
    const embed = await openEmbed(page, 'quota-gauge');
    await settleFrame(embed.preview, 'preview');
  });

  test('the snippets, pasted into a page, render', async ({ page }) => {
    await page.goto('/');
    await expectReady(page.locator('[data-widget="peacekeeping"]').first(), 'peacekeeping');
    const embed = await openEmbed(page, 'peacekeeping');
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect(embed.script.locator('code')).toContainText('theme="dark"');
    await expect(embed.iframe.locator('code')).toContainText('theme=dark');
    const script = await embed.script.locator('code').textContent();
    const iframe = await embed.iframe.locator('code').textContent();
    // A chosen theme: only its figures.
    await expectFigures(page, script.match(/<picture>[\s\S]*<\/picture>/)[0], 'kk', ['dark']);

    const errors = trackErrors(page);
    const url = await servePage(
      page,
      '/e2e-pasted.html',
      htmlPage(`<main style="max-width:640px">\n<p>Before.</p>\n${script}\n<p>Between.</p>\n${iframe}\n<p>After.</p>\n</main>`),
    );
    await page.goto(url);
    const { good, frames } = await settleAll(page, { widgets: 1, frames: 1 });
    const root = good[0].root;
    await expect(root).toHaveAttribute('data-widget', 'peacekeeping');
    await expect(root).toHaveAttribute('lang', 'kk');
    await expect(root).toHaveClass(/\btendik-dark\b/);
    await expect(root.locator('.tendik-title')).toHaveText(KAZAKH_LETTERS);
    await expectPainted(root.locator('canvas'), 'pasted element');
    const inFrame = frames[0].frame.locator('[data-widget="peacekeeping"]');
    await expect(inFrame).toHaveAttribute('lang', 'kk');
    await expect(inFrame).toHaveClass(/\btendik-dark\b/);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('the script snippet shows its static figure at once, and keeps it when the wasm cannot load', async ({ page }) => {
    await page.goto('/?lang=ru');
    const embed = await openEmbed(page, 'quota-gauge');
    const script = await embed.script.locator('code').textContent();
    const errors = trackErrors(page);
    // No wasm reaches this page: the figure is all the reader gets, and it is the chart.
    await page.route(/\.wasm$/, (route) => route.abort());
    const url = await servePage(page, '/e2e-static-first.html', htmlPage(`<main style="max-width:640px">\n${script}\n</main>`, { lang: 'ru' }));
    await page.goto(url);
    const img = page.locator('tendik-widget picture img');
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(await img.getAttribute('alt')).toMatch(CYRILLIC);
    // The figure fills the column, at its own proportions.
    const box = await img.boundingBox();
    const [w, h] = [Number(await img.getAttribute('width')), Number(await img.getAttribute('height'))];
    expect(Math.abs(box.height - (box.width * h) / w)).toBeLessThan(1.5);
    await expect.poll(() => errors.console.some((e) => e.includes('could not be loaded'))).toBe(true);
    await expect(img, 'still the figure once the suite has failed').toBeVisible();
    await page.screenshot({ path: screenshotPath('embed-static-first-ru.png'), fullPage: true });
  });

  // The live chart takes the figure's place with no visible jump: laid out unseen behind
  // it, then swapped when that moves nothing on screen, or on the reader's first key or tap.
  for (const [name, lang] of [['violence-trend', 'en'], ['institutions', 'kk']]) {
    for (const [width, height] of [[360, 740], [1280, 900]]) {
      test(`${name} (${lang}) at ${width} px: the figure first, then the live chart, layout shift under 0.01`, async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        const embed = await openEmbed(page, name);
        const script = await embed.script.locator('code').textContent();
        await page.setViewportSize({ width, height });
        await page.addInitScript(() => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // The wasm arrives late, as on a slow network: the figure is there before it.
        await page.route(/\.wasm$/, async (route) => {
          await new Promise((r) => setTimeout(r, 800));
          await route.continue();
        });
        const errors = trackErrors(page);
        const text = '<p>A paragraph of the article, long enough to wrap over a few lines of the column, as articles do.</p>';
        const url = await servePage(page, `/e2e-first-paint-${name}.html`, htmlPage(
          `<main style="max-width:640px;margin:0 auto;padding:0 8px;font:18px/1.6 Georgia,serif">\n<h1>Article</h1>\n${text}\n${script}\n${text.repeat(6)}\n</main>`, { lang }));
        await page.goto(url);
        const host = page.locator('tendik-widget');
        const img = host.locator('picture img');
        await expect(img).toBeVisible();
        await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
        expect(await host.evaluate((el) => !el.shadowRoot?.querySelector('[data-widget]')), 'the figure shows before the wasm').toBe(true);
        const figure = await host.boundingBox();
        const root = embeddedWidget(host, name);
        await expect(root).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
        await expectPainted(root.locator('canvas'), name);
        await page.waitForTimeout(300);
        const live = await host.evaluate((el) => ({
          pending: !!el.shadowRoot.querySelector('.tendik-pending'),
          height: el.shadowRoot.querySelector('.tendik-root').getBoundingClientRect().height,
        }));
        // Unless the live chart is exactly as tall, or the change is off screen, the figure stays.
        if (live.pending) await expect(img).toBeVisible();
        expect(await page.evaluate(() => window.__shift), 'layout shift while the chart became live').toBeLessThan(0.01);
        // The reader's first key: the live chart, and Tab reaches its marks.
        await page.keyboard.press('Tab');
        await expect(host.locator('picture img'), 'the figure gives way').toBeHidden();
        await expect(root).toBeVisible();
        expect(await host.evaluate((el) => el.shadowRoot.querySelectorAll('.tendik-pending, [part="fallback"]').length)).toBe(0);
        expect(Math.abs((await host.boundingBox()).height - live.height), 'the element is as tall as the live chart').toBeLessThan(1);
        // Shown at once only where that moved nothing on screen.
        const onScreen = Math.abs(live.height - figure.height) >= 1 && Math.min(figure.y + figure.height, figure.y + live.height) < height;
        expect(live.pending, 'a change of height on screen waits for the reader').toBe(onScreen);
        await expect.poll(() => host.evaluate((el) => el.shadowRoot.activeElement?.className ?? '')).toMatch(/tendik-mark|tendik-download|summary/);
        expect(errors.all(), 'console errors and page errors').toEqual([]);
      });
    }
  }

  test("the figure's theme follows the page as the live chart's does: a light page never gets the dark figure", async ({ page }) => {
    await page.goto('/');
    const embed = await openEmbed(page, 'quota-gauge');
    const script = await embed.script.locator('code').textContent();
    expect(script, 'theme auto: a dark source for a dark system').toContain('prefers-color-scheme: dark');
    // The figure alone: no wasm, so nothing but the loader decides.
    await page.route(/\.wasm$/, (route) => route.abort());
    const pages = [
      ['declares nothing', '', { dark: 'light', light: 'light' }],
      ['declares light and dark', '<meta name="color-scheme" content="light dark">', { dark: 'dark', light: 'light' }],
      ['is dark only (CSS)', '<style>:root { color-scheme: dark; background: #111; }</style>', { dark: 'dark', light: 'dark' }],
    ];
    for (const [what, head, expected] of pages) {
      const url = await servePage(page, `/e2e-scheme-${what.replace(/\W+/g, '-')}.html`, htmlPage(`<main style="max-width:640px">\n${script}\n</main>`, { head }));
      for (const scheme of ['dark', 'light']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        const img = page.locator('tendik-widget picture img');
        await expect
          .poll(() => img.evaluate((i) => (i.complete && i.naturalWidth ? i.currentSrc : '')), { message: `a page that ${what}, ${scheme} system` })
          .toMatch(new RegExp(`/en-${expected[scheme]}-(360|640)(@2x)?-`));
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('printed, a chart keeps its notes and source line and loses its buttons, also before the reader reached it', async ({ page }) => {
    await page.goto('/?lang=ru');
    const embed = await openEmbed(page, 'violence-trend');
    const script = await embed.script.locator('code').textContent();
    const url = await servePage(page, '/e2e-print.html', htmlPage(`<main style="max-width:640px">\n<h1>Статья</h1>\n${script}\n<p>Конец.</p>\n</main>`, { lang: 'ru' }));
    await page.goto(url);
    const host = page.locator('tendik-widget');
    const root = embeddedWidget(host, 'violence-trend');
    await expect(root).toHaveAttribute('data-state', 'ready');
    // Chromium's print-to-PDF: the figure gives way to the live chart (beforeprint).
    const pdf = await page.pdf({ width: '210mm', height: '297mm' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(host.locator('picture img')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(root.locator('.tendik-source')).toBeVisible();
    await expect(root.locator('.tendik-source')).toContainText('КЛДЖ');
    await expect(root.locator('.tendik-notes li').first()).toBeVisible();
    await expect(root.locator('canvas')).toBeVisible();
    expect(await root.locator('button:visible, summary:visible').count(), 'no buttons on paper').toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await expect(root.locator('.tendik-download').first()).toBeVisible();
  });

  test('the newsletter and AMP snippets: absolute URLs, the figure, the frame answers AMP', async ({ page }) => {
    await page.goto('/?lang=kk');
    const embed = await openEmbed(page, 'violence-trend');
    const mail = await embed.newsletter.locator('code').textContent();
    const amp = await embed.amp.locator('code').textContent();
    const parsed = await page.evaluate(async ([mail, amp]) => {
      const parse = (html) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        return t.content;
      };
      const m = parse(mail);
      const a = parse(amp);
      const load = async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      };
      const mailImg = m.querySelector('a > img');
      const frame = a.querySelector('amp-iframe');
      const placeholder = frame.querySelector('amp-img[placeholder]');
      const page = await fetch(m.querySelector('a').href);
      return {
        top: [...m.children].map((c) => c.localName),
        href: m.querySelector('a').getAttribute('href'),
        pageStatus: page.status,
        mail: { src: mailImg.getAttribute('src'), width: +mailImg.getAttribute('width'), height: +mailImg.getAttribute('height'), alt: mailImg.alt, style: mailImg.getAttribute('style'), natural: await load(mailImg.src) },
        amp: {
          src: frame.getAttribute('src'), width: +frame.getAttribute('width'), height: +frame.getAttribute('height'),
          layout: frame.getAttribute('layout'), sandbox: frame.getAttribute('sandbox'), resizable: frame.hasAttribute('resizable'),
          placeholder: { src: placeholder.getAttribute('src'), layout: placeholder.getAttribute('layout'), alt: placeholder.getAttribute('alt'), natural: await load(placeholder.getAttribute('src')) },
          overflow: frame.querySelector('[overflow]')?.textContent,
        },
      };
    }, [mail, amp]);
    // Newsletter: one linked image, no script, linked to the chart's Kazakh page.
    expect(parsed.top).toEqual(['a']);
    expect(mail).not.toContain('<script');
    expect(parsed.href).toBe(`${APP_URL}/chart/violence-trend/kk/`);
    expect(parsed.pageStatus).toBe(200);
    expect(parsed.mail.src).toMatch(new RegExp(`^${APP_URL}/static/violence-trend/kk-light-640@2x-[0-9a-f]{16}\\.png$`));
    expect(parsed.mail.natural, 'the 2× file at its stated size').toEqual([parsed.mail.width * 2, parsed.mail.height * 2]);
    expect(parsed.mail.width).toBe(640);
    expect(parsed.mail.alt).toMatch(KAZAKH_LETTERS);
    expect(parsed.mail.style).toContain('max-width:640px');
    // AMP: the iframe embed, the figure as its placeholder, sized as the figure.
    expect(parsed.amp.src).toBe(`${APP_URL}/embed.html?widget=violence-trend&lang=kk`);
    expect([parsed.amp.layout, parsed.amp.sandbox, parsed.amp.resizable]).toEqual(['responsive', 'allow-scripts allow-same-origin', true]);
    expect(parsed.amp.placeholder.layout).toBe('fill');
    expect(parsed.amp.placeholder.src).toMatch(new RegExp(`^${APP_URL}/static/violence-trend/kk-light-640-[0-9a-f]{16}\\.png$`));
    expect(parsed.amp.placeholder.natural).toEqual([parsed.amp.width, parsed.amp.height]);
    expect(parsed.amp.placeholder.alt).toMatch(KAZAKH_LETTERS);
    expect(parsed.amp.overflow).toBe('Диаграмманы толық көрсету');

    // The frame tells an AMP page its height as AMP asks (embed-size), as amp-iframe hears it.
    const host = await servePage(
      page,
      '/e2e-amp-host.html',
      htmlPage(`<iframe id="f" src="${parsed.amp.src}" title="AMP" width="360" height="${parsed.amp.height}"></iframe>`),
    );
    await page.addInitScript(() => {
      window.__amp = [];
      window.addEventListener('message', (e) => {
        if (e.data?.sentinel === 'amp' && e.data.type === 'embed-size') window.__amp.push(e.data.height);
      });
    });
    await page.goto(host);
    const frame = await frameOf(page.locator('#f'));
    await expectReady(frame.locator('[data-widget="violence-trend"]'), 'AMP frame');
    await expect
      .poll(async () => {
        const want = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const got = await page.evaluate(() => window.__amp.at(-1));
        return got === want && want > 300;
      }, { message: 'embed-size carries the frame content height' })
      .toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// 12. The iframe embed page on its own.

test.describe('the iframe embed page', () => {
  test('an unknown or missing widget name shows a visible error', async ({ page }) => {
    for (const [query, mentions] of [
      ['?widget=no-such', 'no-such'],
      ['', 'name'],
    ]) {
      const errors = trackErrors(page);
      await page.goto(`/embed.html${query}`);
      const error = page.locator('tendik-widget .tendik-error');
      await expect(error, `embed.html${query}`).toBeVisible();
      await expect(error).toContainText(mentions);
      await expect(page.locator('tendik-widget canvas')).toHaveCount(0);
      await expect.poll(() => errors.console.length).toBe(1);
      expect(errors.console[0]).toContain(mentions);
    }
  });

  test('?widget=peacekeeping&lang=ru&theme=dark is Russian and dark', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto('/embed.html?widget=peacekeeping&lang=ru&theme=dark');
    const root = page.locator('[data-widget="peacekeeping"]');
    await expectReady(root, 'embed page');
    await expect(root).toHaveAttribute('lang', 'ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const title = root.locator('.tendik-title');
    await expect(title).toHaveText(CYRILLIC);
    expect(await title.textContent()).not.toMatch(KAZAKH_LETTERS);
    await expect(root).toHaveClass(/\btendik-dark\b/);
    expect(luminance(await topLeftPixel(page.locator('tendik-widget'))), 'dark canvas').toBeLessThan(60);
    await expectPainted(root.locator('canvas'), 'embed page');
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });
});
