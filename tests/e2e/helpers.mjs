// Shared helpers for the Tendik end-to-end tests.
//
// The DOM contract: each widget's root element has data-widget="<name>" and gets
// data-state="ready" once its canvas is painted, or data-state="error" with a
// .tendik-error message. Inside a root: a canvas, .tendik-title, .tendik-takeaway,
// .tendik-source. Roots may live in open shadow roots: Playwright's CSS locators pierce
// them; code run with page.evaluate walks them with deepQueryAll below.

import { expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const WIDGETS = ['quota-gauge', 'violence-trend', 'peacekeeping'];

// Every widget the app shows (issue 7 added seven to the first three, issue 15 the eleventh).
export const ALL_WIDGETS = [
  ...WIDGETS,
  'institutions',
  'crime-victims',
  'crisis-centres',
  'family-centres',
  'researchers',
  'business',
  'nap-timeline',
  'targets-2030',
];

// The widgets that take a newsroom's own data (tendik_core::userdata::accepts_data): all of them.
export const DATA_WIDGETS = ALL_WIDGETS;

export const APP_URL = process.env.TENDIK_APP_URL;
export const CSP_URL = process.env.TENDIK_CSP_URL;
// Servers whose pages have other host policies (tests/serve.mjs's CSP_POLICIES).
export const TRUSTED_TYPES_URL = process.env.TENDIK_CSP_TRUSTED_TYPES_URL;
export const NO_WASM_URL = process.env.TENDIK_CSP_NO_WASM_URL;
export const NO_WASM_NO_FRAMES_URL = process.env.TENDIK_CSP_NO_WASM_NO_FRAMES_URL;

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = path.resolve(here, '..', process.env.TENDIK_DIST || '../dist');
export const SCREENSHOT_DIR = path.resolve(here, '..', 'output', 'screenshots');

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}

// Collects console errors and uncaught page errors from the moment it is called.
export function trackErrors(page) {
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (msg) => {
    // Chromium asks for /favicon.ico at a moment of its own choosing, so its 404 comes and
    // goes from run to run; widgets.spec.mjs checks for an icon deterministically instead.
    if (msg.type() === 'error' && !/\/favicon\.ico\b/.test(msg.location().url ?? '')) {
      const { url, lineNumber } = msg.location();
      consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
    }
  });
  page.on('pageerror', (err) => pageErrors.push(String(err?.stack ?? err)));
  return {
    console: consoleErrors,
    page: pageErrors,
    all: () => [...consoleErrors, ...pageErrors.map((e) => `pageerror: ${e}`)],
  };
}

// The widget roots of the app page (anywhere, shadow roots included).
export function appWidget(page, name) {
  return page.locator(`[data-widget="${name}"]`);
}

// The widget root rendered inside a <tendik-widget> element.
export function embeddedWidget(host, name) {
  return host.locator(`[data-widget="${name}"]`);
}

// Waits until the root settles on ready or error; fails with the widget's own message on error.
export async function expectReady(root, label) {
  await expect(root, `${label}: one widget root`).toHaveCount(1);
  await expect(root, `${label}: data-state settles on ready or error`).toHaveAttribute(
    'data-state',
    /^(ready|error)$/,
  );
  const state = await root.getAttribute('data-state');
  if (state !== 'ready') {
    const message = await root
      .locator('.tendik-error')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => '(no .tendik-error element)');
    expect(state, `${label}: data-state="${state}", message: ${message}`).toBe('ready');
  }
}

// Pixels of the canvas's backing store that differ from its top-left pixel.
export async function canvasInk(canvas) {
  return canvas.evaluate((c) => {
    const width = c.width;
    const height = c.height;
    const ctx = width && height ? c.getContext('2d') : null;
    if (!ctx) return { width, height, total: width * height, inked: 0 };
    const { data } = ctx.getImageData(0, 0, width, height);
    const [r0, g0, b0, a0] = data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d =
        Math.abs(data[i] - r0) +
        Math.abs(data[i + 1] - g0) +
        Math.abs(data[i + 2] - b0) +
        Math.abs(data[i + 3] - a0);
      if (d > 24) inked++;
    }
    return { width, height, total: width * height, inked };
  });
}

// A chart, not a blank or almost blank canvas: at least 0.5% of the pixels and 200 of them.
export async function expectPainted(canvas, label) {
  const ink = await canvasInk(canvas);
  expect(ink.total, `${label}: canvas has a backing store (${ink.width}x${ink.height})`).toBeGreaterThan(0);
  const needed = Math.max(200, Math.ceil(ink.total * 0.005));
  expect(
    ink.inked,
    `${label}: painted pixels on a ${ink.width}x${ink.height} canvas (need ${needed})`,
  ).toBeGreaterThanOrEqual(needed);
}

// Canvas CSS size vs its container's content box, and its backing store vs devicePixelRatio.
export async function canvasGeometry(canvas) {
  return canvas.evaluate((c) => {
    const parent = c.parentElement ?? c.getRootNode().host;
    const ps = getComputedStyle(parent);
    const contentWidth =
      parent.clientWidth - parseFloat(ps.paddingLeft || '0') - parseFloat(ps.paddingRight || '0');
    const rect = c.getBoundingClientRect();
    return {
      dpr: window.devicePixelRatio,
      width: c.width,
      height: c.height,
      clientWidth: c.clientWidth,
      clientHeight: c.clientHeight,
      rectWidth: rect.width,
      rectHeight: rect.height,
      contentWidth,
    };
  });
}

// canvas.width === Math.round(CSS width × dpr), ±1 (the CSS width as clientWidth, or as the
// unrounded layout width when the layout is fractional).
export function backingMatches(backing, clientSize, rectSize, dpr) {
  return (
    Math.abs(backing - Math.round(clientSize * dpr)) <= 1 ||
    Math.abs(backing - Math.round(rectSize * dpr)) <= 1
  );
}

// A regular expression for a number standing alone: "30" matches "30%" and "30 per cent",
// not "2030" or "30.5" or "1,300".
export function standalone(number) {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![.,]?\\d)`);
}

// Runs in the page: every element matching selector, in the document and in open shadow roots.
export async function deepQueryAll(page, selector, map = 'count') {
  return page.evaluate(
    ({ selector, map }) => {
      const found = [];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches(selector)) found.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      if (map === 'count') return found.length;
      if (map === 'outerHTML') return found.map((el) => el.outerHTML);
      return found.map((el) => el.tagName.toLowerCase());
    },
    { selector, map },
  );
}

// Brings every <tendik-widget> of the page into view (they may mount lazily, when near the
// viewport) and waits for each to settle: ready, or showing a .tendik-error. Returns both
// lists; each entry has the host, its name and attribute names, and a label (its start tag).
export async function settleEmbeds(page) {
  const good = [];
  const bad = [];
  for (const host of await page.locator('tendik-widget').all()) {
    await host.scrollIntoViewIfNeeded();
    const { name, attrs, label } = await host.evaluate((el) => {
      const html = el.outerHTML;
      const tag = html.slice(0, html.indexOf('>') + 1);
      return {
        name: el.getAttribute('name'),
        attrs: el.getAttributeNames(),
        label: tag.length > 140 ? `${tag.slice(0, 137)}...` : tag,
      };
    });
    const settled = host.locator(
      '[data-widget][data-state="ready"], [data-widget][data-state="error"], .tendik-error',
    );
    await expect(settled.first(), `${label} settles: ready, or an error`).toBeAttached();
    const failed =
      (await host.locator('.tendik-error').count()) > 0 ||
      (await host.locator('[data-widget][data-state="error"]').count()) > 0;
    if (failed) {
      const error = host.locator('.tendik-error').first();
      await expect(error, `${label} shows its error`).toBeVisible();
      bad.push({ host, name, attrs, label, error });
    } else {
      const root = embeddedWidget(host, name);
      await expectReady(root, label);
      good.push({ host, name, attrs, label, root });
    }
  }
  return { good, bad };
}
