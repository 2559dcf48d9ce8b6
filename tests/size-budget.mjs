#!/usr/bin/env node
// Tendik's size budget: what a page with the widgets downloads must stay within 150 KB
// (153,600 bytes) once brotli-compressed (quality 11). Deterministic: reads dist/ only.
//
//   node tests/size-budget.mjs [--dist DIR] [--budget BYTES]
//
// Counted: the wasm and the wasm-bindgen module that the loader tendik.js points at,
// tendik.js itself, and every stylesheet and script that the app page (dist/index.html)
// links. (An article's <tendik-widget> embed loads only tendik.js, the module and the
// wasm: the widget CSS travels inside the wasm; the app page's set is the larger one.)
// Prints one line per file and the total; exits 1 when over budget or when dist/ is
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
    else if (arg === '--budget') {
      opts.budget = Number(value());
      if (!Number.isInteger(opts.budget) || opts.budget <= 0) throw new Error('--budget needs a positive integer (bytes)');
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: node tests/size-budget.mjs [--dist DIR] [--budget BYTES]');
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

// The files a page with the widgets loads, each with why it counts.
export function budgetFiles(dist) {
  const problems = [];
  const files = new Map();
  const add = (file, why) => {
    if (file && !files.has(file)) files.set(file, why);
  };

  const loaderPath = path.join(dist, 'tendik.js');
  if (!existsSync(loaderPath)) {
    problems.push(`${loaderPath} is missing: build first (bash scripts/build.sh)`);
    return { files: [], problems };
  }
  const loader = readFileSync(loaderPath, 'utf8');
  add('tendik.js', 'loader');
  const wasm = [...new Set(loader.match(/[\w.-]+_bg\.wasm/g) ?? [])];
  const modules = [...new Set(loader.match(/[\w.-]+-[0-9a-f]{8,}\.js/g) ?? [])];
  if (wasm.length !== 1) problems.push(`tendik.js names ${wasm.length} wasm files (expected 1): ${wasm.join(', ')}`);
  if (modules.length !== 1) problems.push(`tendik.js names ${modules.length} module files (expected 1): ${modules.join(', ')}`);
  for (const f of wasm) add(f, 'wasm');
  for (const f of modules) add(f, 'wasm-bindgen module');

  const indexPath = path.join(dist, 'index.html');
  if (existsSync(indexPath)) {
    const html = readFileSync(indexPath, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet') && !/\sdata-trunk\b/i.test(tag)) add(localFile(attr(tag, 'href')), 'CSS, app page');
    }
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
      add(localFile(attr(tag, 'src')), 'script, app page');
    }
  } else {
    problems.push(`${indexPath} is missing`);
  }

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
  return { files: list, problems };
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`size-budget: ${err.message}`);
    process.exit(2);
  }
  const { files, problems } = budgetFiles(opts.dist);
  if (files.length === 0) {
    for (const p of problems) console.error(`size-budget: error: ${p}`);
    console.error('size-budget: FAILED: cannot measure the bundle');
    process.exit(1);
  }
  const width = Math.max(4, ...files.map((f) => f.file.length));
  const num = (n) => n.toLocaleString('en-US').padStart(9);
  console.log(`size-budget: brotli (quality 11) of what a page with the widgets loads, from ${opts.dist}`);
  console.log(`  ${'file'.padEnd(width)} ${'raw'.padStart(9)} ${'brotli'.padStart(9)}  counted as`);
  for (const f of files) console.log(`  ${f.file.padEnd(width)} ${num(f.raw)} ${num(f.br)}  ${f.why}`);
  const raw = files.reduce((s, f) => s + f.raw, 0);
  const br = files.reduce((s, f) => s + f.br, 0);
  console.log(`  ${'total'.padEnd(width)} ${num(raw)} ${num(br)}`);
  for (const p of problems) console.error(`size-budget: error: ${p}`);
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  if (problems.length) {
    console.error('size-budget: FAILED: cannot measure the bundle');
    process.exit(1);
  }
  if (br > opts.budget) {
    console.error(`size-budget: FAILED: ${br.toLocaleString('en-US')} bytes brotli (${kb(br)}) is over the budget of ${opts.budget.toLocaleString('en-US')} bytes (${kb(opts.budget)}) by ${(br - opts.budget).toLocaleString('en-US')} bytes; see docs/performance.md`);
    process.exit(1);
  }
  console.log(`size-budget: ok: ${br.toLocaleString('en-US')} bytes brotli (${kb(br)}), ${(opts.budget - br).toLocaleString('en-US')} bytes under the budget of ${opts.budget.toLocaleString('en-US')} (${kb(opts.budget)})`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();
