#!/usr/bin/env node
// Tendik's size budget: what an article with the widgets downloads must stay within
// 150 KB (153,600 bytes) once brotli-compressed (quality 11). Deterministic: reads dist/ only.
//
//   node tests/size-budget.mjs [--dist DIR] [--budget BYTES] [--app-budget BYTES]
//
// Four sets of files, the loader tendik.js in each:
// - embeds in English, Russian, Kazakh: the embed bundle of that language, wasm and
//   wasm-bindgen module (tendik-embed-<lang>-*), which every page with <tendik-widget>s in
//   that language loads (the widget CSS travels inside the wasm). Each is checked against
//   --budget.
// - app page: the standalone app's bundle (tendik-app-*, every widget plus the dashboard
//   and Sources view) and the stylesheets and scripts dist/index.html links. Checked
//   against --app-budget when given, else only reported.
// Prints one line per file and the totals; exits 1 when over a budget or when dist/ is
// missing or incomplete. See docs/performance.md.

import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_BUDGET = 150 * 1024;

function parseArgs(argv) {
  const opts = { dist: path.resolve(here, '..', 'dist'), budget: DEFAULT_BUDGET };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--dist') opts.dist = path.resolve(value());
    else if (arg === '--budget' || arg === '--app-budget') {
      const bytes = Number(value());
      if (!Number.isInteger(bytes) || bytes <= 0) throw new Error(`${arg} needs a positive integer (bytes)`);
      opts[arg === '--budget' ? 'budget' : 'appBudget'] = bytes;
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: node tests/size-budget.mjs [--dist DIR] [--budget BYTES] [--app-budget BYTES]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

export function brotliSize(buffer) {
  return zlib.brotliCompressSync(buffer, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

// A local URL from an HTML attribute or the loader → a file name relative to dist/, or null.
function localFile(ref) {
  if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) return null; // data:, https:, //host
  const clean = ref.split(/[?#]/)[0].replace(/^\.?\//, '');
  return clean ? path.posix.normalize(clean) : null;
}

function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

function measure(dist, files, problems) {
  const list = [];
  for (const [file, why] of files) {
    const full = path.join(dist, file);
    if (!existsSync(full) || !statSync(full).isFile()) {
      problems.push(`${file} (${why}) is not in ${dist}`);
      continue;
    }
    const buffer = readFileSync(full);
    list.push({ file, why, raw: buffer.length, br: brotliSize(buffer) });
  }
  return list;
}

// The files each kind of page loads, each with why it counts: { embed, app, problems }.
export function budgetFiles(dist) {
  const problems = [];
  const loaderPath = path.join(dist, 'tendik.js');
  if (!existsSync(loaderPath)) {
    problems.push(`${loaderPath} is missing: build first (bash scripts/build.sh)`);
    return { sets: [], problems };
  }
  const loader = readFileSync(loaderPath, 'utf8');
  const named = (re) => [...new Set(loader.match(re) ?? [])];
  const sets = {};
  for (const bundle of ['embed-en', 'embed-ru', 'embed-kk', 'app']) {
    const wasm = named(new RegExp(`tendik-${bundle}-[0-9a-f]{8,}_bg\\.wasm`, 'g'));
    const modules = named(new RegExp(`tendik-${bundle}-[0-9a-f]{8,}\\.js`, 'g'));
    if (wasm.length !== 1) problems.push(`tendik.js names ${wasm.length} ${bundle} wasm files (expected 1)`);
    if (modules.length !== 1) problems.push(`tendik.js names ${modules.length} ${bundle} modules (expected 1)`);
    const files = new Map([['tendik.js', 'loader']]);
    for (const f of wasm) files.set(f, 'wasm');
    for (const f of modules) files.set(f, 'wasm-bindgen module');
    sets[bundle] = files;
  }

  const indexPath = path.join(dist, 'index.html');
  if (existsSync(indexPath)) {
    const html = readFileSync(indexPath, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const add = (file, why) => {
      if (file && !sets.app.has(file)) sets.app.set(file, why);
    };
    for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet') && !/\sdata-trunk\b/i.test(tag)) add(localFile(attr(tag, 'href')), 'CSS');
    }
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
      add(localFile(attr(tag, 'src')), 'script');
    }
  } else {
    problems.push(`${indexPath} is missing`);
  }
  const titles = {
    'embed-en': 'embeds in English (an article with any number of widgets)',
    'embed-ru': 'embeds in Russian',
    'embed-kk': 'embeds in Kazakh',
    app: 'app page (dist/index.html)',
  };
  return {
    sets: Object.entries(sets).map(([key, files]) => ({ key, title: titles[key], files: measure(dist, files, problems) })),
    problems,
  };
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`size-budget: ${err.message}`);
    process.exit(2);
  }
  const { sets, problems } = budgetFiles(opts.dist);
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const num = (n) => n.toLocaleString('en-US').padStart(9);
  const width = Math.max(4, ...sets.flatMap((set) => set.files.map((f) => f.file.length)));
  const failures = [];
  console.log(`size-budget: brotli (quality 11) of what each kind of page loads, from ${opts.dist}`);
  for (const { key, title, files } of sets) {
    const budget = key === 'app' ? opts.appBudget : opts.budget;
    console.log(`  ${title}`);
    console.log(`    ${'file'.padEnd(width)} ${'raw'.padStart(9)} ${'brotli'.padStart(9)}  counted as`);
    for (const f of files) console.log(`    ${f.file.padEnd(width)} ${num(f.raw)} ${num(f.br)}  ${f.why}`);
    const raw = files.reduce((s, f) => s + f.raw, 0);
    const br = files.reduce((s, f) => s + f.br, 0);
    const verdict = budget === undefined
      ? '(no budget)'
      : br > budget
        ? `OVER the budget of ${budget.toLocaleString('en-US')} (${kb(budget)}) by ${(br - budget).toLocaleString('en-US')} bytes`
        : `within the budget of ${budget.toLocaleString('en-US')} (${kb(budget)}), ${(budget - br).toLocaleString('en-US')} bytes to spare`;
    console.log(`    ${'total'.padEnd(width)} ${num(raw)} ${num(br)}  ${kb(br)}, ${verdict}`);
    if (budget !== undefined && br > budget) failures.push(`${title}: ${br.toLocaleString('en-US')} bytes brotli (${kb(br)}) is ${verdict}`);
  }
  for (const p of problems) console.error(`size-budget: error: ${p}`);
  if (problems.length) {
    console.error('size-budget: FAILED: cannot measure the bundles');
    process.exit(1);
  }
  for (const f of failures) console.error(`size-budget: FAILED: ${f}; see docs/performance.md`);
  if (failures.length) process.exit(1);
  console.log('size-budget: ok');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();
