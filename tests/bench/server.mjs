#!/usr/bin/env node
// The benchmark's static server: the built app and the benchmark's own pages on one origin.
//
//   node tests/bench/server.mjs [--dist DIR] [--port N] [--gzip]   (to look at the pages by hand)
//
//   /reference/chart.umd.min.js  Chart.js from tests/node_modules (npm, pinned in package.json)
//   /reference/…                 tests/bench/reference/ (the Chart.js reference pages)
//   /bench/…                     tests/bench/pages/ (Tendik pages: <tendik-widget> embeds)
//   /bench/embed-3-figures.html  embed-3.html with each widget's static figure inside (figuresPage)
//   everything else              DIST (default: dist/), as tests/serve.mjs serves it
//
// Like tests/serve.mjs it sends files uncompressed with `Cache-Control: no-cache`; the
// benchmark computes gzip and brotli sizes itself, so both sides get the same compressor.

import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { mimeType } from '../serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CHART_JS = path.resolve(here, '..', 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');

const MOUNTS = [
  { prefix: '/reference/chart.umd.min.js', file: CHART_JS },
  { prefix: '/reference/', dir: path.join(here, 'reference') },
  { prefix: '/bench/', dir: path.join(here, 'pages') },
];

function inside(root, file) {
  return file === root || file.startsWith(root + path.sep);
}

// /bench/embed-3-figures.html: the three embeds as the app's snippet writes them, each
// with its static figure as the fallback. The `<picture>`s are the chart pages' own
// (dist/chart/<widget>/en/index.html, written by tendik_core::static_html), so this page
// shows what that writer writes; its hashed paths change with every build.
export async function figuresPage(dist) {
  const names = ['quota-gauge', 'violence-trend', 'peacekeeping'];
  const widgets = await Promise.all(names.map(async (name) => {
    const html = await readFile(path.join(dist, 'chart', name, 'en', 'index.html'), 'utf8');
    const picture = html.match(/<picture>[\s\S]*?<\/picture>/)?.[0];
    if (!picture) throw new Error(`${name}: no <picture> on its chart page`);
    return `<tendik-widget name="${name}">\n${picture.replaceAll('../../../static/', '/static/')}</tendik-widget>`;
  }));
  const page = await readFile(path.join(here, 'pages', 'embed-3.html'), 'utf8');
  return page.replace(/<main class="article">[\s\S]*<\/main>/, `<main class="article">\n<h1>Tendik benchmark: three widgets, figures first</h1>\n${widgets.join('\n')}\n</main>`);
}

async function resolve(dist, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return null;
  let root = dist;
  let rest = decoded;
  for (const m of MOUNTS) {
    if (m.file && decoded === m.prefix) return m.file;
    if (m.dir && decoded.startsWith(m.prefix)) {
      root = m.dir;
      rest = decoded.slice(m.prefix.length - 1);
      break;
    }
  }
  let file = path.join(root, path.posix.normalize('/' + rest));
  if (!inside(root, file)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const real = await realpath(file);
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

const gzipCache = new Map();
function gzipped(body) {
  const key = createHash('sha256').update(body).digest('hex');
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
  return gzipCache.get(key);
}

// Resolves to { server, url }. With `gzip`, text, JS and wasm go out gzip-compressed (level 9)
// to clients that accept it, as from a static host (Chromium asks for brotli over HTTPS only).
export async function startBenchServer({ dist, port = 0, host = '127.0.0.1', gzip = false }) {
  const distRoot = await realpath(path.resolve(dist));
  const server = createServer(async (req, res) => {
    const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const generated = urlPath === '/bench/embed-3-figures.html' ? await figuresPage(distRoot).catch(() => null) : null;
    const file = generated ? 'embed-3-figures.html' : req.method === 'GET' || req.method === 'HEAD' ? await resolve(distRoot, urlPath) : null;
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    let body = generated ? Buffer.from(generated) : await readFile(file);
    if (gzip && /\.(html|js|mjs|css|wasm|json|svg)$/.test(file) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipped(body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    res.writeHead(200, { ...headers, 'Content-Type': mimeType(file), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  return { server, url: `http://${host}:${server.address().port}` };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const dist = opt('--dist', path.resolve(here, '..', '..', 'dist'));
  const { url } = await startBenchServer({ dist, port: Number(opt('--port', 8090)), gzip: args.includes('--gzip') });
  console.log(`bench server: ${url}/bench/embed-3.html (Tendik), ${url}/reference/ (Chart.js), ${url}/ (app)`);
}
