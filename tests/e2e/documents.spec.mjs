// Issue 18, "Sources a reader can follow": every figure in the Sources view links to its
// quote, shown in place in the full text of its seed document, highlighted, at a stable
// anchor (`?view=document&doc=<seed>#fig-<id>`); documents are named by title, never by
// file name; the view in three languages, at 360 px and desktop, light and dark, by
// keyboard, with no axe violations. Screenshots: tests/output/screenshots/{sources,document}-*.

import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP_URL, TRUSTED_TYPES_URL, screenshotPath, trackErrors } from './helpers.mjs';
import { LANGS, THEMES, expectNoAxeViolations } from './a11y-helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEEDS = path.resolve(here, '..', '..', 'seeds');
// Seed ids (the app's `doc`) and their files, as docs/dataset.md lists them.
const DOCUMENTS = {
  'nap-summary': '000_07571b1c9c64519d.txt',
  'cedaw-replies': '001_47c78e3d6287c7bb.txt',
  'op-ed-esg': '002_eaa218d367acbff0.txt',
  'civil-service-news': '003_b8b556c2b9d6523b.txt',
  'reform-note': '004_76ed446c0c6cb5a6.txt',
};
const FILE_HASH = /[0-9a-f]{16}/;
const collapse = (s) => s.split(/\s+/).filter(Boolean).join(' ');

async function open(page, query) {
  const response = await page.goto(`/${query}`);
  expect(response?.status(), `GET /${query}`).toBe(200);
}

// The document's text is on the page (it is fetched when the view opens).
async function documentShown(page) {
  await expect(page.locator('article.doc-text p').first()).toBeVisible();
}

// Every figure of the Sources view: id, quote as shown, and where its link leads.
async function sourcesFigures(page) {
  await expect(page.locator('.figure').first()).toBeVisible();
  return page.locator('.figure').evaluateAll((items) =>
    items.map((li) => ({
      id: li.id.replace(/^figure-/, ''),
      quote: li.querySelector('blockquote').textContent,
      quoteLang: li.querySelector('blockquote').getAttribute('lang'),
      href: li.querySelector('.figure-meta a').getAttribute('href'),
      link: li.querySelector('.figure-meta a').textContent,
    })),
  );
}

test.describe('Sources → the sentence in its document', () => {
  test('every figure links to its quote, marked in the full text of its document', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = trackErrors(page);
    await open(page, '?view=sources');
    const figures = await sourcesFigures(page);
    expect(figures.length).toBeGreaterThan(150);
    const byDoc = {};
    for (const f of figures) {
      const url = new URL(f.href, page.url());
      expect(url.searchParams.get('view'), `${f.id}: link to the document view`).toBe('document');
      expect(url.hash, `${f.id}: the anchor names the figure`).toBe(`#fig-${f.id}`);
      const doc = url.searchParams.get('doc');
      expect(Object.keys(DOCUMENTS), `${f.id}: a seed id, not a file name`).toContain(doc);
      expect(f.link, `${f.id}: the link names the document by title`).not.toMatch(FILE_HASH);
      expect(f.quoteLang, `${f.id}: the quote is marked as English`).toBe('en');
      (byDoc[doc] ??= []).push(f);
    }
    expect(Object.keys(byDoc).sort()).toEqual(Object.keys(DOCUMENTS).sort());

    for (const [doc, docFigures] of Object.entries(byDoc)) {
      await test.step(doc, async () => {
        await open(page, `?view=document&doc=${doc}`);
        await documentShown(page);
        const shown = await page.locator('article.doc-text').evaluate((article) => ({
          lang: article.getAttribute('lang'),
          blocks: [...article.children].map((el) => el.textContent),
          anchors: [...article.querySelectorAll('.doc-anchor')].map((a) => a.id),
          marks: [...article.querySelectorAll('mark.doc-quote')].map((m) => ({
            figures: m.dataset.figures.split(' '),
            text: m.textContent,
          })),
        }));
        expect(shown.lang, `${doc}: the text is marked as English`).toBe('en');
        // The whole document, every word of the file, in order.
        const file = readFileSync(path.join(SEEDS, DOCUMENTS[doc]), 'utf8');
        expect(collapse(shown.blocks.join(' ')), `${doc}: the whole file is shown`).toBe(collapse(file));
        for (const f of docFigures) {
          expect(shown.anchors.filter((a) => a === `fig-${f.id}`), `${doc}: one anchor for ${f.id}`).toHaveLength(1);
          const marked = shown.marks
            .filter((m) => m.figures.includes(f.id))
            .map((m) => m.text)
            .join('');
          expect(collapse(marked), `${doc}: ${f.id}'s quote is marked, exactly`).toBe(collapse(f.quote));
        }
        await expect(page.locator('body')).not.toContainText(FILE_HASH);
      });
    }
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test('a figure opens at its sentence, highlighted and focused; reload and Back keep the place', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await open(page, '?view=sources&lang=ru');
    await page.locator('.sources-search input').fill('115,526');
    const item = page.locator('#figure-dv-incidents-2022');
    await expect(item).toBeVisible();
    await item.locator('.figure-meta a').click();
    await expect(page).toHaveURL(/\?view=document&doc=cedaw-replies&lang=ru#fig-dv-incidents-2022$/);
    const check = async (when) => {
      const target = page.locator('mark.doc-target');
      await expect(target.first(), `${when}: the sentence is highlighted`).toBeVisible();
      await expect(target.first(), `${when}: and on screen`).toBeInViewport();
      await expect(target.first(), `${when}: and focused`).toBeFocused();
      expect(collapse((await target.allTextContents()).join(''))).toBe(
        'These measures have led to a decrease in incidents of domestic violence, from 115,526 in 2022 to 75,004 in 2024.',
      );
      // The card above the text says which figure, in Russian, and where it is quoted.
      const card = page.locator('.doc-card');
      await expect(card).toContainText('Случаи бытового насилия, 2022 г.');
      await expect(card).toContainText('115\u00a0526');
      await expect(card).toContainText('п. 3 (b)');
      await expect(page.locator('h2#document-title')).toContainText('Ответы Казахстана');
      await expect(page.locator('.doc-meta')).toContainText('на английском');
      await expect(page).toHaveTitle(/^Ответы Казахстана/);
    };
    await check('followed from Sources');
    await page.reload();
    await check('after a reload');

    // Back: the Sources view, at the figure that was followed, the search kept.
    await page.goBack();
    await expect(page).toHaveURL(/\?view=sources&lang=ru&q=115%2C526#figure-dv-incidents-2022$/);
    await expect(item).toBeInViewport();
    await expect(page.locator('.sources-search input')).toHaveValue('115,526');
    await page.goForward();
    await check('Forward');
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  test("the document's own list of figures moves the highlight, a history entry each", async ({ page }) => {
    await open(page, '?view=document&doc=civil-service-news');
    await documentShown(page);
    await expect(page.locator('mark.doc-target')).toHaveCount(0);
    await expect(page.locator('mark.doc-quote').first()).toBeVisible();
    await expect(page.locator('#document-title'), 'no figure: the title has the focus').toBeFocused();
    const details = page.locator('details.doc-figures');
    await details.locator('summary').click();
    const links = details.locator('a');
    expect(await links.count()).toBeGreaterThan(5);
    const first = await links.first().getAttribute('href');
    const last = await links.last().getAttribute('href');
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${first.replace(/[?.]/g, '\\$&')}$`));
    const firstId = first.split('#fig-')[1];
    await expect(page.locator('mark.doc-target').first()).toHaveAttribute('data-figures', new RegExp(firstId));
    await expect(details, 'the list stays open').toHaveJSProperty('open', true);
    await links.last().click();
    const lastId = last.split('#fig-')[1];
    await expect(page.locator('mark.doc-target').first()).toHaveAttribute('data-figures', new RegExp(lastId));
    await expect(page.locator('mark.doc-target').first()).toBeFocused();
    await page.goBack();
    await expect(page.locator('mark.doc-target').first()).toHaveAttribute('data-figures', new RegExp(firstId));
    // A fragment typed by hand moves it too.
    await page.evaluate(() => {
      location.hash = '#fig-civil-service-women-share-news';
    });
    await expect(page.locator('mark.doc-target').first()).toHaveAttribute(
      'data-figures',
      /civil-service-women-share-news/,
    );
  });

  test('by keyboard alone: into the card, the list of figures, to a sentence', async ({ page }) => {
    await open(page, '?view=document&doc=nap-summary&lang=kk#fig-peacekeepers-total-2023');
    await documentShown(page);
    await expect(page.locator('mark.doc-target').first()).toBeFocused();
    // From the top of the page: Tab through the controls to the card's links.
    await page.locator('.app-nav a').first().focus();
    const stops = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el.tagName.toLowerCase(), text: el.textContent.trim(), cls: el.className };
      });
      stops.push(f);
      if (f.tag === 'summary') break;
    }
    const texts = stops.map((s) => s.text);
    expect(texts, 'the way back to Sources').toContain('← Дереккөздер');
    expect(texts, 'the card: go to the sentence').toContain('Сөйлемге өту');
    expect(texts, 'the card: the figure in Sources').toContain('Бұл сан дереккөздер тізімінде');
    expect(stops.at(-1).tag, 'then the list of figures').toBe('summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('details.doc-figures')).toHaveJSProperty('open', true);
    await page.keyboard.press('Tab');
    const focusedHref = await page.evaluate(() => document.activeElement.getAttribute('href'));
    expect(focusedHref).toMatch(/#fig-/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${focusedHref.split('#')[1]}$`));
    await expect(page.locator('mark.doc-target').first(), 'Enter moves focus to the sentence').toBeFocused();
    await expect(page.locator('mark.doc-target').first()).toBeInViewport();
    // "Go to the sentence" brings it back after scrolling away.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.doc-card a', { hasText: 'Сөйлемге өту' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('mark.doc-target').first()).toBeInViewport();
    await expect(page.locator('mark.doc-target').first()).toBeFocused();
  });

  test('bad permalinks: an unknown document is named back as text and the documents listed', async ({ page }) => {
    const errors = trackErrors(page);
    await open(page, '?view=document&doc=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E#fig-nope');
    const message = page.locator('.document .doc-message');
    await expect(message).toHaveText('There is no document “<img src=x onerror=alert(1)>”.');
    await expect(page.locator('.document img')).toHaveCount(0);
    const titles = await page.locator('.doc-list a').allTextContents();
    expect(titles).toHaveLength(5);
    for (const t of titles) expect(t).not.toMatch(FILE_HASH);
    await page.locator('.doc-list a', { hasText: 'Op-ed' }).click();
    await expect(page).toHaveURL(/\?view=document&doc=op-ed-esg$/);
    await documentShown(page);
    // A figure of another document than the one named: the document, with nothing highlighted.
    await open(page, '?view=document&doc=reform-note#fig-dv-incidents-2022');
    await documentShown(page);
    await expect(page.locator('mark.doc-target')).toHaveCount(0);
    await expect(page.locator('.doc-card')).toHaveCount(0);
    expect(errors.all()).toEqual([]);
  });

  test('a document that cannot be fetched says so, and logs one error', async ({ page }) => {
    const errors = trackErrors(page);
    await page.route(/\/seeds\//, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await open(page, '?view=document&doc=reform-note');
    await expect(page.locator('.document .doc-message[role="alert"]')).toContainText(
      'The document could not be loaded (HTTP 404).',
    );
    await expect.poll(() => errors.console.filter((e) => /Tendik: the document reform-note/.test(e)).length).toBe(1);
  });
});

test.describe('from a chart to its sentences', () => {
  test("a chart's figures lead through Sources to each quote in its document", async ({ page }) => {
    const errors = trackErrors(page);
    await open(page, '?lang=kk');
    const item = page.locator('article.gallery-item#violence-trend');
    await item.locator('.widget-links a', { hasText: 'Осы диаграмманың сандары' }).click();
    await expect(page).toHaveURL(/\?view=sources&widget=violence-trend&lang=kk$/);
    const figures = page.locator('.figure');
    await expect(figures.first()).toBeVisible();
    const ids = await figures.evaluateAll((all) => all.map((li) => li.id.replace(/^figure-/, '')));
    expect(ids, 'the chart’s own figures').toContain('dv-incidents-2022');
    expect(ids.length).toBeLessThan(20);
    const citation = page.locator('#figure-dv-incidents-2022 .figure-meta a');
    await expect(citation, 'the citation names the document by title').toContainText('CEDAW');
    await citation.click();
    await expect(page).toHaveURL(/\?view=document&doc=cedaw-replies&lang=kk#fig-dv-incidents-2022$/);
    const target = page.locator('mark.doc-target');
    await expect(target.first()).toBeInViewport();
    await expect(target.first()).toBeFocused();
    expect(collapse((await target.allTextContents()).join(''))).toContain('from 115,526 in 2022 to 75,004 in 2024');
    // The anchor is a real element with that id where the quote begins (other figures
    // quoted from the same sentence have their anchors beside it).
    const anchorNext = await page.locator('#fig-dv-incidents-2022').evaluate((a) => {
      let next = a.nextElementSibling;
      while (next?.classList.contains('doc-anchor')) next = next.nextElementSibling;
      return next && `${next.tagName} ${next.textContent.slice(0, 30)}`;
    });
    expect(anchorNext).toBe('MARK These measures have led to a d');
    expect(errors.all(), 'console errors and page errors').toEqual([]);
  });

  // The document view builds its text with DOM calls (no innerHTML) and fetches the seed
  // from its own origin: it works on a host that forbids both.
  for (const [name, base] of [
    ['strict Content-Security-Policy', () => CSP_URL],
    ["Trusted Types ('none')", () => TRUSTED_TYPES_URL],
  ]) {
    test(`under a ${name}: Sources and the document view work, no violation`, async ({ page }) => {
      await page.addInitScript(() => {
        window.__e2eCsp = [];
        document.addEventListener(
          'securitypolicyviolation',
          (e) => window.__e2eCsp.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`),
          true,
        );
      });
      const errors = trackErrors(page);
      const response = await page.goto(`${base()}/?view=sources&lang=ru`);
      expect(response?.headers()['content-security-policy']).toBeTruthy();
      await page.locator('#figure-majilis-women-share .figure-meta a').click();
      await expect(page).toHaveURL(/\?view=document&doc=cedaw-replies&lang=ru#fig-majilis-women-share$/);
      await documentShown(page);
      await expect(page.locator('mark.doc-target').first()).toBeInViewport();
      await page.reload();
      await documentShown(page);
      await expect(page.locator('mark.doc-target').first()).toBeFocused();
      expect(await page.evaluate(() => window.__e2eCsp), 'securitypolicyviolation events').toEqual([]);
      expect(errors.all(), 'console errors and page errors').toEqual([]);
    });
  }
});

test('where sources disagree, each value links to its quote, its paragraph named once', async ({ page }) => {
  await open(page, '?view=sources&lang=ru');
  const links = page.locator('.conflicts a');
  await expect(links.first()).toBeVisible();
  for (const a of await links.all()) {
    const text = await a.textContent();
    const href = await a.getAttribute('href');
    expect(href, text).toMatch(/^\?view=document&doc=[a-z-]+&lang=ru#fig-[a-z0-9-]+$/);
    const paragraphs = text.match(/\d+ \([a-zа-я]\)/g) ?? [];
    expect(new Set(paragraphs).size, `${text}: a paragraph named twice`).toBe(paragraphs.length);
  }
  // The Sources link marks where the reader is, in a document too.
  await links.first().click();
  await expect(page.locator('.app-nav a[aria-current]')).toHaveText('Источники');
});

test.describe('no file names anywhere in the app', () => {
  for (const query of ['', '?view=sources', '?view=document', '?view=sources&lang=kk']) {
    test(`/${query}: documents are named by title`, async ({ page }) => {
      await open(page, query);
      await expect(page.locator('.app-nav a').first()).toBeVisible();
      await expect(page.locator('main')).toBeVisible();
      if (query.includes('sources')) await expect(page.locator('.figure').first()).toBeVisible();
      const text = await page.locator('#tendik-app').evaluate((el) => el.innerText);
      expect(text).not.toMatch(FILE_HASH);
    });
  }
});

// Looked at by a person: each view at phone and desktop width, light and dark, kk/ru/en;
// checked here for axe violations and horizontal scrolling.
test.describe('the document view in every language, width and theme', () => {
  for (const width of [360, 1280]) {
    test.describe(`${width}px`, () => {
      test.use({ viewport: { width, height: 900 } });
      for (const lang of LANGS) {
        for (const theme of THEMES) {
          test(`${lang} ${theme}: no axe violations, no horizontal scroll; screenshots`, async ({ page }) => {
            test.setTimeout(120_000);
            const errors = trackErrors(page);
            await open(page, `?view=sources&lang=${lang}&theme=${theme}`);
            await expect(page.locator('.figure').first()).toBeVisible();
            await page.screenshot({ path: screenshotPath(`sources-${lang}-${width}-${theme}.png`) });
            const noScroll = () =>
              page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
            expect(await noScroll(), 'Sources: no horizontal scroll').toBe(true);
            await expectNoAxeViolations(page, `sources ${lang} ${theme} ${width}px`);

            await open(page, `?view=document&doc=cedaw-replies&lang=${lang}&theme=${theme}#fig-majilis-women-share`);
            await documentShown(page);
            await expect(page.locator('mark.doc-target').first()).toBeInViewport();
            await page.screenshot({ path: screenshotPath(`document-${lang}-${width}-${theme}.png`) });
            expect(await noScroll(), 'document: no horizontal scroll').toBe(true);
            await expectNoAxeViolations(page, `document ${lang} ${theme} ${width}px`);
            await page.locator('details.doc-figures').evaluate((d) => {
              d.open = true;
            });
            await expectNoAxeViolations(page, `document ${lang} ${theme} ${width}px, figures listed`);
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: screenshotPath(`document-top-${lang}-${width}-${theme}.png`) });
            await open(page, `?view=document&lang=${lang}&theme=${theme}`);
            await expect(page.locator('.doc-list a')).toHaveCount(5);
            await expectNoAxeViolations(page, `documents ${lang} ${theme} ${width}px`);
            expect(errors.all(), 'console errors and page errors').toEqual([]);
          });
        }
      }
    });
  }
});
