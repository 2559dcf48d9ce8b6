// Helpers for the accessibility and language tests (a11y.spec.mjs): axe-core runs, the
// widget names the app shows, the focused element across shadow roots, exact text (with
// no-break spaces kept), colours and luminance.

import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const LANGS = ['en', 'ru', 'kk'];
export const THEMES = ['light', 'dark'];
export const NBSP = '\u00a0';

// The app's language buttons, by the language they switch to.
export const LANG_BUTTONS = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export const CYRILLIC = /[\u0400-\u04ff]/;
// Letters Kazakh has and Russian does not.
export const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

// One line per violation: id, impact, the elements it was found on, and axe's summary.
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const target = JSON.stringify(n.target);
          const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
          return `    - ${target}: ${summary}`;
        })
        .join('\n');
      return `  * ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]\n${nodes}`;
    })
    .join('\n');
}

// Runs axe-core (it checks inside open shadow roots and same-origin iframes) and fails
// softly, so that one run's violations do not hide the next run's.
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const { violations } = results;
  if (violations.length) console.log(`axe: ${label}\n${formatViolations(violations)}`);
  expect
    .soft(violations.length, `${label}: axe violations:\n${formatViolations(violations)}`)
    .toBe(0);
  return results;
}

// Brings each widget root of the page into view and waits until each is ready. Returns
// the names, in page order. Widget roots of the app live in the light DOM; Playwright's
// locators would find them in open shadow roots too.
export async function settleWidgets(page, scope = page) {
  const roots = scope.locator('[data-widget]');
  await expect(roots.first(), 'at least one widget root').toBeAttached();
  const count = await roots.count();
  const names = [];
  for (let i = 0; i < count; i++) {
    const root = roots.nth(i);
    await root.scrollIntoViewIfNeeded();
    await expect(root, `widget ${i} settles`).toHaveAttribute('data-state', /^(ready|error)$/);
    const name = await root.getAttribute('data-widget');
    const state = await root.getAttribute('data-state');
    if (state !== 'ready') {
      const message = await root
        .locator('.tendik-error')
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => '(no .tendik-error element)');
      expect(state, `${name}: data-state="${state}", message: ${message}`).toBe('ready');
    }
    names.push(name);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return names;
}

// The app page at `query`, with every widget ready. Returns the widget names shown.
export async function gotoApp(page, query = '') {
  const response = await page.goto(`/${query}`);
  expect(response?.status(), `GET /${query}`).toBe(200);
  return settleWidgets(page);
}

// The names of the widgets the app shows, read from its DOM once per worker.
let cachedNames = null;
export async function appWidgetNames(browser) {
  if (cachedNames) return cachedNames;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    cachedNames = await gotoApp(page);
  } finally {
    await context.close();
  }
  return cachedNames;
}

// The focused element, looking into open shadow roots: its tag, classes, aria-label, text,
// and the widget it belongs to.
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { tag: el ? 'body' : null };
    let widget = null;
    for (let n = el; n; ) {
      if (n.nodeType === 1 && n.hasAttribute('data-widget')) {
        widget = n.getAttribute('data-widget');
        break;
      }
      n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
    }
    const cls = typeof el.className === 'string' ? el.className : '';
    return {
      tag: el.tagName.toLowerCase(),
      cls,
      label: el.getAttribute('aria-label'),
      text: (el.textContent ?? '').trim(),
      widget,
      inTable: !!el.closest('details.tendik-table'),
    };
  });
}

// textContent exactly: Playwright's text assertions fold U+00A0 into a plain space.
export function exactText(locator) {
  return locator.evaluate((el) => el.textContent);
}

// The computed outline of an element (for focus indicators).
export function outlineOf(locator) {
  return locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0, color: s.outlineColor };
  });
}

// Relative luminance (WCAG) of an sRGB colour given as 0-255 components.
export function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

// The most frequent colour of a canvas's backing store (its background), sampled on a grid.
export function canvasBackground(canvas) {
  return canvas.evaluate((c) => {
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const counts = new Map();
    const step = Math.max(1, Math.floor(Math.min(c.width, c.height) / 40));
    for (let y = 0; y < c.height; y += step) {
      for (let x = 0; x < c.width; x += step) {
        const i = (y * c.width + x) * 4;
        const key = `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return best[0].split(',').map(Number);
  });
}

// A CSS colour string (rgb()/rgba()) as [r, g, b, a].
export function parseRgb(css) {
  const m = css.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}
