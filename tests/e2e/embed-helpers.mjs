// Helpers for the embed tests (embed.spec.mjs): iframes sized by the resizer, shadow-root
// measurements, pages served on the test server's origin, storage and request checks.

import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_POLICIES } from '../serve.mjs';
import { APP_URL, DIST_DIR, expectReady } from './helpers.mjs';

// The embed bundle's module for `lang` as tendik.js names it (tendik-embed-<lang>-<hash>.js):
// what every page but the app loads for widgets in that language.
export function embedModule(lang) {
  const loader = readFileSync(path.join(DIST_DIR, 'tendik.js'), 'utf8');
  const match = loader.match(new RegExp(`"(tendik-embed-${lang}-[0-9a-f]+\\.js)"`));
  if (!match) throw new Error(`no ${lang} embed module named in ${DIST_DIR}/tendik.js`);
  return match[1];
}

// Letters Kazakh has and Russian does not.
export const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
export const CYRILLIC = /[\u0400-\u04FF]/;

// The quota-gauge example of docs/user-data.md (illustrative figures).
export const COUNCIL_JSON = JSON.stringify({
  title: 'Women on an example city council and its committees',
  source: 'Example city council, list of members, March 2024 (illustrative figures)',
  quota: 30,
  bodies: [
    { label: 'City council', share: 23.1 },
    { label: 'Budget committee', share: 40 },
    { label: 'Planning committee', share: 12.5 },
  ],
  notes: ['Shares are of seats filled on 1 March 2024.'],
});

// Serves `html` at `path` on the app server's origin (only for this page), so that a page
// made by the test loads tendik.js and the wasm exactly as a host page would; `csp` names
// the page's Content-Security-Policy (one of tests/serve.mjs's CSP_POLICIES).
export async function servePage(page, path, html, origin = APP_URL, { csp } = {}) {
  const url = `${origin}${path}`;
  const headers = csp ? { 'Content-Security-Policy': CSP_POLICIES[csp] } : {};
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }),
  );
  return url;
}

export function htmlPage(body, { head = '', lang = 'en' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Tendik e2e page</title>
  ${head}
</head>
<body>
${body}
</body>
</html>`;
}

// The Playwright Frame inside an <iframe> locator.
export async function frameOf(iframe) {
  const handle = await iframe.elementHandle();
  const frame = await handle.contentFrame();
  expect(frame, 'the iframe has a content frame').not.toBeNull();
  return frame;
}

// The widget name an embed iframe asks for (from its src).
export async function frameWidgetName(iframe) {
  const src = await iframe.evaluate((el) => el.src);
  return new URL(src).searchParams.get('widget');
}

// The iframe's viewport (from the host) against its document (from inside).
export async function frameFit(iframe) {
  const frame = await frameOf(iframe);
  const outer = await iframe.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    // The frame's viewport: its client height without its own padding.
    const padding = (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0);
    return {
      height: el.clientHeight - padding,
      rectHeight: r.height,
      width: el.clientWidth,
      styleHeight: el.style.height,
    };
  });
  const inner = await frame.evaluate(() => {
    const d = document.documentElement;
    return {
      scrollHeight: d.scrollHeight,
      clientHeight: d.clientHeight,
      scrollWidth: d.scrollWidth,
      clientWidth: d.clientWidth,
      contentHeight: d.getBoundingClientRect().height,
      innerHeight: window.innerHeight,
      bodyScrollWidth: document.body.scrollWidth,
      bodyClientWidth: document.body.clientWidth,
    };
  });
  return { ...outer, ...inner };
}

// True when the frame is exactly as tall as its content and nothing is cut off: its
// viewport is at least as tall as the (possibly fractional) content height.
export function fits(f) {
  return (
    f.innerHeight + 0.01 >= f.contentHeight &&
    Math.abs(f.height - f.scrollHeight) <= 2 &&
    Math.abs(f.height - f.contentHeight) <= 2 &&
    f.scrollHeight <= f.clientHeight + 1 &&
    f.scrollWidth <= f.clientWidth + 1
  );
}

// Scrolls an embed iframe into view, waits for its widget to be ready and (unless
// fit: false) for the resizer to size it to its content. Returns the Frame.
export async function settleFrame(iframe, label, { fit = true } = {}) {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await frameOf(iframe);
  const name = await frameWidgetName(iframe);
  await expectReady(frame.locator(`[data-widget="${name}"]`), `${label} (${name})`);
  if (fit) await expectFits(iframe, label);
  return frame;
}

// Waits until the frame is as tall as its content, with nothing cut off; on failure the
// message shows the last measurement.
export async function expectFits(iframe, label) {
  await expect
    .poll(
      async () => {
        const f = await frameFit(iframe);
        return fits(f) ? 'fits' : f;
      },
      { message: `${label}: the frame is sized to its content (frame height = document height, no overflow)` },
    )
    .toBe('fits');
}

// Every embed iframe of the page, settled (see settleFrame).
export async function settleFrames(page, options) {
  const frames = [];
  for (const iframe of await page.locator('iframe[data-tendik-embed]').all()) {
    const id = await iframe.getAttribute('id');
    const label = `iframe#${id ?? '?'}`;
    frames.push({ iframe, label, frame: await settleFrame(iframe, label, options) });
  }
  return frames;
}

// Inside a <tendik-widget>'s shadow root: the box and the computed styles that must not
// depend on the host page.
export async function shadowLook(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const fig = root?.querySelector('.tendik-widget');
    if (!fig) return null;
    const title = fig.querySelector('.tendik-title');
    const canvas = fig.querySelector('canvas');
    const r = fig.getBoundingClientRect();
    const t = getComputedStyle(title);
    const c = getComputedStyle(canvas);
    const cr = canvas.getBoundingClientRect();
    return {
      figureWidth: r.width,
      figureHeight: r.height,
      titleFontFamily: t.fontFamily,
      titleFontSize: t.fontSize,
      titleColor: t.color,
      titleLineHeight: t.lineHeight,
      titleLetterSpacing: t.letterSpacing,
      titleTextTransform: t.textTransform,
      titleTextAlign: t.textAlign,
      canvasDisplay: c.display,
      canvasFilter: c.filter,
      canvasCssWidth: cr.width,
      canvasCssHeight: cr.height,
      canvasWidth: canvas.width,
      canvasHeight: canvas.height,
    };
  });
}

// The canvas's top-left pixel [r, g, b, a], inside a <tendik-widget> or a root element.
export async function topLeftPixel(locator) {
  return locator.evaluate((el) => {
    const root = el.shadowRoot ?? el;
    const c = root.querySelector('canvas');
    if (!c || !c.width || !c.height) return null;
    return Array.from(c.getContext('2d').getImageData(0, 0, 1, 1).data);
  });
}

export function luminance(px) {
  if (!px) return null;
  const [r, g, b] = px;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Cookies, web storage, IndexedDB, Cache Storage and service workers of a page.
export async function storageState(page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: typeof caches === 'undefined' ? [] : await caches.keys(),
    serviceWorkers: navigator.serviceWorker
      ? (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope)
      : [],
    documentCookie: document.cookie,
  }));
  return { cookies: await page.context().cookies(), ...inPage };
}

// True for URLs that are the test server's, or data:/about:.
export function isOwnOrigin(url, origin) {
  if (url.startsWith('data:') || url === 'about:blank' || url === 'about:srcdoc') return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
