// Issue 6, "Accessible to everyone, in Kazakh, Russian and English", in headless Chromium:
// axe-core (WCAG 2.2 A/AA) on the app, every embed and the demo in each language and theme;
// the charts by keyboard (Tab in, arrows through the values, live region, tooltip, focus
// ring, Escape, Tab out to the data table and downloads); the language switch, number
// formats and language inheritance of embeds; themes; reduced motion; 320 px at 200% text;
// Cyrillic glyphs on a canvas; and screenshots of each widget for a person to look at.
//
// The widget names come from the app's DOM ([data-widget]), so new widgets are covered
// without touching this file.

import { test, expect } from '@playwright/test';
import { ALL_WIDGETS, screenshotPath, settleEmbeds, trackErrors } from './helpers.mjs';
import {
  CYRILLIC,
  KAZAKH_LETTERS,
  LANG_BUTTONS,
  LANGS,
  NBSP,
  THEMES,
  appWidgetNames,
  canvasBackground,
  exactText,
  expectNoAxeViolations,
  focused,
  gotoApp,
  luminance,
  outlineOf,
  parseRgb,
  settleWidgets,
} from './a11y-helpers.mjs';

// What the violence trend's marks announce, in order.
const VIOLENCE_ANNOUNCED = {
  en: ['2022: 115,526', '2023: no figure', '2024: 75,004'],
  kk: [`2022: 115${NBSP}526`, '2023: дерек жоқ', `2024: 75${NBSP}004`],
};

// Opens every data table (and, with `all`, every other <details>, such as the app's
// embed-code panels) anywhere on the page, shadow roots included.
async function openDetails(page, all = false) {
  return page.evaluate((all) => {
    let opened = 0;
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'DETAILS' && (all || el.classList.contains('tendik-table'))) {
          if (!el.open) {
            el.open = true;
            opened++;
          }
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return opened;
  }, all);
}

// ---------------------------------------------------------------------------------------
// 1. axe-core: zero WCAG 2.2 A/AA violations.

test.describe('axe-core, WCAG 2.2 A and AA', () => {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      test(`app /?lang=${lang}&theme=${theme}: no violations, tables closed and open`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        const errors = trackErrors(page);
        const names = await gotoApp(page, `?lang=${lang}&theme=${theme}`);
        expect(names.length, 'widgets on the app page').toBeGreaterThan(0);
        await expectNoAxeViolations(page, `app ${lang} ${theme}, tables closed`);

        // Every <details> open: the data tables, and the embed-code panels with their
        // live iframe previews (axe goes into same-origin frames).
        const opened = await openDetails(page, true);
        expect(opened, 'details opened').toBeGreaterThanOrEqual(names.length);
        for (const frame of await page.locator('iframe').all()) {
          await frame.scrollIntoViewIfNeeded();
          await settleWidgets(page, frame.contentFrame());
        }
        await expect(page.locator('details.tendik-table table').first()).toBeVisible();
        await expectNoAxeViolations(page, `app ${lang} ${theme}, all details open`);
        expect(errors.all(), 'console errors and page errors').toEqual([]);
      });
    }
  }

  for (const lang of LANGS) {
    for (const theme of THEMES) {
      test(`embed.html, every widget, lang=${lang} theme=${theme}: no violations`, async ({
        page,
        browser,
      }) => {
        test.setTimeout(240_000);
        const names = await appWidgetNames(browser);
        expect(names.length, 'widget names read from the app').toBeGreaterThan(0);
        for (const name of names) {
          await test.step(name, async () => {
            const url = `/embed.html?widget=${name}&lang=${lang}&theme=${theme}`;
            const response = await page.goto(url);
            expect(response?.status(), url).toBe(200);
            const root = page.locator(`tendik-widget [data-widget="${name}"]`);
            await settleWidgets(page, page.locator('tendik-widget'));
            await expect(root, `${name}: lang`).toHaveAttribute('lang', lang);
            await expectNoAxeViolations(page, `${url}, table closed`);
            expect(await openDetails(page), `${name}: data table opened`).toBe(1);
            await expect(root.locator('details.tendik-table table')).toBeVisible();
            await expectNoAxeViolations(page, `${url}, table open`);
          });
        }
      });
    }
  }

  for (const scheme of THEMES) {
    test.describe(`demo.html, ${scheme} system colours`, () => {
      test.use({ colorScheme: scheme });
      test('no violations, tables closed and open', async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto('/demo.html');
        const { good } = await settleEmbeds(page);
        expect(good.length, 'good widgets on the demo').toBeGreaterThanOrEqual(3);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expectNoAxeViolations(page, `demo.html ${scheme}, tables closed`);
        expect(await openDetails(page), 'data tables opened').toBeGreaterThanOrEqual(good.length);
        await expectNoAxeViolations(page, `demo.html ${scheme}, tables open`);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------
// 2. Keyboard.

// Tabs from the page start until the focus is on one of `name`'s marks; returns the count.
async function tabIntoChart(page, name) {
  for (let tabs = 1; tabs <= 200; tabs++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.widget === name && f.cls.split(/\s+/).includes('tendik-mark')) return { tabs, f };
  }
  const f = await focused(page);
  throw new Error(`${name}: 200 Tabs never reached a .tendik-mark (focus ends on ${JSON.stringify(f)})`);
}

async function expectFocusRing(locator, label) {
  const o = await outlineOf(locator);
  expect(o.style, `${label}: outline-style while focused`).not.toBe('none');
  expect(o.width, `${label}: outline-width while focused (${o.color})`).toBeGreaterThanOrEqual(2);
}

// Mark i is focused, announced, shown in the tooltip, and has a focus ring.
async function expectMarkActive(page, root, i, label, where) {
  const mark = root.locator('.tendik-mark').nth(i);
  await expect(mark, `${where}: mark ${i} is focused`).toBeFocused();
  await expect
    .poll(() => exactText(root.locator('.tendik-live')), {
      message: `${where}: the live region announces mark ${i}`,
    })
    .toBe(label);
  const tip = root.locator('.tendik-tooltip');
  await expect(tip, `${where}: tooltip shown for mark ${i}`).toBeVisible();
  await expect
    .poll(() => exactText(tip), { message: `${where}: tooltip text of mark ${i}` })
    .toBe(label);
  await expectFocusRing(mark, `${where}: mark ${i}`);
}

async function walkChart(page, name, lang) {
  const where = `${name} (${lang})`;
  const root = page.locator(`[data-widget="${name}"]`);
  const marks = root.locator('.tendik-mark');
  const labels = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.length, `${where}: marks`).toBeGreaterThan(0);
  for (const l of labels) expect(l, `${where}: every mark has an aria-label`).toMatch(/\S/);

  const { tabs, f } = await tabIntoChart(page, name);
  console.log(`keyboard: ${where}: ${tabs} Tabs to the first value`);
  expect(f.label, `${where}: Tab enters the chart at its first value`).toBe(labels[0]);

  const announced = [];
  for (let i = 0; i < labels.length; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expectMarkActive(page, root, i, labels[i], where);
    announced.push(await exactText(root.locator('.tendik-live')));
  }
  const last = labels.length - 1;
  // At the end, ArrowRight stays put.
  await page.keyboard.press('ArrowRight');
  await expectMarkActive(page, root, last, labels[last], `${where} ArrowRight at the end`);
  await page.keyboard.press('Home');
  await expectMarkActive(page, root, 0, labels[0], `${where} Home`);
  await page.keyboard.press('End');
  await expectMarkActive(page, root, last, labels[last], `${where} End`);
  await page.keyboard.press('Escape');
  await expect(root.locator('.tendik-tooltip'), `${where}: Escape hides the tooltip`).toBeHidden();
  await expect(marks.nth(last), `${where}: Escape keeps the focus`).toBeFocused();

  // One Tab leaves the chart (roving tabindex: one stop) for the data table's summary.
  await page.keyboard.press('Tab');
  const details = root.locator('details.tendik-table');
  const summary = details.locator('summary');
  await expect(summary, `${where}: one Tab leaves the chart for the data-table summary`).toBeFocused();
  await expectFocusRing(summary, `${where}: data-table summary`);
  const isOpen = () => details.evaluate((d) => d.open);
  expect(await isOpen(), `${where}: the table starts closed`).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(isOpen, { message: `${where}: Enter opens the table` }).toBe(true);
  await expect(details.locator('table')).toBeVisible();
  await page.keyboard.press('Space');
  await expect.poll(isOpen, { message: `${where}: Space closes the table` }).toBe(false);
  await page.keyboard.press('Space');
  await expect.poll(isOpen, { message: `${where}: Space opens the table` }).toBe(true);

  // The downloads follow, by Tab.
  const downloads = root.locator('.tendik-download');
  const count = await downloads.count();
  expect(count, `${where}: download buttons`).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    await expect(downloads.nth(i), `${where}: Tab reaches download button ${i}`).toBeFocused();
    await expectFocusRing(downloads.nth(i), `${where}: download button ${i}`);
  }
  const texts = await downloads.allTextContents();
  expect(texts.map((t) => t.trim())).toEqual(expect.arrayContaining(['PNG', 'SVG', 'CSV']));
  // Then the image size of the PNG and SVG.
  await page.keyboard.press('Tab');
  const size = root.locator('.tendik-size select');
  await expect(size, `${where}: Tab reaches the image-size choice`).toBeFocused();
  await expectFocusRing(size, `${where}: image-size choice`);
  return announced;
}

test.describe('keyboard', () => {
  for (const lang of ['en', 'kk']) {
    test(`?lang=${lang}: every chart by keyboard alone, from the page start`, async ({ page }) => {
      // Each chart from a fresh page, Tab by Tab: about 16 s a chart on a new machine.
      test.setTimeout(20_000 * ALL_WIDGETS.length);
      const errors = trackErrors(page);
      const names = await gotoApp(page, `?lang=${lang}`);
      expect(names, 'the violence trend is on the app').toContain('violence-trend');
      for (const name of names) {
        await test.step(name, async () => {
          // From the start of a freshly loaded page each time.
          await gotoApp(page, `?lang=${lang}`);
          const announced = await walkChart(page, name, lang);
          if (name === 'violence-trend') {
            expect(announced, `violence trend values announced in ${lang}`).toEqual(
              VIOLENCE_ANNOUNCED[lang],
            );
          }
        });
      }
      expect(errors.all(), 'console errors and page errors').toEqual([]);
    });
  }
});

// The tooltip shows the focused value on screen: it must not be cut off by the viewport.
// A width change (a rotated phone, a resized window) repaints the chart and moves its value
// buttons: the keyboard focus must stay where it was, on the same button.
test('a focused value keeps its focus and moves with the chart when the width changes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoApp(page);
  await page.keyboard.press('Tab'); // keyboard modality
  const root = page.locator('[data-widget="violence-trend"]');
  const mark = root.locator('.tendik-mark').nth(0);
  await mark.scrollIntoViewIfNeeded();
  await mark.focus();
  const label = await mark.getAttribute('aria-label');
  await expectMarkActive(page, root, 0, label, 'before');
  const before = await mark.evaluate((el) => {
    window.__tendikMark = el;
    return { left: el.style.left };
  });
  const canvasWidth = () => root.locator('canvas').evaluate((c) => c.width);
  const widthBefore = await canvasWidth();
  await page.setViewportSize({ width: 420, height: 900 });
  await expect.poll(canvasWidth, { message: 'the chart repaints narrower' }).toBeLessThan(widthBefore);
  await expect(mark, 'the same value is still focused').toBeFocused();
  expect(await mark.evaluate((el) => el === window.__tendikMark), 'the same button, not a new one').toBe(true);
  await expect.poll(() => mark.evaluate((el) => el.style.left), { message: 'the button moved' }).not.toBe(before.left);
  await page.keyboard.press('ArrowRight');
  await expectMarkActive(page, root, 1, await root.locator('.tendik-mark').nth(1).getAttribute('aria-label'), 'after');
});

test.describe('tooltips', () => {
  for (const width of [360, 1280]) {
    test.describe(`at ${width}px`, () => {
      test.use({ viewport: { width, height: 800 } });

      test(`every value's tooltip is inside the viewport`, async ({ page }) => {
        // Regression test for a bug this test found (fixed; see git log).
        test.setTimeout(120_000);
        const outside = [];
        for (const lang of ['en', 'kk']) {
          await gotoApp(page, `?lang=${lang}`);
          // Keyboard modality, so focus() below shows what a keyboard user sees.
          await page.keyboard.press('Tab');
          const marks = page.locator('.tendik-mark');
          const count = await marks.count();
          expect(count).toBeGreaterThan(0);
          for (let i = 0; i < count; i++) {
            const mark = marks.nth(i);
            await mark.scrollIntoViewIfNeeded();
            await mark.focus();
            const r = await mark.evaluate((el) => {
              const fig = el.closest('[data-widget]');
              const tip = fig.querySelector('.tendik-tooltip');
              const t = tip.getBoundingClientRect();
              const m = el.getBoundingClientRect();
              return {
                widget: fig.getAttribute('data-widget'),
                label: el.getAttribute('aria-label'),
                left: Math.round(t.left),
                right: Math.round(t.right),
                // The mark is its whole row, words included (tendik-core's tests check that).
                coversRow: t.bottom > m.top + 1 && t.top < m.bottom - 1 && t.right > m.left + 1 && t.left < m.right - 1,
                visible: getComputedStyle(tip).visibility === 'visible',
              };
            });
            expect(r.visible, `${r.widget} "${r.label}": tooltip shown on focus`).toBe(true);
            expect(r.coversRow, `${r.widget} "${r.label}": the tooltip hides the row it describes`).toBe(false);
            if (r.left < 0 || r.right > width) {
              outside.push(`${lang} ${r.widget} "${r.label}": x ${r.left}..${r.right} of ${width}`);
            }
          }
        }
        expect(outside, 'tooltips cut off by the viewport').toEqual([]);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------
// 3. Languages.

function expectTitleInLanguage(title, lang, label) {
  if (lang === 'en') {
    expect.soft(title, `${label}: an English title has no Cyrillic`).not.toMatch(CYRILLIC);
    expect.soft(title, `${label}: an English title has Latin letters`).toMatch(/[A-Za-z]{3}/);
  } else {
    expect.soft(title, `${label}: a ${lang} title is in Cyrillic`).toMatch(CYRILLIC);
    expect.soft(title, `${label}: a ${lang} title has no Latin words`).not.toMatch(/[A-Za-z]{4}/);
    if (lang === 'kk') {
      expect.soft(title, `${label}: a Kazakh title has Kazakh letters`).toMatch(KAZAKH_LETTERS);
    } else {
      // The product's name, Теңдік, is Kazakh in every language.
      expect
        .soft(title.replace(/Теңдік/g, ''), `${label}: a Russian title has no Kazakh letters`)
        .not.toMatch(KAZAKH_LETTERS);
    }
  }
}

// Visible titles: the page heading and each widget's.
function visibleTitles(page) {
  return page
    .locator('h1, .tendik-title')
    .evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent.trim()),
    );
}

const NUMBERS = {
  en: { count: '115,526', share: '18.9%', wrong: [`115${NBSP}526`, '115 526', '18,9'] },
  ru: { count: `115${NBSP}526`, share: `18,9${NBSP}%`, wrong: ['115,526', '115 526', '18.9', '18,9 %'] },
  kk: { count: `115${NBSP}526`, share: `18,9${NBSP}%`, wrong: ['115,526', '115 526', '18.9', '18,9 %'] },
};

async function expectLanguage(page, names, lang) {
  await expect(page.locator('html'), 'html lang').toHaveAttribute('lang', lang);
  for (const name of names) {
    await expect(page.locator(`[data-widget="${name}"]`), `${name} lang`).toHaveAttribute('lang', lang);
  }
  const titles = await visibleTitles(page);
  expect(titles.length, 'visible titles').toBeGreaterThan(names.length);
  for (const t of titles) expectTitleInLanguage(t, lang, `"${t}"`);

  const violence = page.locator('[data-widget="violence-trend"]');
  const quota = page.locator('[data-widget="quota-gauge"]');
  const text = async (root) => {
    const marks = await root
      .locator('.tendik-mark')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join(' | '));
    return `${await exactText(root)} | ${marks}`;
  };
  const violenceText = await text(violence);
  const quotaText = await text(quota);
  const n = NUMBERS[lang];
  expect.soft(violenceText, `violence trend in ${lang} writes ${JSON.stringify(n.count)}`).toContain(n.count);
  expect.soft(quotaText, `quota gauge in ${lang} writes ${JSON.stringify(n.share)}`).toContain(n.share);
  for (const wrong of n.wrong) {
    expect.soft(`${violenceText} ${quotaText}`, `no ${JSON.stringify(wrong)} in ${lang}`).not.toContain(wrong);
  }
}

test.describe('languages', () => {
  test('the language buttons switch <html lang>, each widget, every title and the numbers', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    const names = await gotoApp(page);
    await expectLanguage(page, names, 'en');
    for (const lang of ['kk', 'ru', 'en']) {
      await test.step(lang, async () => {
        const button = page.getByRole('button', { name: LANG_BUTTONS[lang], exact: true });
        await button.click();
        await expect(button, `${lang} button pressed`).toHaveAttribute('aria-pressed', 'true');
        await expectLanguage(page, names, lang);
        const inUrl = new URL(page.url()).searchParams.get('lang');
        if (lang === 'en') expect(inUrl ?? 'en', 'URL lang').toBe('en');
        else expect(inUrl, 'URL lang').toBe(lang);
      });
    }
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('choosing Қазақша puts ?lang=kk in the URL and a reload stays Kazakh', async ({ page }) => {
    const names = await gotoApp(page);
    await page.getByRole('button', { name: LANG_BUTTONS.kk, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    expect(new URL(page.url()).searchParams.get('lang'), 'URL lang').toBe('kk');
    await page.reload();
    const after = await settleWidgets(page);
    expect(after).toEqual(names);
    await expectLanguage(page, names, 'kk');
    await expect(page.getByRole('button', { name: LANG_BUTTONS.kk, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  // Everything a reader meets in the app's language is in that language (or marked with
  // its own lang): visible text, open data tables and accessible names alike. Allowed:
  // the product name, other products' and protocols' names (WordPress, Ghost, oEmbed), loan
  // words (iframe, cookie), acronyms (CEDAW, ESG, PNG), quotations
  // from English documents in “…” or «…» (headings quoted as the document writes them),
  // and the deliberately trilingual language legend.
  test(
    'in Kazakh and Russian, the app shows no untranslated English',
    async ({ page }) => {
      // Source lines translate where in the document a figure is (format::location).
      test.setTimeout(90_000);
      for (const lang of ['kk', 'ru']) {
        await gotoApp(page, `?lang=${lang}`);
        await openDetails(page);
        const english = await page.evaluate((lang) => {
          const ALLOWED = new Set(['Tendik', 'WordPress', 'Ghost', 'oEmbed', 'iframe', 'Iframe', 'cookie']);
          const wordsOf = (text) =>
            (text.replace(/“[^”]*”|«[^»]*»/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter(
              (w) => w !== w.toUpperCase() && !ALLOWED.has(w),
            );
          const langOf = (el) => el.closest('[lang]')?.getAttribute('lang');
          const found = new Set();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || el.closest('pre, code, script, style, noscript')) continue;
            if (el.getClientRects().length === 0 || langOf(el) !== lang) continue;
            if (el.tagName === 'LEGEND' && /Language.*Тіл.*Язык/.test(node.textContent)) continue;
            const words = wordsOf(node.textContent);
            if (words.length) found.add(`${words.join(' ')} in "${node.textContent.trim().slice(0, 100)}"`);
          }
          for (const el of document.querySelectorAll('[aria-label]')) {
            if (langOf(el) !== lang) continue;
            const words = wordsOf(el.getAttribute('aria-label'));
            if (words.length) found.add(`${words.join(' ')} in aria-label "${el.getAttribute('aria-label').slice(0, 100)}"`);
          }
          return [...found];
        }, lang);
        expect.soft(english, `untranslated English in the ${lang} app`).toEqual([]);
      }
    },
  );

  test('no doubled full stops in any language (text and accessible names)', async ({ page }) => {
    // Regression test for a bug this test found (fixed; see git log).
    const doubled = [];
    for (const lang of LANGS) {
      await gotoApp(page, `?lang=${lang}`);
      doubled.push(
        ...(await page.evaluate((lang) => {
          const out = [];
          for (const fig of document.querySelectorAll('[data-widget]')) {
            const parts = [...fig.querySelectorAll('h2, p, li, caption, th, td, summary')].map((e) => e.textContent);
            for (const e of fig.querySelectorAll('[aria-label]')) parts.push(e.getAttribute('aria-label'));
            for (const t of parts) {
              for (const m of t.match(/.{0,40}[^.]\.\.(?!\.)/g) ?? []) {
                out.push(`${lang} ${fig.getAttribute('data-widget')}: "…${m}"`);
              }
            }
          }
          return [...new Set(out)];
        }, lang)),
      );
    }
    expect(doubled, 'text with ".." where one full stop is meant').toEqual([]);
  });

  test('an embed with no lang on a page whose <html lang="ru"> renders in Russian', async ({
    page,
  }) => {
    await page.goto('/demo.html');
    await page.evaluate(() => {
      document.documentElement.lang = 'ru';
      const el = document.createElement('tendik-widget');
      el.id = 'a11y-inherit';
      el.setAttribute('name', 'quota-gauge');
      document.querySelector('main').prepend(el);
    });
    const host = page.locator('#a11y-inherit');
    await host.scrollIntoViewIfNeeded();
    const root = host.locator('[data-widget="quota-gauge"]');
    await expect(root).toHaveAttribute('data-state', 'ready');
    await expect(root, 'the widget takes the page language').toHaveAttribute('lang', 'ru');
    const title = await exactText(root.locator('.tendik-title'));
    expectTitleInLanguage(title, 'ru', `"${title}"`);
    expect(await exactText(root), 'Russian number format').toContain(`18,9${NBSP}%`);
    await expect(root.locator('.tendik-table summary')).toHaveText('Таблица данных');
  });

  test('lang="fr" shows a visible error naming the lang attribute', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto('/demo.html');
    await page.evaluate(() => {
      const el = document.createElement('tendik-widget');
      el.id = 'a11y-french';
      el.setAttribute('name', 'quota-gauge');
      el.setAttribute('lang', 'fr');
      document.querySelector('main').prepend(el);
    });
    const host = page.locator('#a11y-french');
    await host.scrollIntoViewIfNeeded();
    const error = host.locator('.tendik-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('lang');
    await expect(error).toContainText('fr');
    expect(await host.locator('canvas').count(), 'no chart in an unsupported language').toBe(0);
    await expect
      .poll(() => errors.console.filter((t) => t.includes('lang')).length, {
        message: 'the error is logged too',
      })
      .toBeGreaterThanOrEqual(1);
  });
});

// ---------------------------------------------------------------------------------------
// 4. Themes.

async function expectTheme(root, theme, label) {
  await expect(root, `${label}: ready`).toHaveAttribute('data-state', 'ready');
  const dark = await root.evaluate((el) => el.classList.contains('tendik-dark'));
  expect(dark, `${label}: tendik-dark class`).toBe(theme === 'dark');
  const bg = parseRgb(await root.evaluate((el) => getComputedStyle(el).backgroundColor));
  const canvasBg = await canvasBackground(root.locator('canvas'));
  const [lumBox, lumCanvas] = [luminance(bg), luminance(canvasBg)];
  if (theme === 'dark') {
    expect(lumBox, `${label}: figure background ${bg} is dark`).toBeLessThan(0.1);
    expect(lumCanvas, `${label}: canvas background ${canvasBg} is dark`).toBeLessThan(0.1);
  } else {
    expect(lumBox, `${label}: figure background ${bg} is light`).toBeGreaterThan(0.9);
    expect(lumCanvas, `${label}: canvas background ${canvasBg} is light`).toBeGreaterThan(0.9);
  }
  expect(canvasBg[3], `${label}: the canvas paints an opaque background`).toBe(255);
}

async function addEmbed(page, id, attrs) {
  await page.evaluate(
    ({ id, attrs }) => {
      const el = document.createElement('tendik-widget');
      el.id = id;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.querySelector('main').prepend(el);
    },
    { id, attrs },
  );
  const host = page.locator(`#${id}`);
  await host.scrollIntoViewIfNeeded();
  return host.locator(`[data-widget="${attrs.name}"]`);
}

test.describe('themes', () => {
  test.describe('dark system colour scheme', () => {
    test.use({ colorScheme: 'dark' });

    test('theme="auto" follows the host page: light where it declares no dark mode, dark where it does; theme="light" wins', async ({
      page,
    }) => {
      // demo.html is a light page that declares no color-scheme: a dark box there is a bug.
      await page.goto('/demo.html');
      const { good } = await settleEmbeds(page);
      const plain = good.filter((w) => !w.attrs.includes('theme'));
      expect(plain.length).toBeGreaterThanOrEqual(3);
      for (const w of plain) await expectTheme(w.root, 'light', `${w.label} on a light-only page`);
      const before = await addEmbed(page, 'a11y-auto-light', { name: 'violence-trend', theme: 'auto' });
      await expectTheme(before, 'light', 'theme="auto" on a page with no dark mode');
      // The page declares a dark mode by its meta tag: auto follows the system.
      await page.evaluate(() => {
        const meta = document.createElement('meta');
        meta.name = 'color-scheme';
        meta.content = 'light dark';
        document.head.append(meta);
      });
      const auto = await addEmbed(page, 'a11y-auto', { name: 'violence-trend', theme: 'auto' });
      await expectTheme(auto, 'dark', 'theme="auto" on a light-and-dark page, dark system');
      const light = await addEmbed(page, 'a11y-light', { name: 'quota-gauge', theme: 'light' });
      await expectTheme(light, 'light', 'theme="light" on a dark system');
    });

    test('a page dark by its CSS gets dark charts from theme="auto"', async ({ page }) => {
      await page.goto('/demo.html');
      await page.addStyleTag({ content: ':root { color-scheme: only dark; background: #111; }' });
      const auto = await addEmbed(page, 'a11y-css-dark', { name: 'peacekeeping' });
      await expectTheme(auto, 'dark', 'color-scheme: dark in the host CSS');
    });

    test('the app with no theme is dark; ?theme=light wins', async ({ page }) => {
      let names = await gotoApp(page);
      for (const name of names) await expectTheme(page.locator(`[data-widget="${name}"]`), 'dark', name);
      names = await gotoApp(page, '?theme=light');
      for (const name of names) await expectTheme(page.locator(`[data-widget="${name}"]`), 'light', name);
    });
  });

  test.describe('light system colour scheme', () => {
    test.use({ colorScheme: 'light' });

    test('theme="dark" wins; on a page with a dark mode, embeds with no theme follow the system when it changes', async ({
      page,
    }) => {
      await page.goto('/demo.html');
      const dark = await addEmbed(page, 'a11y-dark', { name: 'peacekeeping', theme: 'dark' });
      await expectTheme(dark, 'dark', 'theme="dark" on a light system');
      // A page with a dark mode of its own, declared in its CSS.
      await page.addStyleTag({ content: ':root { color-scheme: light dark; }' });
      const plain = await addEmbed(page, 'a11y-plain', { name: 'quota-gauge' });
      await expectTheme(plain, 'light', 'no theme on a light system');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(plain, 'follows the system to dark').toHaveClass(/tendik-dark/);
      await expect
        .poll(async () => luminance(await canvasBackground(plain.locator('canvas'))), {
          message: 'canvas repainted dark',
        })
        .toBeLessThan(0.1);
      await expectTheme(dark, 'dark', 'theme="dark" stays dark');
    });
  });
});

// ---------------------------------------------------------------------------------------
// 5. Reduced motion, and 320 px at 200% text.

// Records every animation and transition seen on any animation frame, document and open
// shadow roots alike.
function recordAnimations() {
  window.__tendikAnimations = new Set();
  const roots = () => {
    const out = [document];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          out.push(el.shadowRoot);
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    return out;
  };
  const describe = (a) => {
    const t = a.effect?.target;
    const what = a.animationName ?? a.transitionProperty ?? a.id ?? '';
    const cls = t && typeof t.className === 'string' && t.className ? `.${t.className.split(/\s+/).join('.')}` : '';
    return `${a.constructor.name} ${what} on ${t ? t.tagName.toLowerCase() + cls : '?'}`;
  };
  const tick = () => {
    if (document.documentElement) {
      for (const r of roots()) for (const a of r.getAnimations?.() ?? []) window.__tendikAnimations.add(describe(a));
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function canvasHashes(page) {
  return page.evaluate(() => {
    const canvases = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'CANVAS' && el.closest('[data-widget]')) canvases.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return canvases.map((c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let h = 2166136261;
      for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ data[i], 16777619) >>> 0;
      return `${c.width}x${c.height}:${h}`;
    });
  });
}

test.describe("a newsroom's theme", () => {
  test('the font and a checked accent reach the chart; an accent that fails contrast or looks like a category is refused, with a warning', async ({
    page,
  }) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto('/demo.html');
    await page.addStyleTag({
      content: `#theme-ok { --tendik-font-family: "DejaVu Serif", serif; --tendik-accent: #006d77; }
#theme-pale { --tendik-accent: #eeeeee; --tendik-font-family: 12px; }
#theme-women { --tendik-accent: #9a3a08; }
#theme-dark { --tendik-accent: #006d77; --tendik-accent-dark: #5fd3dc; }`,
    });
    const look = (root) =>
      root.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          font: getComputedStyle(el.querySelector('.tendik-title')).fontFamily,
          notes: getComputedStyle(el.querySelector('.tendik-takeaway')).fontFamily,
          top: [s.borderTopWidth, s.borderTopColor],
          side: s.borderLeftColor,
        };
      });
    const ok = await addEmbed(page, 'theme-ok', { name: 'quota-gauge', theme: 'light' });
    await expectTheme(ok, 'light', 'a newsroom theme');
    const okLook = await look(ok);
    expect(okLook.font).toContain('DejaVu Serif');
    expect(okLook.notes).toContain('DejaVu Serif');
    expect(okLook.top).toEqual(['4px', 'rgb(0, 109, 119)']);

    for (const [id, why] of [
      ['theme-pale', /--tendik-accent: #eeeeee has a contrast of 1\.1:1 against the light background/],
      ['theme-women', /--tendik-accent: #9a3a08 is too close to the colour that means women/],
    ]) {
      const root = await addEmbed(page, id, { name: 'violence-trend', theme: 'light' });
      await expectTheme(root, 'light', id);
      const l = await look(root);
      // Tendik's own: a 1 px rule in the border colour, the side border the same.
      expect(l.top, id).toEqual(['1px', l.side]);
      expect(l.font, id).not.toContain('DejaVu Serif');
      await expect.poll(() => warnings.some((w) => why.test(w)), { message: `${id}: a console warning` }).toBe(true);
    }

    // A font value that is no font list: Tendik's own font, not the browser's default.
    expect((await look(page.locator('#theme-pale [data-widget]'))).font).toContain('system-ui');
    expect(warnings.some((w) => /--tendik-font-family: "12px" is not a list of font families/.test(w))).toBe(true);

    // On the dark theme the dark accent is the one checked and used.
    const dark = await addEmbed(page, 'theme-dark', { name: 'peacekeeping', theme: 'dark' });
    await expectTheme(dark, 'dark', 'a newsroom theme, dark');
    expect((await look(dark)).top).toEqual(['4px', 'rgb(95, 211, 220)']);
  });
});

test.describe('prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the app: nothing animates while loading, hovering, moving by keyboard or switching', async ({
    page,
  }) => {
    await page.addInitScript(recordAnimations);
    const names = await gotoApp(page);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const before = await canvasHashes(page);
    // Hover and keyboard on the first chart, open a table, switch theme and language.
    const root = page.locator(`[data-widget="${names[0]}"]`);
    await root.locator('.tendik-mark').first().hover();
    await page.keyboard.press('Tab');
    await root.locator('.tendik-mark').first().focus();
    await page.keyboard.press('ArrowRight');
    await root.locator('details.tendik-table summary').click();
    await page.waitForTimeout(600);
    const after = await canvasHashes(page);
    expect(after, 'canvases unchanged after load (no animated drawing)').toEqual(before);
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await page.getByRole('button', { name: LANG_BUTTONS.kk, exact: true }).click();
    await settleWidgets(page);
    await page.waitForTimeout(600);
    const seen = await page.evaluate(() => [...window.__tendikAnimations]);
    expect(seen, 'animations or transitions seen at any frame').toEqual([]);
  });

  test('embeds in shadow roots: nothing animates', async ({ page }) => {
    await page.addInitScript(recordAnimations);
    await page.goto('/demo.html');
    const { good } = await settleEmbeds(page);
    for (const { root } of good.slice(0, 3)) {
      await root.scrollIntoViewIfNeeded();
      await root.locator('.tendik-mark').first().hover();
    }
    const before = await canvasHashes(page);
    await page.waitForTimeout(600);
    expect(await canvasHashes(page), 'canvases unchanged').toEqual(before);
    const now = await page.evaluate(() => {
      const list = [...document.getAnimations()];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            list.push(...el.shadowRoot.getAnimations());
            visit(el.shadowRoot);
          }
        }
      };
      visit(document);
      return list.length;
    });
    expect(now, 'document.getAnimations(), shadow roots included').toBe(0);
    const seen = await page.evaluate(() => [...window.__tendikAnimations]);
    expect(seen, 'animations or transitions seen at any frame').toEqual([]);
  });
});

// Text wider than its own box (scrollWidth), anywhere on the page, for `selector`.
function overflowingText(page, selector) {
  return page.evaluate((selector) => {
    const out = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector) && el.getClientRects().length && el.scrollWidth > el.clientWidth + 1) {
          const name = typeof el.className === 'string' && el.className ? el.className : el.tagName.toLowerCase();
          out.push(`${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}: "${el.textContent.trim().slice(0, 60)}"`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  }, selector);
}

// The app at 320 px with the root font at 200% (text zoom), every widget settled again.
async function gotoZoomed(page, lang) {
  const names = await gotoApp(page, `?lang=${lang}`);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  // Let the ResizeObservers redraw, then check every widget settles again.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await settleWidgets(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  return names;
}

test.describe('320 px wide with text at 200%', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  for (const lang of LANGS) {
    test(`?lang=${lang}: no widget text clipped; every widget inside the viewport`, async ({ page }) => {
      const names = await gotoZoomed(page, lang);
      const clipped = await overflowingText(
        page,
        '.tendik-title, .tendik-takeaway, .tendik-notes li, .tendik-source, .tendik-table summary, .tendik-download',
      );
      expect(clipped, 'widget text wider than its box').toEqual([]);
      const innerWidth = await page.evaluate(() => window.innerWidth);
      for (const name of names) {
        const root = page.locator(`[data-widget="${name}"]`);
        await root.scrollIntoViewIfNeeded();
        const box = await root.boundingBox();
        expect(box.x, `${name} left edge`).toBeGreaterThanOrEqual(-0.5);
        expect(box.x + box.width, `${name} right edge`).toBeLessThanOrEqual(innerWidth + 0.5);
        const widest = await root.evaluate((fig) => {
          const f = fig.getBoundingClientRect();
          let worst = null;
          for (const el of fig.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width && (r.right > f.right + 1 || r.left < f.left - 1)) {
              worst = `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(f.left)}..${Math.round(f.right)}`;
              break;
            }
          }
          return worst;
        });
        expect(widest, `${name}: nothing sticks out of the widget`).toBeNull();
      }
    });

    test(`?lang=${lang}: the app page has no clipped text and no horizontal scroll`, async ({ page }) => {
      // Regression test for a bug this test found (fixed; see git log).
      await gotoZoomed(page, lang);
      await page.screenshot({ path: screenshotPath(`a11y-zoom200-${lang}-320.png`) });
      const clipped = await overflowingText(
        page,
        '.app-header h1, .app-header p, .app-nav a, .app-controls button, .app-controls legend, .app-embed summary, .app-footer p',
      );
      const { scrollWidth, innerWidth, beyond } = await page.evaluate(() => {
        const beyond = [];
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width && r.right > window.innerWidth + 1 && !el.closest('pre')) {
            beyond.push(`${el.tagName.toLowerCase()}.${el.className}: right ${Math.round(r.right)}`);
          }
        }
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          beyond: beyond.slice(0, 10),
        };
      });
      expect.soft(clipped, 'page text wider than its box').toEqual([]);
      expect(scrollWidth, `page scroll width at 320 px; beyond the edge: ${beyond.join('; ')}`).toBeLessThanOrEqual(innerWidth);
    });
  }
});

// ---------------------------------------------------------------------------------------
// 6. Cyrillic on the canvas.

test('Kazakh Cyrillic renders on a canvas in the charts\' font stack (no tofu)', async ({ page }) => {
  await gotoApp(page, '?lang=kk');
  const quota = page.locator('[data-widget="quota-gauge"]');
  const marks = await quota
    .locator('.tendik-mark')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join(' | '));
  expect(marks, 'the kk quota gauge draws the word Мәжіліс').toContain('Мәжіліс');

  const result = await page.evaluate(() => {
    const FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, DejaVu Sans, sans-serif';
    const SIZE = 32;
    // A glyph drawn alone: ink count and a bitmap signature.
    const glyph = (ch) => {
      const c = document.createElement('canvas');
      c.width = SIZE * 2;
      c.height = SIZE * 2;
      const ctx = c.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.fillStyle = '#000';
      ctx.font = `${SIZE}px ${FAMILY}`;
      ctx.textBaseline = 'middle';
      ctx.fillText(ch, SIZE / 4, SIZE);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let ink = 0;
      let sig = '';
      for (let i = 0; i < data.length; i += 4) {
        const on = data[i] < 128;
        ink += on;
        sig += on ? '1' : '0';
      }
      return { ink, sig, width: ctx.measureText(ch).width };
    };
    // Unassigned code points: whatever the browser draws for them is its missing glyph.
    const missing = ['\u0378', '\u0380'].map(glyph);
    const letters = [...new Set('МәжілісӘҒҚҢӨҰҮҺІәғқңөұүһіЖжЩщЁё')];
    const tofu = [];
    const sigs = new Map();
    for (const ch of letters) {
      const g = glyph(ch);
      if (g.ink === 0) tofu.push(`${ch}: blank`);
      else if (missing.some((m) => m.sig === g.sig)) tofu.push(`${ch}: the missing-glyph box`);
      sigs.set(ch, g.sig);
    }
    const same = [];
    for (const [a, sa] of sigs) for (const [b, sb] of sigs) if (a < b && sa === sb) same.push(`${a}=${b}`);

    // The word itself: ink in each glyph's column range.
    const word = 'Мәжіліс';
    const c = document.createElement('canvas');
    c.width = 400;
    c.height = 64;
    const ctx = c.getContext('2d');
    ctx.font = `${SIZE}px ${FAMILY}`;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#000';
    ctx.fillText(word, 4, 32);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const columnInk = (x0, x1) => {
      let ink = 0;
      for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
        for (let y = 0; y < c.height; y++) if (data[(y * c.width + x) * 4 + 3] > 100) ink++;
      }
      return ink;
    };
    const chars = [...word];
    const positions = chars.map((ch, i) => {
      const x0 = 4 + ctx.measureText(chars.slice(0, i).join('')).width;
      const x1 = 4 + ctx.measureText(chars.slice(0, i + 1).join('')).width;
      // The middle of the glyph's advance, so neighbours' side bearings do not count.
      const pad = (x1 - x0) * 0.2;
      return { ch, x0, x1, ink: columnInk(x0 + pad, x1 - pad) };
    });
    const wordWidth = ctx.measureText(word).width;
    const tofuWidth = ctx.measureText('\u0378'.repeat(chars.length)).width;
    return {
      tofu,
      same,
      positions,
      wordWidth,
      tofuWidth,
      fontsCheck: document.fonts.check(`16px "DejaVu Sans"`, word),
    };
  });
  console.log(`cyrillic: Мәжіліс width ${result.wordWidth.toFixed(1)} vs 7 missing glyphs ${result.tofuWidth.toFixed(1)}; fonts.check: ${result.fontsCheck}`);
  expect(result.tofu, 'letters drawn blank or as the missing-glyph box').toEqual([]);
  expect(result.same, 'different letters drawn identically').toEqual([]);
  for (const p of result.positions) {
    expect(p.ink, `ink under "${p.ch}" (x ${p.x0.toFixed(1)}–${p.x1.toFixed(1)})`).toBeGreaterThan(10);
  }
  expect(result.wordWidth, 'Мәжіліс is not as wide as seven missing glyphs').not.toBeCloseTo(result.tofuWidth, 0);
});

// ---------------------------------------------------------------------------------------
// 7. Screenshots of each widget, for people to look at.

for (const width of [360, 1280]) {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      test.describe(`screenshots ${width}px`, () => {
        test.use({ viewport: { width, height: 900 } });
        test(`each widget, ${lang} ${theme}`, async ({ page }) => {
          const names = await gotoApp(page, `?lang=${lang}&theme=${theme}`);
          await page.evaluate(() => document.fonts.ready);
          for (const name of names) {
            const root = page.locator(`[data-widget="${name}"]`);
            await root.scrollIntoViewIfNeeded();
            await root.screenshot({
              path: screenshotPath(`a11y-${name}-${lang}-${theme}-${width}.png`),
              animations: 'disabled',
            });
          }
        });
      });
    }
  }
}
