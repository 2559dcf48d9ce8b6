// The chart pages (dist/chart/<widget>/<lang>/), their social cards and oembed.json
// (docs/pages.md), and the CMSs that embed a pasted link:
//   - every page: its tags in <head>, every absolute URL under the build's base URL, the
//     image sizes it states against the files, and a page that reads whole with
//     JavaScript disabled (title, takeaway, the figure, the table, the quotes);
//   - the live chart takes the picture's place once the suite loads and the reader reaches it;
//   - WordPress: what wp_filter_oembed_result does to our oEmbed html (kses, the secret, the
//     sandbox) and what wp-embed.js does with the frame's messages, on another origin; the
//     chart renders in the sandbox (an opaque origin) and the frame takes its height;
//   - Ghost: the oEmbed html inserted as it is; the resizer sizes the frame.
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';
import { ALL_WIDGETS, APP_URL, DIST_DIR, expectReady, screenshotPath, trackErrors } from './helpers.mjs';
import { expectFits, frameOf, htmlPage } from './embed-helpers.mjs';

const INDEX = JSON.parse(readFileSync(path.join(DIST_DIR, 'chart', 'index.json'), 'utf8'));
const BASE = INDEX.base_url;
const STATIC = JSON.parse(readFileSync(path.join(DIST_DIR, 'static', 'index.json'), 'utf8'));
const LANGS = ['en', 'ru', 'kk'];

// The build's absolute URLs point at BASE; the tests serve dist/ at APP_URL. In the CMS
// tests Tendik is a host as docs/pages.md asks for (Access-Control-Allow-Origin: *; the
// strict policy, which embed.html keeps) and the post is on a server of its own, another
// origin (real servers: Chromium blocks a page Playwright fulfils from framing a loopback
// address).
const local = (url) => `${APP_URL}/${url.slice(BASE.length)}`;
const POSTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'output', 'cms-posts');
let posts;
let tendik;
test.beforeAll(async () => {
  mkdirSync(POSTS, { recursive: true });
  posts = await startServer({ root: POSTS, port: 0 });
  tendik = await startServer({ root: DIST_DIR, port: 0, csp: true, cors: true });
});
test.afterAll(() => {
  posts?.server.close();
  tendik?.server.close();
});
const asTendik = (html) => html.replaceAll(BASE, tendik.url);
function servePost(name, html) {
  writeFileSync(path.join(POSTS, name), html);
  return `${posts.url}${name}`;
}
const distFile = (url) => path.join(DIST_DIR, decodeURIComponent(new URL(url).pathname).replace(/^\//, ''));

function pngSize(file) {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('latin1'), `${file} is a PNG`).toBe('\x89PNG\r\n\x1a\n');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function oembedOf(entry) {
  return JSON.parse(readFileSync(path.join(DIST_DIR, entry.oembed), 'utf8'));
}

test('every widget and language has its page, card and oembed.json', () => {
  expect(BASE).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/);
  const widgets = [...new Set(STATIC.images.map((i) => i.widget))];
  expect(widgets.sort()).toEqual([...ALL_WIDGETS].sort());
  for (const widget of widgets) {
    for (const lang of LANGS) {
      const entry = INDEX.pages.find((p) => p.widget === widget && p.lang === lang);
      expect(entry, `${widget} ${lang}`).toBeTruthy();
      expect(entry.url).toBe(`${BASE}chart/${widget}/${lang}/`);
      expect(pngSize(path.join(DIST_DIR, entry.card.path))).toEqual({ width: 1200, height: 630 });
      const o = oembedOf(entry);
      expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Tendik', provider_url: BASE });
      expect(o.thumbnail_url).toBe(`${entry.url}${path.basename(entry.card.path)}`);
      expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
      expect(Number.isInteger(o.width) && Number.isInteger(o.height) && o.height > 100).toBe(true);
      expect(o.html).toContain(`src="${BASE}embed.html?widget=${widget}&amp;lang=${lang}"`);
      expect(o.html).toContain(`height="${o.height}"`);
    }
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const entry of INDEX.pages) {
    test(`page ${entry.widget} ${entry.lang}: head, URLs, image sizes, content`, async ({ page }) => {
      const response = await page.goto(local(entry.url));
      expect(response.status()).toBe(200);
      const doc = await page.evaluate(() => {
        const all = (sel, f) => [...document.querySelectorAll(sel)].map(f);
        const meta = (key) =>
          all(`meta[name="${key}"], meta[property="${key}"]`, (m) => m.getAttribute('content'));
        return {
          lang: document.documentElement.lang,
          title: document.title,
          meta: Object.fromEntries(
            ['description', 'og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:width',
              'og:image:height', 'og:image:alt', 'og:locale', 'twitter:card', 'twitter:title', 'twitter:image',
              'twitter:image:alt'].map((k) => [k, meta(k)]),
          ),
          canonical: all('link[rel="canonical"]', (l) => l.getAttribute('href')),
          hreflang: Object.fromEntries(all('link[rel="alternate"][hreflang]', (l) => [l.hreflang, l.getAttribute('href')])),
          oembed: all('link[rel="alternate"][type="application/json+oembed"]', (l) => l.getAttribute('href')),
          // Anything the parser moved out of <head> says the markup is wrong.
          strayInBody: document.querySelectorAll('body meta, body link, body title').length,
          absolute: [
            ...all('[href]', (e) => e.getAttribute('href')),
            ...all('[src]', (e) => e.getAttribute('src')),
            ...all('meta[content]', (e) => e.getAttribute('content')),
          ].filter((u) => /^[a-z]+:\/\//i.test(u)),
          relative: all('[src], [srcset], link[rel="stylesheet"]', (e) => e.getAttribute('src') ?? e.getAttribute('srcset') ?? e.getAttribute('href')),
          ids: all('[id]', (e) => e.id),
          h1: all('h1', (e) => e.textContent),
          takeaway: document.querySelector('.takeaway')?.textContent,
          rows: document.querySelectorAll('table tbody tr').length,
          quoted: document.querySelectorAll('.quotes > li').length,
          quotes: document.querySelectorAll('.quotes blockquote').length,
          widget: all('tendik-widget', (e) => [e.getAttribute('name'), e.getAttribute('lang')]),
          pictures: all('tendik-widget picture', (p) =>
            [...p.children].map((c) => ({
              tag: c.localName,
              media: c.getAttribute('media'),
              srcset: c.getAttribute('srcset'),
              src: c.getAttribute('src'),
              width: Number(c.getAttribute('width')),
              height: Number(c.getAttribute('height')),
              alt: c.getAttribute('alt'),
            })),
          ),
        };
      });
      const label = `${entry.widget} ${entry.lang}`;
      expect(doc.lang).toBe(entry.lang);
      expect(doc.strayInBody, `${label}: nothing of <head> ended up in <body>`).toBe(0);
      expect(new Set(doc.ids).size, `${label}: ids are unique`).toBe(doc.ids.length);
      expect(doc.h1.length).toBe(1);
      expect(doc.title).toBe(`${doc.h1[0]} · ${entry.lang === 'en' ? 'Tendik' : 'Теңдік'}`);
      for (const [key, values] of Object.entries(doc.meta)) {
        expect(values.length, `${label}: one ${key}`).toBe(1);
        expect(values[0].trim().length, `${label}: ${key} is not empty`).toBeGreaterThan(0);
      }
      expect(doc.meta.description[0]).toBe(doc.takeaway);
      expect(doc.meta['og:title'][0]).toBe(doc.h1[0]);
      expect(doc.meta['twitter:card'][0]).toBe('summary_large_image');
      expect(doc.canonical).toEqual([entry.url]);
      expect(doc.meta['og:url'][0]).toBe(entry.url);
      expect(doc.hreflang).toEqual({
        en: `${BASE}chart/${entry.widget}/en/`,
        ru: `${BASE}chart/${entry.widget}/ru/`,
        kk: `${BASE}chart/${entry.widget}/kk/`,
        'x-default': `${BASE}chart/${entry.widget}/en/`,
      });
      expect(doc.oembed).toEqual([`${entry.url}oembed.json`]);
      for (const url of doc.absolute) expect(url.startsWith(BASE), `${label}: ${url} is under ${BASE}`).toBe(true);
      for (const url of doc.relative) expect(url, `${label}: what the page loads is relative`).not.toMatch(/:\/\//);

      // The card: the file the tags name, its size as they state it, the same in oEmbed.
      const card = doc.meta['og:image'][0];
      expect(doc.meta['twitter:image'][0]).toBe(card);
      const size = pngSize(distFile(card));
      expect([doc.meta['og:image:width'][0], doc.meta['og:image:height'][0]]).toEqual([
        String(size.width),
        String(size.height),
      ]);
      expect(size).toEqual({ width: 1200, height: 630 });
      expect(oembedOf(entry).thumbnail_url).toBe(card);
      const card200 = await page.request.get(local(card));
      expect(card200.headers()['content-type']).toBe('image/png');

      // The picture: light and dark, phone and column, each source's stated size its file's.
      expect(doc.widget).toEqual([[entry.widget, entry.lang]]);
      expect(doc.pictures.length).toBe(1);
      const parts = doc.pictures[0];
      expect(parts.map((p) => p.tag)).toEqual(['source', 'source', 'source', 'img']);
      const here = path.join(DIST_DIR, 'chart', entry.widget, entry.lang);
      for (const part of parts) {
        const files = (part.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/));
        expect(files.map((f) => f[1])).toEqual(['1x', '2x']);
        const one = pngSize(path.resolve(here, files[0][0]));
        const two = pngSize(path.resolve(here, files[1][0]));
        expect([part.width, part.height], `${label}: ${files[0][0]}`).toEqual([one.width, one.height]);
        expect([two.width, two.height]).toEqual([2 * one.width, 2 * one.height]);
        const listed = STATIC.images.find((i) => `../../../${i.png.path}` === files[0][0]);
        expect(listed, `${label}: ${files[0][0]} is a static render`).toBeTruthy();
        expect([listed.widget, listed.lang]).toEqual([entry.widget, entry.lang]);
        expect(listed.theme).toBe(part.media?.includes('dark') ? 'dark' : 'light');
        expect(listed.width).toBe(part.media?.includes('max-width') ? 360 : 640);
        if (part.tag === 'img') {
          expect(part.alt).toBe(listed.alt);
          expect(path.resolve(here, part.src)).toBe(path.resolve(here, files[0][0]));
        }
      }

      // Read with scripts off: the text, the figure loaded at its size, the table, the quotes.
      // Title and takeaway are text for screen readers and search; the figure shows them.
      await expect(page.locator('h1')).toHaveText(doc.meta['og:title'][0]);
      await expect(page.locator('.takeaway')).toHaveText(doc.meta.description[0]);
      const img = page.locator('tendik-widget img');
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBe(640);
      expect(await img.evaluate((i) => [i.getBoundingClientRect().width, i.getBoundingClientRect().height])).toEqual([
        parts[3].width,
        parts[3].height,
      ]);
      expect(doc.rows).toBeGreaterThan(0);
      expect(doc.quoted, `${label}: every row has its entry under the quotes`).toBe(doc.rows);
      expect(doc.quotes).toBeGreaterThan(0);
      await expect(page.locator('table')).toBeVisible();
    });
  }

  for (const lang of LANGS) {
    test(`a page in ${lang} at 360 and 1280 px, light and dark, reads with scripts off`, async ({ browser }) => {
      const entry = INDEX.pages.find((p) => p.widget === 'violence-trend' && p.lang === lang);
      for (const [width, colorScheme] of [[360, 'light'], [1280, 'light'], [360, 'dark'], [1280, 'dark']]) {
        const context = await browser.newContext({ javaScriptEnabled: false, colorScheme, viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(local(entry.url));
        const img = page.locator('tendik-widget img');
        await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
        const shown = await img.evaluate((i) => ({
          src: i.currentSrc,
          width: i.getBoundingClientRect().width,
          ratio: i.getBoundingClientRect().width / i.getBoundingClientRect().height,
          natural: i.naturalWidth / i.naturalHeight,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        const label = `${lang} ${width} ${colorScheme}`;
        // The phone figure on a phone, the column figure wider; dark when the system is.
        expect(shown.src, label).toContain(`/${lang}-${colorScheme}-${width === 360 ? 360 : 640}`);
        expect(Math.abs(shown.ratio - shown.natural), `${label}: drawn at its own proportions`).toBeLessThan(0.01);
        expect(shown.width).toBeLessThanOrEqual(width);
        expect(shown.overflow, `${label}: nothing wider than the screen`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`page-${lang}-${width}-${colorScheme}-nojs.png`), fullPage: true });
        await context.close();
      }
    });
  }
});

test('the live chart takes the picture\'s place once the suite loads and the reader reaches it', async ({ page }) => {
  const errors = trackErrors(page);
  const entry = INDEX.pages.find((p) => p.widget === 'quota-gauge' && p.lang === 'kk');
  await page.goto(local(entry.url));
  const host = page.locator('tendik-widget');
  await expectReady(host.locator('[data-widget="quota-gauge"]'), 'page quota-gauge kk');
  // Of another height than the figure, and on screen: it waits for the reader, so that the
  // page does not jump under the eye (docs/static-renders.md); a pointer over it is enough.
  await expect(host.locator('picture img')).toBeVisible();
  await host.hover();
  await expect(host.locator('[data-widget="quota-gauge"] canvas')).toBeVisible();
  // The picture stays in the light DOM but is no longer slotted: the reader sees the chart.
  await expect(host.locator('picture img')).toBeHidden();
  await page.screenshot({ path: screenshotPath('page-kk-1280-light-live.png'), fullPage: true });
  expect(errors.all()).toEqual([]);
});

// --- CMSs -------------------------------------------------------------------------

// wp_kses with the tags and attributes wp_filter_oembed_result allows.
const WP_ALLOWED = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};
function kses(html, allowed) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<(\/?)([a-z0-9]+)([^>]*)>/gi, (all, close, tag, rest) => {
      const keep = allowed[tag.toLowerCase()];
      if (!keep) return '';
      if (close) return `</${tag}>`;
      const attrs = [...rest.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/gi)]
        .filter(([, name]) => keep.includes(name.toLowerCase()))
        .map(([, name, value]) => ` ${name}="${value ?? ''}"`);
      return `<${tag}${attrs.join('')}>`;
    });
}

// wp_filter_oembed_result (wp-includes/embed.php) for a provider WordPress does not know.
function wpFilterOembedResult(html, secret) {
  let out = kses(html, WP_ALLOWED);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(out);
  if (!content?.[2]) return null;
  out = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(out);
  out = out.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
  out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  if (content[1]) {
    out = out.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

// What wp-embed.js does on the post's page: says 'ready' to each embed, and sizes the frame
// whose secret and window a 'height' message comes from, between 200 and 1000 px.
const WP_EMBED_JS = `
window.addEventListener('message', function (e) {
  var data = e.data;
  if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
  document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]').forEach(function (b) { b.style.display = 'none'; });
  document.querySelectorAll('iframe[data-secret="' + data.secret + '"]').forEach(function (source) {
    if (e.source !== source.contentWindow) return;
    source.removeAttribute('style');
    if (data.message === 'height') {
      var height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      source.height = height;
      window.wpHeights = (window.wpHeights || []).concat(height);
    }
  });
});
function wpReady() {
  document.querySelectorAll('iframe.wp-embedded-content').forEach(function (source) {
    source.contentWindow.postMessage({ message: 'ready', secret: source.getAttribute('data-secret') }, '*');
  });
}
window.addEventListener('load', wpReady);
`;

for (const [widget, lang] of [['violence-trend', 'kk'], ['quota-gauge', 'ru'], ['peacekeeping', 'en']]) {
  test(`WordPress embeds the pasted link of ${widget} ${lang}: sandboxed frame, its height by the secret protocol`, async ({ page }) => {
    const entry = INDEX.pages.find((p) => p.widget === widget && p.lang === lang);
    const o = oembedOf(entry);
    // Discovery: the page names its oembed.json.
    const pageHtml = await (await page.request.get(local(entry.url))).text();
    expect(pageHtml).toContain(`<link rel="alternate" type="application/json+oembed" href="${entry.url}oembed.json"`);
    const html = wpFilterOembedResult(asTendik(o.html), 'Ab3dE5gH9k');
    expect(html, 'WordPress keeps the iframe').not.toBeNull();
    expect(html).toContain('sandbox="allow-scripts"');
    expect(html).not.toContain('<script');
    // The post is on another origin than Tendik.
    const url = servePost(
      `wp-${widget}-${lang}.html`,
      htmlPage(`<article><h1>A post</h1><p>Before.</p>\n${html}\n<p>After.</p></article><script>${WP_EMBED_JS}</script>`, { lang }),
    );
    await page.goto(url);
    const iframe = page.locator('iframe.wp-embedded-content');
    await expect(iframe).toHaveCount(1);
    const frame = await frameOf(iframe);
    expect(await frame.evaluate(() => window.origin), 'the sandbox is an opaque origin').toBe('null');
    await expectReady(frame.locator(`[data-widget="${widget}"]`), `WordPress ${widget} ${lang}`);
    await expect(frame.locator(`[data-widget="${widget}"] canvas`)).toBeVisible();
    // The frame takes the height its document has (WordPress keeps it within 200–1000 px).
    await expect
      .poll(async () => {
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const attr = Number(await iframe.getAttribute('height'));
        const box = await iframe.evaluate((f) => f.getBoundingClientRect().height);
        const want = Math.min(1000, Math.max(200, content));
        return attr === want && Math.abs(box - want) <= 1 ? 'sized' : { content, attr, box };
      })
      .toBe('sized');
    expect(await page.evaluate(() => window.wpHeights?.length ?? 0)).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath(`wordpress-${widget}-${lang}.png`), fullPage: true });
  });
}

test('Ghost inserts the oEmbed html as it is: the chart renders and the resizer sizes its frame', async ({ page }) => {
  const errors = trackErrors(page);
  const entry = INDEX.pages.find((p) => p.widget === 'crisis-centres' && p.lang === 'ru');
  const o = oembedOf(entry);
  const url = servePost(
    'ghost-crisis-centres-ru.html',
    htmlPage(
      `<article><h1>Пост</h1><figure class="kg-card kg-embed-card">${asTendik(o.html)}</figure></article>`,
      { lang: 'ru' },
    ),
  );
  await page.goto(url);
  const iframe = page.locator('iframe[data-tendik-embed]');
  const frame = await frameOf(iframe);
  await expectReady(frame.locator('[data-widget="crisis-centres"]'), 'Ghost crisis-centres ru');
  await expectFits(iframe, 'Ghost crisis-centres ru');
  expect(errors.all()).toEqual([]);
});
