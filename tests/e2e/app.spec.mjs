// The standalone app (issue 7): downloads on every widget, permalinks that round-trip,
// the Sources view, and the seven widgets added to the first three.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { ALL_WIDGETS, APP_URL, DATA_WIDGETS, appWidget, embeddedWidget, expectPainted, expectReady, trackErrors } from './helpers.mjs';
import { htmlPage, servePage } from './embed-helpers.mjs';

async function openApp(page, query = '') {
  const errors = trackErrors(page);
  await page.goto(`${APP_URL}/${query}`);
  return errors;
}

async function download(page, root, format) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    root.locator('.tendik-download', { hasText: format }).click(),
  ]);
  return { name: file.suggestedFilename(), body: fs.readFileSync(await file.path()) };
}

test.describe('downloads', () => {
  for (const name of ALL_WIDGETS) {
    test(`${name}: PNG at twice the displayed width, SVG and CSV with title and source`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openApp(page);
      const root = appWidget(page, name);
      await expectReady(root, name);
      const title = (await root.locator('.tendik-title').innerText()).trim();
      const chartWidth = await root.locator('.tendik-chart').evaluate((el) => el.clientWidth);

      const png = await download(page, root, 'PNG');
      expect(png.name).toMatch(new RegExp(`^tendik-${name}-en.*\\.png$`));
      expect(png.body.subarray(1, 4).toString()).toBe('PNG');
      const pngWidth = png.body.readUInt32BE(16);
      // The export draws the chart at the displayed width (at least 320 px) at 2×.
      expect(pngWidth).toBe(2 * Math.max(320, Math.floor(chartWidth)));
      expect(png.body.length).toBeGreaterThan(5000);

      const svg = await download(page, root, 'SVG');
      expect(svg.name).toMatch(new RegExp(`^tendik-${name}-en.*\\.svg$`));
      const svgText = svg.body.toString('utf8');
      expect(svgText.startsWith('<svg')).toBe(true);
      // A plain word of the title (punctuation is escaped in SVG).
      const word = title.split(/\s+/).filter((w) => /^[\p{L}]+$/u.test(w)).sort((a, b) => b.length - a.length)[0];
      expect(svgText).toContain(word);
      expect(svgText).toContain('Tendik');

      const csv = await download(page, root, 'CSV');
      expect(csv.name).toMatch(new RegExp(`^tendik-${name}-en.*\\.csv$`));
      const text = csv.body.toString('utf8').replace(/^\uFEFF/, '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toContain('"Source"');
      const rows = await root.locator('.tendik-table tbody tr').count();
      expect(lines.length - 1, 'CSV rows = table rows').toBe(rows);
    });
  }

  // Issue 18: image sizes a newsroom asks for, whatever the reader's screen.
  test('PNG and SVG at an export preset: 2400 and 1200 px wide, the 1080 px square, on a phone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openApp(page, '?lang=kk');
    const root = appWidget(page, 'business');
    await expectReady(root, 'business');
    const select = root.locator('.tendik-size select');
    await expect(select).toHaveAccessibleName(/Сурет өлшемі/);
    const options = await select.locator('option').allTextContents();
    expect(options.map((o) => o.replace(/\u00a0/g, ' '))).toEqual([
      'экрандағыдай',
      'ені 640 px',
      'ені 1200 px',
      'ені 2400 px',
      'шаршы, 1080 × 1080 px',
    ]);
    const size = (png) => [png.body.readUInt32BE(16), png.body.readUInt32BE(20)];
    await select.selectOption('2400');
    const print = await download(page, root, 'PNG');
    expect(size(print)[0]).toBe(2400);
    await select.selectOption('square');
    expect(size(await download(page, root, 'PNG'))).toEqual([1080, 1080]);
    await select.selectOption('1200');
    const svg = (await download(page, root, 'SVG')).body.toString('utf8');
    expect(svg).toMatch(/^<svg[^>]* width="1200"/);
    expect(svg).toContain('Бизнес');
    // Back to the displayed width: twice the chart's width at 360 px.
    await select.selectOption('');
    const chartWidth = await root.locator('.tendik-chart').evaluate((el) => el.clientWidth);
    expect(size(await download(page, root, 'PNG'))[0]).toBe(2 * Math.max(320, Math.floor(chartWidth)));
  });

  test('the violence trend CSV has the gap and each row its paragraph', async ({ page }) => {
    await openApp(page, '?lang=ru');
    const root = appWidget(page, 'violence-trend');
    await expectReady(root, 'violence-trend');
    const csv = (await download(page, root, 'CSV')).body.toString('utf8');
    // Data, not display: the gap empty and named, the number raw (issue 18).
    expect(csv).toContain('"2023","","","нет данных"');
    expect(csv).toContain('"2022","115526","число"');
    expect(csv).not.toContain('\u00a0');
    expect(csv).toContain('п. 3 (b)');
  });
});

test.describe('JSON downloads', () => {
  // The figures of each row as the table shows them: label and value.
  const figures = (root) =>
    root.locator('.tendik-table tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent.trim())),
    );

  for (const name of DATA_WIDGETS) {
    test(`${name}: the JSON download, given back to an embed, draws the same figures`, async ({ page }) => {
      const errors = await openApp(page, '?lang=ru');
      const root = appWidget(page, name);
      await expectReady(root, name);
      const file = await download(page, root, 'JSON');
      expect(file.name).toMatch(new RegExp(`^tendik-${name}-ru[a-z0-9-]*\\.json$`));
      const text = file.body.toString('utf8');
      const data = JSON.parse(text);
      expect(typeof data.source).toBe('string');
      expect(data.source).not.toMatch(/^Источник/);
      // The embedded chart's notes are true of its figures alone.
      expect(data.notes).toBeUndefined();
      const shown = await figures(root);
      expect(shown.length).toBeGreaterThan(0);

      // Edited as a newsroom would, the file feeds an embed: the same figures, and no error.
      const script = text.replaceAll('<', '\\u003c');
      const url = await servePage(
        page,
        `/e2e-json-${name}.html`,
        htmlPage(
          `<tendik-widget name="${name}" lang="ru"><script type="application/json">${script}</script></tendik-widget>
<script type="module" src="tendik.js"></script>`,
          { lang: 'ru' },
        ),
      );
      await page.goto(url);
      const embed = embeddedWidget(page.locator('tendik-widget'), name);
      await expectReady(embed, `${name} from its JSON`);
      // The embedded count of crimes counts crimes, not victims: the schema has no place
      // for it, so the file leaves it out, and it is the last row the app shows.
      const expected = name === 'crime-victims' ? shown.slice(0, -1) : shown;
      expect(await figures(embed)).toEqual(expected);
      expect(errors.all()).toEqual([]);
    });
  }
});

test.describe('permalinks', () => {
  test('language, theme and view round-trip through the URL and a reload', async ({ page }) => {
    await openApp(page);
    await expectReady(appWidget(page, 'quota-gauge'), 'quota-gauge');
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.getByRole('button', { name: 'Күңгірт' }).click();
    await expect(page).toHaveURL(/\?lang=kk&theme=dark$/);
    await page.reload();
    await expectReady(appWidget(page, 'quota-gauge'), 'quota-gauge');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(appWidget(page, 'quota-gauge')).toHaveClass(/tendik-dark/);
    await expect(page.getByRole('button', { name: 'Күңгірт' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('link', { name: 'Дереккөздер' }).click();
    await expect(page).toHaveURL(/view=sources/);
    await page.reload();
    await expect(page.locator('.figure').first()).toBeVisible();
    await page.goBack();
    await expect(page.locator('.gallery-item').first()).toBeVisible();
  });

  test('a permalink to a chart opens it; a bad one still opens the app', async ({ page }) => {
    await openApp(page, '?widget=researchers');
    await expectReady(appWidget(page, 'researchers'), 'researchers');
    await expect(page.locator('#researchers')).toBeInViewport();
    await openApp(page, '?view=%3Cscript%3E&lang=xx&widget=nope&theme=neon');
    await expectReady(appWidget(page, 'quota-gauge'), 'quota-gauge');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('Sources view', () => {
  test('lists every figure with its quote; search narrows it; the URL keeps the search', async ({
    page,
  }) => {
    await openApp(page, '?view=sources');
    const figures = page.locator('.figure');
    await expect(figures.first()).toBeVisible();
    const all = await figures.count();
    expect(all).toBeGreaterThan(150);
    await expect(page.locator('.sources-count')).toContainText(`${all} of ${all}`);
    await page.locator('.sources-search input').fill('115,526');
    await expect(figures).toHaveCount(2);
    await expect(figures.first().locator('blockquote')).toContainText('115,526');
    await expect(page).toHaveURL(/q=115%2C526/);
    await page.reload();
    await expect(figures).toHaveCount(2);
    await expect(page.locator('.conflicts li').first()).toBeVisible();
    await expect(page.locator('.remainders')).toContainText('1,642');
    // Victims are not parts of a count of crimes: no remainder between the two (issue 18).
    await expect(page.locator('.remainders')).not.toContainText('44,151');
  });

  test("each widget links to the figures behind it", async ({ page }) => {
    await openApp(page);
    await expectReady(appWidget(page, 'violence-trend'), 'violence-trend');
    await page
      .locator('#violence-trend .widget-links a', { hasText: 'Figures behind this chart' })
      .click();
    await expect(page).toHaveURL(/view=sources&widget=violence-trend/);
    // evaluateAll does not wait: let the filtered list render first.
    await expect(page.locator('#figure-dv-incidents-2022')).toBeVisible();
    const ids = await page.locator('.figure').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(expect.arrayContaining(['figure-dv-incidents-2022', 'figure-dv-incidents-2024']));
    expect(ids.length).toBeLessThan(10);
    await page.getByRole('button', { name: 'Show all figures' }).click();
    await expect(page.locator('.figure').nth(20)).toBeVisible();
  });

  test("permalinks, the embed code and the Sources view lead to the charts' own pages", async ({
    page,
    request,
  }) => {
    await openApp(page, '?lang=ru');
    const item = page.locator('#quota-gauge');
    await expectReady(appWidget(page, 'quota-gauge'), 'quota-gauge');
    const permalink = item.locator('.widget-links a.chart-page-link');
    await expect(permalink).toHaveText('Ссылка на диаграмму');
    expect(await permalink.getAttribute('href')).toBe('chart/quota-gauge/ru/');
    // The page exists and is the chart's, in that language.
    const res = await request.get(`${APP_URL}/chart/quota-gauge/ru/`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="ru"');
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed"/);

    await item.locator('.app-embed summary').click();
    const snippets = item.locator('.app-snippet');
    await expect(snippets).toHaveCount(5);
    await expect(snippets.nth(2).locator('code')).toHaveText(`${APP_URL}/chart/quota-gauge/ru/`);

    await openApp(page, '?view=sources&widget=violence-trend&lang=kk');
    const figure = page.locator('#figure-dv-incidents-2022');
    await expect(figure).toBeVisible();
    const links = figure.locator('.figure-charts a.chart-page-link');
    expect(await links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('chart/violence-trend/kk/');
    for (const href of hrefs) {
      expect(href).toMatch(/^chart\/[a-z0-9-]+\/kk\/$/);
      expect((await request.get(`${APP_URL}/${href}`)).status()).toBe(200);
    }
  });
});

test.describe('the widgets after the first three', () => {
  const expected = {
    institutions: ['55.8%', '56.2%', '53%'],
    'crime-victims': ['342,463', '220,407', 'counts crimes, not victims'],
    'crisis-centres': ['4,656', '1,445', '3,200'],
    'family-centres': ['136', '128'],
    researchers: ['12,893', '47%', '573'],
    business: ['48%', '48.2%', 'more than 105,000', '3,660'],
    'nap-timeline': ['2022', '34'],
    'targets-2030': ['21%', '10%', 'no figure'],
  };
  for (const [name, needles] of Object.entries(expected)) {
    test(`${name}: painted, with its figures in words and a data table`, async ({ page }) => {
      const errors = await openApp(page);
      const root = appWidget(page, name);
      await expectReady(root, name);
      await expectPainted(root.locator('canvas'), name);
      const text = await root.evaluate((el) => el.textContent);
      for (const needle of needles) expect(text, `${name} mentions ${needle}`).toContain(needle);
      await expect(root.locator('.tendik-source')).toContainText(/Source/);
      expect(await root.locator('.tendik-mark').count()).toBeGreaterThan(0);
      expect(errors.all()).toEqual([]);
    });
  }
});
