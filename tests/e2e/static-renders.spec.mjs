// Static renders against the live canvas, and the build's static files.
//
// For every widget, language and theme, at a phone's chart width and an article column's,
// the live <tendik-widget> canvas (devicePixelRatio 1) is compared pixel by pixel with the
// chart-only PNG that tendik-render draws natively for the same widget, language, theme
// and width. Both come from the same drawing code; what can drift is how each backend
// draws it (canvas vs the SVG backend + resvg). Tolerances (docs/static-renders.md):
//   - size: identical;
//   - shapes (every pixel more than 2 px from any text): a pixel "differs" when a channel
//     is off by more than 24 of 255; at most 0.1% of them may, which leaves room for
//     antialiased edges of circles and diagonals (Skia in Chromium and tiny-skia place
//     coverage a little differently) but not for a moved, missing or recoloured mark;
//   - text (each text's ink box, from tendik-render): glyph rasterisers differ (hinting,
//     gamma), so no pixel test there; instead the ink (darkness against the background)
//     within the box must agree to 20% (measured: up to 9% dark on light, 14% light on
//     dark, where Skia's text contrast differs most from resvg's plain coverage; bold
//     against regular differs by a third), and where the ink starts and ends, across and
//     down, to 2 px (FreeType's hinting moves stems and the tops and bottoms of letters by
//     up to a pixel, and the half-pixel threshold may fall either side): the same text at
//     the same place, size and weight. Both snap the baseline to whole pixels, as Skia does.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_WIDGETS, DIST_DIR } from './helpers.mjs';
import { htmlPage, servePage } from './embed-helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..', '..');
const OUT = path.resolve(here, '..', 'output', 'static-vs-live');
const LANGS = ['en', 'ru', 'kk'];
const THEMES = ['light', 'dark'];
// Chart widths: a 360 px phone and a 674 px column, less the widget's padding and border.
const FRAME = 2 * (16 + 1);
const WIDTHS = [360 - FRAME, 640];
const BACKGROUND = { light: [0xff, 0xff, 0xff], dark: [0x18, 0x18, 0x1b] };

const TOLERANCE = { channel: 24, shapeShare: 0.001, ink: 0.2, ends: 2, margin: 2 };

test.use({ deviceScaleFactor: 1, viewport: { width: 1400, height: 900 } });

// tendik-render's chart-only PNGs (and their text boxes) for one language and theme.
function renderStatics(lang, theme, width) {
  const dir = path.join(OUT, `${lang}-${theme}-${width}`);
  mkdirSync(dir, { recursive: true });
  execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'tendik-render', '--', 'all', '--chart-only', '--format', 'png',
      '--lang', lang, '--theme', theme, '--width', String(width), '-o', dir],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 },
  );
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return { dir, images: manifest.images };
}

// Runs in the page: compares the live canvas of host `index` with a PNG.
async function compareInPage({ index, png, boxes, background, tolerance }) {
  const host = document.querySelectorAll('tendik-widget')[index];
  const canvas = host.shadowRoot.querySelector('canvas');
  const w = canvas.width;
  const h = canvas.height;
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const result = { liveSize: [w, h], staticSize: [img.naturalWidth, img.naturalHeight] };
  if (w !== img.naturalWidth || h !== img.naturalHeight) return result;
  const live = canvas.getContext('2d').getImageData(0, 0, w, h).data;
  const scratch = new OffscreenCanvas(w, h);
  const sctx = scratch.getContext('2d');
  sctx.drawImage(img, 0, 0);
  const stat = sctx.getImageData(0, 0, w, h).data;

  const inText = new Uint8Array(w * h);
  const m = tolerance.margin;
  for (const [bx, by, bw, bh] of boxes) {
    for (let y = Math.max(0, Math.floor(by - m)); y < Math.min(h, Math.ceil(by + bh + m)); y++) {
      for (let x = Math.max(0, Math.floor(bx - m)); x < Math.min(w, Math.ceil(bx + bw + m)); x++) {
        inText[y * w + x] = 1;
      }
    }
  }
  let shapePixels = 0;
  let shapeDiffering = 0;
  let worst = 0;
  const diff = new ImageData(w, h);
  for (let p = 0; p < w * h; p++) {
    const i = p * 4;
    const d = Math.max(
      Math.abs(live[i] - stat[i]),
      Math.abs(live[i + 1] - stat[i + 1]),
      Math.abs(live[i + 2] - stat[i + 2]),
    );
    diff.data[i + 3] = 255;
    if (inText[p]) {
      diff.data[i + 2] = d;
      continue;
    }
    shapePixels++;
    if (d > worst) worst = d;
    if (d > tolerance.channel) {
      shapeDiffering++;
      diff.data[i] = 255;
    } else {
      diff.data[i + 1] = d * 4;
    }
  }
  // A text's ink inside its box: the total, and the first and last columns and rows that
  // hold at least half a pixel of it (where the text starts and ends, whatever the hinting
  // does to the weight of each stem).
  const inkOf = (data, [bx, by, bw, bh]) => {
    const x0 = Math.max(0, Math.floor(bx - m));
    const x1 = Math.min(w, Math.ceil(bx + bw + m));
    const y0 = Math.max(0, Math.floor(by - m));
    const y1 = Math.min(h, Math.ceil(by + bh + m));
    const cols = new Float64Array(x1 - x0);
    const rows = new Float64Array(y1 - y0);
    let ink = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * w + x) * 4;
        const v =
          (Math.abs(data[i] - background[0]) +
            Math.abs(data[i + 1] - background[1]) +
            Math.abs(data[i + 2] - background[2])) / (3 * 255);
        ink += v;
        cols[x - x0] += v;
        rows[y - y0] += v;
      }
    }
    const extent = (profile, origin) => {
      let first = -1;
      let last = -1;
      profile.forEach((v, i) => {
        if (v >= 0.5) {
          if (first < 0) first = i;
          last = i;
        }
      });
      return [first + origin, last + origin];
    };
    return { ink, across: extent(cols, x0), down: extent(rows, y0) };
  };
  result.texts = boxes.map((box) => {
    const a = inkOf(live, box);
    const b = inkOf(stat, box);
    const moved = (p, q) => Math.max(Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]));
    return {
      box,
      inkRatio: Math.abs(a.ink - b.ink) / Math.max(a.ink, b.ink, 1),
      dx: moved(a.across, b.across),
      dy: moved(a.down, b.down),
    };
  });
  Object.assign(result, { shapePixels, shapeDiffering, worst });
  if (shapeDiffering / shapePixels > tolerance.shapeShare) {
    const c = new OffscreenCanvas(w, h);
    c.getContext('2d').putImageData(diff, 0, 0);
    const blob = await c.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    result.diffPng = btoa(s);
  }
  result.livePng = canvas.toDataURL('image/png').split(',')[1];
  return result;
}

for (const lang of LANGS) {
  for (const theme of THEMES) {
    test(`static renders match the live canvas: every widget, ${lang}, ${theme}, ${WIDTHS.join(' and ')} px`, async ({ page }) => {
      test.setTimeout(600_000);
      const statics = WIDTHS.map((width) => ({ width, ...renderStatics(lang, theme, width) }));
      const cells = [];
      for (const { width } of statics) {
        for (const name of ALL_WIDGETS) {
          cells.push(`<div style="width:${width + FRAME}px"><tendik-widget name="${name}" lang="${lang}" theme="${theme}"></tendik-widget></div>`);
        }
      }
      const url = await servePage(page, '/static-vs-live.html', htmlPage(cells.join('\n'), {
        head: '<script type="module" src="tendik.js"></script><style>body{margin:0}</style>',
        lang,
      }));
      await page.goto(url);
      const hosts = await page.locator('tendik-widget').all();
      expect(hosts.length).toBe(ALL_WIDGETS.length * WIDTHS.length);
      const problems = [];
      let index = 0;
      for (const { width, dir, images } of statics) {
        for (const name of ALL_WIDGETS) {
          const host = hosts[index];
          await host.scrollIntoViewIfNeeded();
          await expect(host.locator('[data-widget][data-state="ready"]')).toHaveCount(1);
          const image = images.find((i) => i.widget === name);
          expect(image, `${name}: tendik-render drew it`).toBeTruthy();
          const label = `${name} ${lang} ${theme} ${width}px`;
          const r = await page.evaluate(compareInPage, {
            index,
            png: readFileSync(path.join(dir, image.file)).toString('base64'),
            boxes: image.text,
            background: BACKGROUND[theme],
            tolerance: TOLERANCE,
          });
          index++;
          if (r.livePng) writeFileSync(path.join(dir, `${name}-live.png`), Buffer.from(r.livePng, 'base64'));
          if (r.diffPng) writeFileSync(path.join(dir, `${name}-diff.png`), Buffer.from(r.diffPng, 'base64'));
          if (r.liveSize.join() !== r.staticSize.join()) {
            problems.push(`${label}: live canvas ${r.liveSize.join('×')}, static ${r.staticSize.join('×')}`);
            continue;
          }
          const share = r.shapeDiffering / r.shapePixels;
          if (share > TOLERANCE.shapeShare) {
            problems.push(`${label}: ${(share * 100).toFixed(3)}% of shape pixels differ (worst ${r.worst}); see ${name}-diff.png`);
          }
          for (const t of r.texts) {
            if (t.inkRatio > TOLERANCE.ink || t.dx > TOLERANCE.ends || t.dy > TOLERANCE.ends) {
              problems.push(`${label}: text at ${t.box.map((v) => Math.round(v)).join(',')}: ink differs ${(t.inkRatio * 100).toFixed(1)}%, its ends moved ${t.dx} px across, ${t.dy} px down`);
            }
          }
          console.log(`${label}: shapes ${(share * 100).toFixed(4)}% (worst ${r.worst}), text ink ≤ ${(Math.max(0, ...r.texts.map((t) => t.inkRatio)) * 100).toFixed(1)}%, ends moved ≤ ${Math.max(0, ...r.texts.map((t) => t.dx))} px across, ${Math.max(0, ...r.texts.map((t) => t.dy))} down (${r.texts.filter((t) => Math.max(t.dx, t.dy) > 1).length} of ${r.texts.length} texts by 2)`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
}

test('the build wrote every static render, content-hashed, as the index lists them', async () => {
  const index = JSON.parse(readFileSync(path.join(DIST_DIR, 'static', 'index.json'), 'utf8'));
  const seen = new Set();
  for (const image of index.images) {
    const label = `${image.widget} ${image.lang} ${image.theme} ${image.width}`;
    seen.add(`${image.widget}/${image.lang}/${image.theme}/${image.width}`);
    expect(image.alt.length, `${label}: alt text`).toBeGreaterThan(40);
    if (image.lang !== 'en') expect(image.alt, `${label}: alt in its language`).toMatch(/[\u0400-\u04FF]/);
    if (image.lang === 'kk') expect(`${image.title} ${image.alt}`, `${label}: Kazakh`).toMatch(/[әғқңөұүһі]/);
    for (const kind of ['svg', 'png', 'png2x']) {
      const file = image[kind];
      const bytes = readFileSync(path.join(DIST_DIR, file.path));
      expect(bytes.length, `${label} ${kind}: size in the index`).toBe(file.bytes);
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      const name = `static/${image.widget}/${image.lang}-${image.theme}-${image.width}${kind === 'png2x' ? '@2x' : ''}-${hash}.${kind === 'svg' ? 'svg' : 'png'}`;
      expect(file.path, `${label} ${kind}: named by its content`).toBe(name);
      expect(file.path, 'ASCII file names').toMatch(/^[\x21-\x7e]+$/);
      if (kind === 'svg') {
        const svg = bytes.toString('utf8');
        expect(svg, `${label}: no text left to the reader's fonts`).not.toContain('<text');
        expect(svg).toContain(`width="${image.width}" height="${image.height}"`);
      } else {
        const scale = kind === 'png2x' ? 2 : 1;
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${label} ${kind}: pixel size`).toEqual([file.width, file.height]);
        expect(file.width).toBe(image.width * scale);
        expect(Math.abs(file.height - image.height * scale)).toBeLessThanOrEqual(1);
      }
    }
  }
  for (const widget of ALL_WIDGETS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        for (const width of index.widths) {
          expect(seen.has(`${widget}/${lang}/${theme}/${width}`), `${widget} ${lang} ${theme} ${width}`).toBe(true);
        }
      }
    }
  }
  expect(existsSync(path.join(DIST_DIR, 'static', 'index.json'))).toBe(true);
});
