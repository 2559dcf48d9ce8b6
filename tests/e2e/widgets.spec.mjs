// The Tendik widgets in headless Chromium: the app (/), the embed demo (/demo.html),
// layout at phone and desktop widths, HiDPI canvases, and a strict Content-Security-Policy.

import { test, expect } from '@playwright/test';
import {
  CSP_URL,
  ALL_WIDGETS,
  WIDGETS,
  appWidget,
  backingMatches,
  canvasGeometry,
  deepQueryAll,
  expectPainted,
  expectReady,
  settleEmbeds,
  screenshotPath,
  standalone,
  trackErrors,
} from './helpers.mjs';

// What each widget must say (its text: title, takeaway, source and any other visible text).
const CONTENT = {
  'quota-gauge': {
    mentions: [standalone('18.9'), standalone('22.7'), standalone('30')],
    source: /CEDAW/,
  },
  'violence-trend': {
    // 2023 has no figure, and the widget says so rather than drawing one.
    mentions: [standalone('115,526'), standalone('75,004'), /2023/],
    source: /CEDAW/,
  },
  peacekeeping: {
    mentions: [standalone('19'), /women/i, standalone('0')],
    source: /Action Plan|peacekeeping/i,
  },
};

async function gotoApp(page) {
  const errors = trackErrors(page);
  const response = await page.goto('/');
  expect(response?.status(), 'GET / status').toBe(200);
  for (const name of ALL_WIDGETS) await expectReady(appWidget(page, name), name);
  return errors;
}

test.describe('app /', () => {
  test('mounts every widget; each paints and reaches ready, with no console errors', async ({
    page,
  }) => {
    const errors = await gotoApp(page);
    expect(await deepQueryAll(page, '[data-widget]'), 'widget roots on the page').toBe(
      ALL_WIDGETS.length,
    );
    for (const name of ALL_WIDGETS) {
      await expectReady(appWidget(page, name), name);
      const root = appWidget(page, name);
      await expect(root.locator('canvas'), `${name}: a canvas`).toHaveCount(1);
      await expectPainted(root.locator('canvas'), name);
    }
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  for (const name of WIDGETS) {
    test(`${name}: title, takeaway and source are visible and say what they should`, async ({
      page,
    }) => {
      await gotoApp(page);
      const root = appWidget(page, name);
      for (const part of ['.tendik-title', '.tendik-takeaway', '.tendik-source']) {
        const el = root.locator(part);
        await expect(el, `${name} ${part}`).toHaveCount(1);
        await expect(el, `${name} ${part}`).toBeVisible();
        await expect(el, `${name} ${part} has text`).toHaveText(/\S/);
      }
      const text = await root.innerText();
      for (const re of CONTENT[name].mentions) {
        expect(text, `${name} mentions ${re}`).toMatch(re);
      }
      await expect(root.locator('.tendik-source'), `${name} names its source`).toHaveText(
        CONTENT[name].source,
      );
    });
  }
});

for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    test.describe(`layout at ${width}px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

      test('no horizontal scrolling; widgets inside the viewport; canvases fill their containers', async ({
        page,
      }) => {
        const errors = await gotoApp(page);
        // First, so that a person can see a layout that the checks below reject.
        await page.screenshot({ path: screenshotPath(`app-${width}-${scheme}.png`), fullPage: true });
        const { scrollWidth, innerWidth, dark } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
        }));
        expect(dark, 'prefers-color-scheme as set').toBe(scheme === 'dark');
        expect(innerWidth).toBe(width);
        expect(scrollWidth, 'document scroll width vs viewport').toBeLessThanOrEqual(innerWidth);
        for (const name of ALL_WIDGETS) {
          const root = appWidget(page, name);
          const box = await root.boundingBox();
          expect(box, `${name} is laid out`).not.toBeNull();
          expect(box.width, `${name} width`).toBeGreaterThan(0);
          expect(box.x, `${name} left edge`).toBeGreaterThanOrEqual(-0.5);
          expect(box.x + box.width, `${name} right edge`).toBeLessThanOrEqual(innerWidth + 0.5);
          const g = await canvasGeometry(root.locator('canvas'));
          expect(
            Math.abs(g.rectWidth - g.contentWidth),
            `${name}: canvas CSS width ${g.rectWidth} vs container content width ${g.contentWidth}`,
          ).toBeLessThanOrEqual(1);
        }
        expect(errors.all(), 'console errors and page errors').toEqual([]);
      });
    });
  }
}

for (const dpr of [2, 3]) {
  test.describe(`at devicePixelRatio ${dpr}`, () => {
    test.use({ deviceScaleFactor: dpr, viewport: { width: 800, height: 900 } });

    test('each canvas has CSS size × devicePixelRatio backing pixels', async ({ page }) => {
      await gotoApp(page);
      for (const name of ALL_WIDGETS) {
        const canvas = appWidget(page, name).locator('canvas');
        const g = await canvasGeometry(canvas);
        expect(g.dpr).toBe(dpr);
        expect(
          backingMatches(g.width, g.clientWidth, g.rectWidth, dpr),
          `${name}: canvas.width ${g.width} vs clientWidth ${g.clientWidth} (${g.rectWidth}) × ${dpr}`,
        ).toBe(true);
        expect(
          backingMatches(g.height, g.clientHeight, g.rectHeight, dpr),
          `${name}: canvas.height ${g.height} vs clientHeight ${g.clientHeight} (${g.rectHeight}) × ${dpr}`,
        ).toBe(true);
        await expectPainted(canvas, name);
      }
    });
  });
}

test.describe('resizing', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('from 1280px to 500px redraws each canvas at the new width', async ({ page }) => {
    const errors = await gotoApp(page);
    const before = {};
    for (const name of ALL_WIDGETS) {
      before[name] = (await canvasGeometry(appWidget(page, name).locator('canvas'))).width;
    }
    await page.setViewportSize({ width: 500, height: 800 });
    for (const name of ALL_WIDGETS) {
      const root = appWidget(page, name);
      const canvas = root.locator('canvas');
      await expect
        .poll(async () => (await canvasGeometry(canvas)).width, {
          message: `${name}: canvas.width changes from ${before[name]}`,
        })
        .not.toBe(before[name]);
      await expect
        .poll(
          async () => {
            const g = await canvasGeometry(canvas);
            return (
              Math.abs(g.rectWidth - g.contentWidth) <= 1 &&
              backingMatches(g.width, g.clientWidth, g.rectWidth, g.dpr)
            );
          },
          { message: `${name}: canvas fits its container at 500px` },
        )
        .toBe(true);
      await expect(root).toHaveAttribute('data-state', 'ready');
      await expectPainted(canvas, `${name} after resize`);
    }
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });
});

test.describe('embed demo /demo.html', () => {
  const badName = (page) => page.locator('tendik-widget[name="no-such-widget"]');
  const badColour = (page) => page.locator('tendik-widget[name="quota-gauge"][colour="red"]');

  async function gotoDemo(page, base = '') {
    const errors = trackErrors(page);
    const response = await page.goto(`${base}/demo.html`);
    expect(response?.status(), 'GET /demo.html status').toBe(200);
    return { errors, response };
  }

  test('<tendik-widget> renders each widget to ready, painted and with its text', async ({
    page,
  }) => {
    await gotoDemo(page);
    const { good, bad } = await settleEmbeds(page);
    for (const name of WIDGETS) {
      const plain = [...good, ...bad].filter((w) => w.name === name && w.attrs.length === 1);
      expect(plain.length, `<tendik-widget name="${name}"> elements`).toBeGreaterThanOrEqual(1);
      for (const w of plain) {
        expect(
          good.includes(w),
          `${w.label} is ready, not: ${await w.error?.textContent()}`,
        ).toBe(true);
      }
    }
    for (const { root, label } of good) {
      await expect(root.locator('canvas'), `${label}: a canvas`).toHaveCount(1);
      await expectPainted(root.locator('canvas'), label);
      for (const part of ['.tendik-title', '.tendik-takeaway', '.tendik-source']) {
        await expect(root.locator(part), `${label} ${part}`).toBeVisible();
        await expect(root.locator(part), `${label} ${part} has text`).toHaveText(/\S/);
      }
    }
  });

  test('an unknown widget name shows a visible error naming it', async ({ page }) => {
    await gotoDemo(page);
    await expect(badName(page)).toHaveCount(1);
    await badName(page).scrollIntoViewIfNeeded();
    const error = badName(page).locator('.tendik-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('no-such-widget');
    expect(await badName(page).locator('canvas').count(), 'no chart for an unknown name').toBe(0);
  });

  test('an unknown attribute (colour) shows a visible error mentioning it', async ({ page }) => {
    await gotoDemo(page);
    await expect(badColour(page)).toHaveCount(1);
    await badColour(page).scrollIntoViewIfNeeded();
    const error = badColour(page).locator('.tendik-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('colour');
  });

  test('each bad element logs exactly one console error mentioning it, and nothing else errs', async ({
    page,
  }) => {
    const { errors } = await gotoDemo(page);
    const { good, bad } = await settleEmbeds(page);
    expect(good.length, 'good widgets').toBeGreaterThanOrEqual(3);
    const labels = bad.map((b) => b.label);
    expect(labels, 'bad elements').toContain('<tendik-widget name="no-such-widget">');
    expect(labels, 'bad elements').toContain('<tendik-widget name="quota-gauge" colour="red">');
    await expect
      .poll(() => errors.console.length, { message: 'console errors arrive' })
      .toBeGreaterThanOrEqual(bad.length);
    // What each error must mention: an unknown name, or the unknown attribute colour.
    const keys = bad
      .map((b) => (WIDGETS.includes(b.name) ? (b.attrs.includes('colour') ? 'colour' : null) : b.name))
      .filter((k) => k !== null);
    expect(keys).toEqual(expect.arrayContaining(['no-such-widget', 'colour']));
    for (const key of keys) {
      const about = errors.console.filter((t) => t.includes(key));
      expect(about, `console errors mentioning ${key}`).toHaveLength(1);
    }
    expect(
      errors.console,
      `one console error per bad element (${labels.join(', ')}), no others`,
    ).toHaveLength(bad.length);
    expect(errors.page, 'page errors').toEqual([]);
  });

  test('attribute text is shown as text, never parsed as HTML', async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await gotoDemo(page);
    await page.evaluate(() => {
      window.__tendikXss = 0;
      const payload = '<img src="x" data-tendik-xss onerror="window.__tendikXss = 1">';
      const named = document.createElement('tendik-widget');
      named.id = 'tendik-xss-name';
      named.setAttribute('name', `no-such-widget ${payload}`);
      const coloured = document.createElement('tendik-widget');
      coloured.id = 'tendik-xss-colour';
      coloured.setAttribute('name', 'quota-gauge');
      coloured.setAttribute('colour', payload);
      document.body.append(named, coloured);
    });
    const { bad } = await settleEmbeds(page);
    expect(bad.length, 'bad elements, the two added ones among them').toBeGreaterThanOrEqual(2);
    const nameError = page.locator('#tendik-xss-name .tendik-error');
    await expect(nameError).toBeVisible();
    await expect(nameError, 'the name is quoted as text').toContainText('<img src="x"');
    await expect(page.locator('#tendik-xss-colour .tendik-error')).toBeVisible();
    await expect(page.locator('#tendik-xss-colour .tendik-error')).toContainText('colour');
    expect(await deepQueryAll(page, '[data-tendik-xss]'), 'elements made from attribute text').toBe(0);
    expect(await deepQueryAll(page, 'img[src="x"]'), 'img elements made from attribute text').toBe(0);
    expect(dialogs, 'alert() run from attribute text').toEqual([]);
    expect(await page.evaluate(() => window.__tendikXss), 'script run from attribute text').toBe(0);
  });
});

test('the app and the demo declare an icon, so no request for a missing /favicon.ico', async ({
  page,
  request,
}) => {
  const favicon = await request.get('/favicon.ico');
  for (const url of ['/', '/demo.html']) {
    await page.goto(url);
    const icons = await page.locator('head link[rel~="icon"]').count();
    expect(
      icons > 0 || favicon.ok(),
      `${url}: a <link rel="icon"> (e.g. href="data:,") or a /favicon.ico in dist/`,
    ).toBe(true);
  }
});

test.describe('under a strict Content-Security-Policy', () => {
  const watchViolations = (page) =>
    page.addInitScript(() => {
      window.__tendikCsp = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => window.__tendikCsp.push(`${e.violatedDirective} ${e.blockedURI}`),
        true,
      );
    });

  test('the app works with no violations', async ({ page }) => {
    await watchViolations(page);
    const errors = trackErrors(page);
    const response = await page.goto(`${CSP_URL}/`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    for (const name of WIDGETS) {
      await expectReady(appWidget(page, name), name);
      await expectPainted(appWidget(page, name).locator('canvas'), name);
    }
    expect(await page.evaluate(() => window.__tendikCsp), 'CSP violations').toEqual([]);
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('the embed demo works with no violations', async ({ page }) => {
    await watchViolations(page);
    const errors = trackErrors(page);
    const response = await page.goto(`${CSP_URL}/demo.html`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    const { good, bad } = await settleEmbeds(page);
    expect(good.length, 'good widgets').toBeGreaterThanOrEqual(3);
    for (const { root, label } of good) await expectPainted(root.locator('canvas'), label);
    expect(await page.evaluate(() => window.__tendikCsp), 'CSP violations').toEqual([]);
    await expect
      .poll(() => errors.console.length, { message: 'console errors arrive' })
      .toBeGreaterThanOrEqual(bad.length);
    expect(
      errors.console.filter((t) => /Content Security Policy|Refused to/i.test(t)),
      'CSP errors in the console',
    ).toEqual([]);
    expect(errors.console, 'one console error per bad element, no others').toHaveLength(bad.length);
    expect(errors.page, 'page errors').toEqual([]);
  });
});
