#!/usr/bin/env node
// Tendik's performance benchmark: the built widget suite against the same three charts drawn
// with Chart.js (tests/bench/reference/), in headless Chromium, in one run.
//
//   node tests/bench/bench.mjs [--dist DIR] [--reps 7] [--cycles 1000] [--widths 40]
//                              [--only bytes,load,slow4g,resize,twenty,memory] [--out DIR]
//
// Usually run through `bash scripts/bench.sh`, which builds dist/ first. See
// docs/performance.md for what each figure means. Prints a Markdown table of medians and
// writes it, with every sample, to tests/output/bench/ (results.md, results.json).
// Not a test: it exits 0 whether or not the targets are met (1 only if it could not measure).

import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { startBenchServer } from './server.mjs';
import { budgetFiles } from '../size-budget.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PROBE = readFileSync(path.join(here, 'probe.js'), 'utf8');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const NAMES = ['quota-gauge', 'violence-trend', 'peacekeeping'];
const ARTICLE = { width: 1280, height: 2400 }; // the three widgets are all in view
const WALL = { width: 1600, height: 4000 }; // twenty widgets, four across, all in view
const LOAD_TIMEOUT = 30_000;

// ---------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const opts = {
    dist: path.resolve(here, '..', '..', 'dist'),
    out: path.resolve(here, '..', 'output', 'bench'),
    reps: 7,
    cycles: 1000,
    widths: 40,
    only: new Set(['bytes', 'load', 'slow4g', 'resize', 'twenty', 'memory']),
    chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    nice: -10,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    const int = (min) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new Error(`${arg} needs an integer >= ${min}`);
      return n;
    };
    if (arg === '--dist') opts.dist = path.resolve(value());
    else if (arg === '--out') opts.out = path.resolve(value());
    else if (arg === '--reps') opts.reps = int(1);
    else if (arg === '--cycles') opts.cycles = int(11);
    else if (arg === '--widths') opts.widths = int(2);
    else if (arg === '--nice') {
      opts.nice = Number(value());
      if (!Number.isInteger(opts.nice) || opts.nice < -20 || opts.nice > 19) throw new Error('--nice needs an integer from -20 to 19');
    } else if (arg === '--only') opts.only = new Set(value().split(',').map((s) => s.trim()));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node tests/bench/bench.mjs [--dist DIR] [--reps N] [--cycles N] [--widths N] [--only bytes,load,slow4g,resize,twenty,memory] [--nice N] [--out DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------
// Statistics and sizes

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

// Nearest-rank percentile.
const percentile = (xs, p) => {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
};

const compressedCache = new Map();
function compressedSizes(body) {
  const key = createHash('sha256').update(body).digest('hex');
  if (!compressedCache.has(key)) {
    compressedCache.set(key, {
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      br: zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    });
  }
  return compressedCache.get(key);
}

function resourceType(url) {
  const p = new URL(url).pathname;
  if (p.endsWith('.wasm')) return 'wasm';
  if (/\.m?js$/.test(p)) return 'js';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.html') || p.endsWith('/')) return 'html';
  return 'other';
}

// ---------------------------------------------------------------------------------------
// Browser helpers

// Chrome DevTools' "Slow 4G" preset (also Lighthouse's mobile throttling).
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

async function openPage(browser, viewport, network = null) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('HeapProfiler.enable');
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  const responses = [];
  page.on('response', (r) => {
    if (r.url().startsWith('http')) responses.push(r);
  });
  return { context, page, cdp, problems, responses };
}

// JS heap after a forced GC, the wasm module's linear memory and live widget count (when the
// page loaded Tendik's module), and Blink's DOM counters.
async function readMemory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  let dom = null;
  try {
    dom = await cdp.send('Memory.getDOMCounters');
  } catch {
    dom = null;
  }
  const tendik = await page.evaluate(async () => {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => /\/tendik-(?:app|embed-[a-z]{2})-[0-9a-f]+\.js$/.test(new URL(e.name).pathname));
    if (!entry) return null;
    // The same module record the loader imported; init() returns the instance's exports.
    const m = await import(entry.name);
    const exports = await m.default();
    return {
      wasmMemory: exports && exports.memory ? exports.memory.buffer.byteLength : null,
      mounted: typeof m.mountedCount === 'function' ? m.mountedCount() : null,
    };
  });
  return {
    jsHeap: heap.usedSize,
    wasmMemory: tendik ? tendik.wasmMemory : null,
    mounted: tendik ? tendik.mounted : null,
    nodes: dom ? dom.nodes : null,
    listeners: dom ? dom.jsEventListeners : null,
  };
}

// One page load in a fresh context: paint times, bytes and memory.
async function measureLoad(browser, url, expected, viewport, network = null) {
  const { context, page, cdp, problems, responses } = await openPage(browser, viewport, network);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT * 2 });
    const ready = await page.evaluate(
      ([count, timeout]) => window.__bench.waitReady(count, timeout),
      [expected, LOAD_TIMEOUT],
    );
    if (ready.why !== 'ready') {
      throw new Error(`${url}: ${ready.count}/${expected} widgets ready (${ready.why}); ${JSON.stringify(ready.errors)} ${problems.join('; ')}`);
    }
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const libEntries = performance
        .getEntriesByType('resource')
        .filter((e) => /(_bg\.wasm|chart\.umd\.min\.js)$/.test(new URL(e.name).pathname));
      const lib = libEntries.map((e) => e.responseEnd);
      const resources = performance.getEntriesByType('resource').map((e) => ({
        url: new URL(e.name).pathname,
        start: Math.round(e.startTime * 10) / 10,
        end: Math.round(e.responseEnd * 10) / 10,
      }));
      return {
        resources,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null,
        libraryFetched: lib.length ? Math.max(...lib) : null,
        libraryRequested: libEntries.length ? Math.min(...libEntries.map((e) => e.startTime)) : null,
        figure: window.__bench.figure ?? null,
        // Bytes over the wire (headers included) of what had arrived when the first figure had.
        bytesAtFigure: window.__bench.figure == null ? null
          : [nav, ...performance.getEntriesByType('resource')]
            .filter((e) => e && e.responseEnd <= window.__bench.figure)
            .reduce((sum, e) => sum + (e.transferSize || 0), 0),
      };
    });
    const memory = await readMemory(page, cdp);
    const files = [];
    for (const r of network ? [] : responses) {
      let body;
      try {
        body = await r.body();
      } catch {
        continue;
      }
      files.push({ url: new URL(r.url()).pathname, type: resourceType(r.url()), status: r.status(), ...compressedSizes(body) });
    }
    return { first: ready.first, all: ready.all, unrecorded: ready.unrecorded, ...timing, memory, files, problems };
  } finally {
    await context.close();
  }
}

// In the page: change the width of the widgets' column once per step and time the frames
// until every canvas has been redrawn at the new width (its backing width changed).
// A frame's main-thread time runs from this first rAF callback of the frame to a message
// posted from it, which the event loop runs once the frame's rendering (style, layout,
// ResizeObserver callbacks, other rAF callbacks, paint) is done.
function resizeInPage({ widths, warmup }) {
  const main = document.querySelector('main');
  main.style.maxWidth = 'none';
  const canvases = () => {
    const list = [...document.querySelectorAll('canvas')];
    for (const host of document.querySelectorAll('tendik-widget')) {
      if (host.shadowRoot) list.push(...host.shadowRoot.querySelectorAll('canvas'));
    }
    return list;
  };
  const steps = [...warmup, ...widths];
  return new Promise((resolve) => {
    const samples = [];
    let index = -1;
    let step = null;
    const frame = () => {
      const start = performance.now();
      if (!step || step.done) {
        index += 1;
        if (index >= steps.length) {
          resolve({ canvases: canvases().length, samples });
          return;
        }
        step = { width: steps[index], start, before: canvases().map((c) => c.width), work: 0, frames: 0, done: false, warm: index < warmup.length };
        if (!step.warm) performance.mark('tendik-bench-step-start');
        main.style.width = `${step.width}px`;
      }
      requestAnimationFrame(frame);
      const s = step;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        if (s.done) return;
        s.work += end - start;
        s.frames += 1;
        const now = canvases().map((c) => c.width);
        const redrawn = now.length === s.before.length && now.length > 0 && now.every((w, i) => w !== s.before[i]);
        if (redrawn || s.frames >= 60) {
          s.done = true;
          if (!s.warm) performance.mark('tendik-bench-step-end');
          if (!s.warm) samples.push({ width: s.width, work: s.work, latency: end - s.start, frames: s.frames, redrawn });
        }
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

// Main-thread CPU time of a Chromium trace by kind, as DevTools' summary counts it: each
// event's self time (its time less its children's) goes to script (JS and wasm), canvas
// (rasterising canvas contents), style, layout, paint (and commit) or other.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'cc', 'blink.user_timing'];
function kindOf(name) {
  if (/^(FunctionCall|EvaluateScript|RunMicrotasks|FireAnimationFrame|TimerFire|EventDispatch|V8\.|v8\.|LocalFrameView::NotifyResizeObservers|ResizeObserver|IntersectionObserver|Compile|Wasm)/.test(name)) return 'script';
  if (/Canvas/.test(name)) return 'canvas';
  if (/(Style|style|UpdateLayoutTree)/.test(name)) return 'style';
  if (/(Layout|layout)/.test(name)) return 'layout';
  if (/(Paint|Layerize|Commit|commit|UpdateLayers|Raster|Decode|Composit)/.test(name)) return 'paint';
  return 'other';
}

function traceBreakdown(json) {
  const all = JSON.parse(json).traceEvents || [];
  const events = all.filter((e) => e.ph === 'X');
  const names = new Map();
  for (const e of all) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args && e.args.name);
  }
  // The measured steps, from the page's performance.mark()s.
  const starts = all.filter((e) => e.name === 'tendik-bench-step-start').map((e) => e.ts).sort((a, b) => a - b);
  const ends = all.filter((e) => e.name === 'tendik-bench-step-end').map((e) => e.ts).sort((a, b) => a - b);
  const windows = starts.map((t, i) => [t, ends[i]]).filter(([a, b]) => b > a);
  const perWindow = windows.map(() => 0);
  const main = [...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  // Complete (X) events on the renderer main thread(s), nested by time.
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!main.includes(key) || e.ph !== 'X' || typeof e.dur !== 'number') continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const totals = { script: 0, canvas: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const byName = new Map();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    const self = new Map();
    // Nesting by wall-clock time; amounts in thread CPU time (tdur) where the tracer gives
    // it, so that time the process spent descheduled (a busy machine) is not counted.
    const cost = (e) => (typeof e.tdur === 'number' ? e.tdur : e.dur);
    for (const e of list) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      self.set(e, cost(e));
      if (parent) self.set(parent, self.get(parent) - cost(e));
      stack.push(e);
    }
    for (const [e, us] of self) {
      // Top-level task wrappers (RunTask, ThreadControllerImpl…) count only their own gaps.
      totals[kindOf(e.name)] += Math.max(0, us) / 1000;
      const w = windows.findIndex(([a, b]) => e.ts >= a && e.ts < b);
      if (w >= 0) perWindow[w] += Math.max(0, us) / 1000;
      byName.set(e.name, (byName.get(e.name) ?? 0) + Math.max(0, us) / 1000);
    }
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 15);
  return { totals, top, perWindow };
}

async function measureResize(browser, url, widths, { trace = false } = {}) {
  const { context, page, problems } = await openPage(browser, ARTICLE);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const ready = await page.evaluate(() => window.__bench.waitReady(3, 30_000));
    if (ready.why !== 'ready') throw new Error(`${url}: not ready for the resize run: ${problems.join('; ')}`);
    const warmup = [700, 500, 640, 420, 760];
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const result = await page.evaluate(resizeInPage, { widths, warmup });
    if (trace) {
      const buffer = await browser.stopTracing();
      const steps = result.samples.length + warmup.length;
      const { totals, top, perWindow } = traceBreakdown(buffer.toString('utf8'));
      const per = (v) => Math.round((v / steps) * 1000) / 1000;
      return {
        cpuP95: percentile(perWindow, 95),
        cpuMedian: median(perWindow),
        cpuPerStep: perWindow.map((v) => Math.round(v * 100) / 100),
        perStep: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, per(v)])),
        topEventsPerStep: top.map(([name, ms]) => [name, per(ms)]),
        steps,
      };
    }
    const ok = result.samples.filter((s) => s.redrawn);
    return {
      canvases: result.canvases,
      steps: result.samples.length,
      missed: result.samples.length - ok.length,
      workP95: percentile(ok.map((s) => s.work), 95),
      workMedian: median(ok.map((s) => s.work)),
      latencyP95: percentile(ok.map((s) => s.latency), 95),
      framesMax: Math.max(0, ...ok.map((s) => s.frames)),
      samples: result.samples,
      problems,
    };
  } finally {
    await context.close();
  }
}

// In the page: create a widget, wait until it is painted, remove it; `count` times.
async function cyclesInPage({ side, start, count, names }) {
  const main = document.querySelector('main');
  const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  for (let i = start; i < start + count; i++) {
    const name = names[i % names.length];
    if (side === 'tendik') {
      const host = document.createElement('tendik-widget');
      host.setAttribute('name', name);
      main.append(host);
      const deadline = performance.now() + 15_000;
      let state = null;
      while (state !== 'ready') {
        await nextFrame();
        const root = host.shadowRoot && host.shadowRoot.querySelector('[data-state]');
        state = root && root.getAttribute('data-state');
        if (state === 'error' || performance.now() > deadline) return { error: `cycle ${i} (${name}): ${state || 'timeout'}` };
      }
      host.remove();
    } else {
      const widget = window.TendikReference.create(name, main);
      if (widget.chart.canvas.closest('[data-state]').getAttribute('data-state') !== 'ready') {
        return { error: `cycle ${i} (${name}): not drawn` };
      }
      await nextFrame();
      widget.destroy();
    }
  }
  // Let the loader's and the widgets' deferred cleanup (microtasks, observers) run.
  await nextFrame();
  await nextFrame();
  return { ms: performance.now() - t0 };
}

async function measureCycles(browser, base, side, total) {
  const url = side === 'tendik' ? `${base}/bench/cycle.html` : `${base}/reference/cycle.html`;
  const { context, page, cdp, problems } = await openPage(browser, ARTICLE);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const run = async (start, count) => {
      const r = await page.evaluate(cyclesInPage, { side, start, count, names: NAMES });
      if (r.error) throw new Error(`${side} cycles: ${r.error}; ${problems.join('; ')}`);
      return r.ms;
    };
    // Memory after 10 cycles, at a few points on the way (to see a trend), and at the end.
    const marks = [...new Set([10, ...[100, 250, 500].filter((n) => n < total), total])];
    const checkpoints = [];
    let done = 0;
    let ms = 0;
    for (const mark of marks) {
      ms += await run(done, mark - done);
      done = mark;
      checkpoints.push({ cycles: mark, ...(await readMemory(page, cdp)) });
    }
    return { total, after10: checkpoints[0], afterAll: checkpoints[checkpoints.length - 1], checkpoints, msPerCycle: ms / total, problems };
  } finally {
    await context.close();
  }
}

// Chromium's zygote and renderers do not inherit this process's niceness (Chromium sets its
// own), so on Linux a timer gives every descendant process the benchmark's niceness again
// every 50 ms; a new renderer (Chromium keeps a spare one ready) gets it before it is used.
function keepPriority(nice) {
  let proc;
  try {
    proc = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  if (!proc) return null;
  let applied = 0;
  const tick = () => {
    const parent = new Map();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // gone
      }
    }
    for (const pid of parent.keys()) {
      let p = pid;
      for (let depth = 0; depth < 8 && p > 1; depth++) {
        p = parent.get(p);
        if (p === process.pid) {
          try {
            if (os.getPriority(pid) !== nice) {
              os.setPriority(pid, nice);
              applied++;
            }
          } catch {
            // gone, or not ours to change
          }
          break;
        }
      }
    }
  };
  const timer = setInterval(tick, 50);
  timer.unref();
  return { stop: () => clearInterval(timer), count: () => applied };
}

// ---------------------------------------------------------------------------------------
// Report

const KB = 1024;
const fmtBytes = (b) => (b == null ? '–' : b >= 100 * KB ? `${(b / KB).toFixed(0)} KB` : `${(b / KB).toFixed(1)} KB`);
const fmtMB = (b) => (b == null ? '–' : `${(b / (KB * KB)).toFixed(2)} MB`);
const fmtMs = (ms) => (ms == null ? '–' : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const fmtRatio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}`);
const fmtCount = (n) => (n == null ? '–' : String(n));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function bytesBy(files, types) {
  const sum = { raw: 0, gzip: 0, br: 0, count: 0 };
  for (const f of files) {
    if (!types.includes(f.type)) continue;
    sum.raw += f.raw;
    sum.gzip += f.gzip;
    sum.br += f.br;
    sum.count += 1;
  }
  return sum;
}

// ---------------------------------------------------------------------------------------

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  }
  try {
    readFileSync(path.join(opts.dist, 'tendik.js'));
  } catch {
    console.error(`bench: ${opts.dist}/tendik.js is missing: build first (bash scripts/build.sh)`);
    process.exit(1);
  }
  try {
    readFileSync(path.resolve(here, '..', 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'));
  } catch {
    console.error('bench: tests/node_modules/chart.js is missing: run `npm ci` in tests/ (scripts/setup.sh does)');
    process.exit(1);
  }
  mkdirSync(opts.out, { recursive: true });

  // On a machine shared with builds, run ahead of them (see keepPriority).
  let niceness = os.getPriority();
  if (opts.nice !== niceness) {
    try {
      os.setPriority(opts.nice);
      niceness = os.getPriority();
    } catch (err) {
      console.error(`bench: cannot run at nice ${opts.nice} (${err.code || err.message}); measuring at nice ${niceness}`);
    }
  }
  const priority = niceness === opts.nice && opts.nice < 0 ? keepPriority(opts.nice) : null;

  const started = Date.now();
  const loadBefore = os.loadavg();
  const { server, url: base } = await startBenchServer({ dist: opts.dist });
  const { server: gzipServer, url: gzipBase } = await startBenchServer({ dist: opts.dist, gzip: true });
  const browser = await chromium.launch({ executablePath: opts.chromium, args: CHROMIUM_ARGS });
  const log = (msg) => console.error(`bench: ${msg} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  log(`Chromium ${browser.version()}, ${opts.reps} repetitions, serving ${opts.dist} at ${base}`);

  const pages = {
    embed: { url: `${base}/bench/embed-3.html`, label: 'Tendik (3 embeds)' },
    figures: { url: `${base}/bench/embed-3-figures.html`, label: 'Tendik (3 embeds, static figures first)' },
    app: { url: `${base}/`, label: 'Tendik app page' },
    ref: { url: `${base}/reference/`, label: 'Chart.js reference' },
  };
  const results = { started: new Date(started).toISOString(), dist: opts.dist, options: { ...opts, only: [...opts.only] }, machine: {}, load: {}, resize: {}, twenty: {}, cycles: {} };
  results.machine = {
    chromium: browser.version(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memory: os.totalmem(),
    loadavgBefore: loadBefore,
    niceness,
    browserPriorityKept: !!priority,
  };

  try {
    // Warm the OS file cache and the browser once per page; not counted.
    for (const p of Object.values(pages)) await measureLoad(browser, p.url, 3, ARTICLE);

    if (opts.only.has('load') || opts.only.has('bytes')) {
      for (const key of Object.keys(pages)) results.load[key] = [];
      for (let rep = 0; rep < opts.reps; rep++) {
        const order = rep % 2 ? ['ref', 'app', 'embed'] : ['embed', 'app', 'ref'];
        for (const key of order) results.load[key].push(await measureLoad(browser, pages[key].url, 3, ARTICLE));
      }
      log('page loads done');
    }

    if (opts.only.has('slow4g')) {
      // The same pages over a throttled network, served gzip-compressed as a static host would.
      results.slow4g = { network: SLOW_4G, embed: [], figures: [], ref: [] };
      for (let rep = 0; rep < opts.reps; rep++) {
        const order = rep % 2 ? ['ref', 'figures', 'embed'] : ['embed', 'figures', 'ref'];
        for (const key of order) {
          const url = pages[key].url.replace(base, gzipBase);
          results.slow4g[key].push(await measureLoad(browser, url, 3, ARTICLE, SLOW_4G));
        }
      }
      log('page loads on Slow 4G done');
    }

    if (opts.only.has('resize')) {
      // Distinct widths from 360 to 984 px in a scrambled order (big and small jumps).
      const widths = Array.from({ length: opts.widths }, (_, i) => 360 + ((i * 17) % opts.widths) * Math.max(1, Math.floor(640 / opts.widths)));
      results.resize.widths = widths;
      results.resize.embed = [];
      results.resize.ref = [];
      for (let rep = 0; rep < opts.reps; rep++) {
        const order = rep % 2 ? ['ref', 'embed'] : ['embed', 'ref'];
        for (const key of order) results.resize[key].push(await measureResize(browser, pages[key].url, widths));
      }
      // One more run per side under Chromium's tracer (not timed: tracing slows the page),
      // for where the time goes.
      results.resize.traced = {
        embed: await measureResize(browser, pages.embed.url, widths, { trace: true }),
        ref: await measureResize(browser, pages.ref.url, widths, { trace: true }),
      };
      log('width changes done');
    }

    if (opts.only.has('twenty')) {
      results.twenty.embed = [];
      results.twenty.ref = [];
      for (let rep = 0; rep < opts.reps; rep++) {
        const order = rep % 2 ? ['ref', 'embed'] : ['embed', 'ref'];
        for (const key of order) {
          const url = key === 'embed' ? `${base}/bench/embed-20.html` : `${base}/reference/twenty.html`;
          results.twenty[key].push(await measureLoad(browser, url, 20, WALL));
        }
      }
      log('twenty-widget pages done');
    }

    if (opts.only.has('memory')) {
      results.cycles.embed = await measureCycles(browser, base, 'tendik', opts.cycles);
      log(`${opts.cycles} Tendik create/remove cycles done`);
      results.cycles.ref = await measureCycles(browser, base, 'reference', opts.cycles);
      log(`${opts.cycles} Chart.js create/destroy cycles done`);
    }
  } catch (err) {
    console.error(`bench: ${err.stack || err}`);
    await browser.close();
    server.close();
    gzipServer.close();
    process.exit(1);
  }
  await browser.close();
  server.close();
  gzipServer.close();
  if (priority) priority.stop();
  results.machine.loadavgAfter = os.loadavg();
  results.seconds = (Date.now() - started) / 1000;

  const md = report(results, opts);
  console.log(md);
  writeFileSync(path.join(opts.out, 'results.md'), `${md}\n`);
  writeFileSync(path.join(opts.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.error(`bench: wrote ${path.relative(process.cwd(), path.join(opts.out, 'results.md'))} and results.json in ${results.seconds.toFixed(0)} s`);
}

function report(results, opts) {
  const out = [];
  const m = results.machine;
  out.push(`Tendik benchmark, ${results.started.slice(0, 16).replace('T', ' ')} UTC: Chromium ${m.chromium} headless (software raster, --disable-gpu), ${m.cpus} × ${m.cpuModel}, load average ${m.loadavgBefore.map((x) => x.toFixed(2)).join(' ')} before, ${m.loadavgAfter.map((x) => x.toFixed(2)).join(' ')} after, benchmark${m.browserPriorityKept ? ' and browser processes' : ''} at nice ${m.niceness}; medians of ${opts.reps} runs, each in a fresh browser context with the cache disabled.`);
  out.push('');
  const load = results.load;
  if (load.embed) {
    const files = (key) => load[key][0].files;
    const rows = [];
    for (const [label, types] of [
      ['wasm', ['wasm']],
      ['JS', ['js']],
      ['CSS', ['css']],
      ['wasm + JS + CSS', ['wasm', 'js', 'css']],
    ]) {
      for (const enc of ['raw', 'gzip', 'br']) {
        const v = Object.fromEntries(['embed', 'app', 'ref'].map((k) => [k, bytesBy(files(k), types)]));
        rows.push([`${label}, ${enc === 'br' ? 'brotli 11' : enc === 'gzip' ? 'gzip 9' : 'raw'}`, fmtBytes(v.embed[enc]), fmtBytes(v.app[enc]), fmtBytes(v.ref[enc]), fmtRatio(v.embed[enc], v.ref[enc]), fmtRatio(v.app[enc], v.ref[enc])]);
      }
    }
    const html = Object.fromEntries(['embed', 'app', 'ref'].map((k) => [k, bytesBy(files(k), ['html'])]));
    rows.push(['HTML document (not in the totals), raw', fmtBytes(html.embed.raw), fmtBytes(html.app.raw), fmtBytes(html.ref.raw), '', '']);
    const reqs = Object.fromEntries(['embed', 'app', 'ref'].map((k) => [k, files(k).length]));
    rows.push(['requests', fmtCount(reqs.embed), fmtCount(reqs.app), fmtCount(reqs.ref), '', '']);
    out.push('Bytes over the wire, page with the three widgets (the test server sends files uncompressed; gzip and brotli are what a compressing host would send):');
    out.push('');
    out.push(table(['', 'Tendik, 3 embeds', 'Tendik, app page', 'Chart.js', 'embeds / Chart.js', 'app / Chart.js'], rows));
    out.push('');
    const list = (key) => files(key).map((f) => `${f.url} ${f.raw} B (br ${f.br})`).join(', ');
    out.push(`Files: Tendik embeds: ${list('embed')}. App page: ${list('app')}. Chart.js: ${list('ref')}.`);
    out.push('');
  }

  const rows = [];
  const med = (arr, f) => median(arr.map(f));
  const best = (arr, f) => Math.min(...arr.map(f).filter(Number.isFinite));
  const row = (label, e, a, r, fmt) => rows.push([label, fmt(e), a === undefined ? '–' : fmt(a), fmt(r), fmtRatio(e, r), a === undefined ? '–' : fmtRatio(a, r)]);
  if (load.embed) {
    row('first widget painted (from navigation start)', med(load.embed, (x) => x.first), med(load.app, (x) => x.first), med(load.ref, (x) => x.first), fmtMs);
    row('all 3 widgets painted', med(load.embed, (x) => x.all), med(load.app, (x) => x.all), med(load.ref, (x) => x.all), fmtMs);
    row(`first widget painted, best of ${load.embed.length} runs`, best(load.embed, (x) => x.first), best(load.app, (x) => x.first), best(load.ref, (x) => x.first), fmtMs);
    row(`all 3 widgets painted, best of ${load.embed.length} runs`, best(load.embed, (x) => x.all), best(load.app, (x) => x.all), best(load.ref, (x) => x.all), fmtMs);
    row('library requested (wasm / chart.umd.min.js fetch start)', med(load.embed, (x) => x.libraryRequested), med(load.app, (x) => x.libraryRequested), med(load.ref, (x) => x.libraryRequested), fmtMs);
    row('library fetched (wasm / chart.umd.min.js responseEnd)', med(load.embed, (x) => x.libraryFetched), med(load.app, (x) => x.libraryFetched), med(load.ref, (x) => x.libraryFetched), fmtMs);
    row('3 widgets: JS heap after GC', med(load.embed, (x) => x.memory.jsHeap), med(load.app, (x) => x.memory.jsHeap), med(load.ref, (x) => x.memory.jsHeap), fmtMB);
    row('3 widgets: wasm linear memory', med(load.embed, (x) => x.memory.wasmMemory), med(load.app, (x) => x.memory.wasmMemory), null, fmtMB);
  }
  const s4 = results.slow4g;
  if (s4) {
    row('Slow 4G (gzip): first widget painted', med(s4.embed, (x) => x.first), undefined, med(s4.ref, (x) => x.first), fmtMs);
    row('Slow 4G (gzip): all 3 widgets painted', med(s4.embed, (x) => x.all), undefined, med(s4.ref, (x) => x.all), fmtMs);
    row(`Slow 4G (gzip): first widget painted, best of ${s4.embed.length}`, best(s4.embed, (x) => x.first), undefined, best(s4.ref, (x) => x.first), fmtMs);
    row('Slow 4G (gzip): library fetched', med(s4.embed, (x) => x.libraryFetched), undefined, med(s4.ref, (x) => x.libraryFetched), fmtMs);
    // The embeds with their static figures: the chart is seen when the first figure has
    // loaded, and is live (interactive) when all three have painted.
    row('Slow 4G (gzip), figures first: first chart visible (its figure loaded)', med(s4.figures, (x) => x.figure), undefined, med(s4.ref, (x) => x.first), fmtMs);
    row('Slow 4G (gzip), figures first: all 3 live', med(s4.figures, (x) => x.all), undefined, med(s4.ref, (x) => x.all), fmtMs);
    row('Slow 4G (gzip), figures first: bytes before the first chart is visible', med(s4.figures, (x) => x.bytesAtFigure), undefined, med(s4.ref, (x) => x.bytesAtFigure ?? null), fmtBytes);
  }
  const rz = results.resize;
  if (rz.embed) {
    row(`width change, ${opts.widths} widths: main-thread time until all redrawn, p95`, med(rz.embed, (x) => x.workP95), undefined, med(rz.ref, (x) => x.workP95), fmtMs);
    row('width change: main-thread time, median', med(rz.embed, (x) => x.workMedian), undefined, med(rz.ref, (x) => x.workMedian), fmtMs);
    row('width change: latency until all redrawn, p95', med(rz.embed, (x) => x.latencyP95), undefined, med(rz.ref, (x) => x.latencyP95), fmtMs);
    row('width change: frames until all redrawn, max', med(rz.embed, (x) => x.framesMax), undefined, med(rz.ref, (x) => x.framesMax), fmtCount);
    row('width change: steps not redrawn within 60 frames (sum)', rz.embed.reduce((s, x) => s + x.missed, 0), undefined, rz.ref.reduce((s, x) => s + x.missed, 0), fmtCount);
  }
  if (rz.traced) {
    const what = {
      script: 'JS and wasm',
      canvas: 'canvas rasterisation',
      style: 'style',
      layout: 'layout',
      paint: 'paint and commit',
      other: 'other',
    };
    row('width change, traced run: main-thread CPU time until all redrawn, p95', rz.traced.embed.cpuP95, undefined, rz.traced.ref.cpuP95, fmtMs);
    row('width change, traced run: main-thread CPU time, median', rz.traced.embed.cpuMedian, undefined, rz.traced.ref.cpuMedian, fmtMs);
    for (const kind of Object.keys(what)) {
      row(`width change, traced run, per change: ${what[kind]}`, rz.traced.embed.perStep[kind], undefined, rz.traced.ref.perStep[kind], fmtMs);
    }
  }
  const tw = results.twenty;
  if (tw.embed) {
    const downloads = (x, re) => x.files.filter((f) => re.test(f.url)).length;
    row('20 widgets: first painted', med(tw.embed, (x) => x.first), undefined, med(tw.ref, (x) => x.first), fmtMs);
    row('20 widgets: all painted', med(tw.embed, (x) => x.all), undefined, med(tw.ref, (x) => x.all), fmtMs);
    row(`20 widgets: all painted, best of ${tw.embed.length}`, best(tw.embed, (x) => x.all), undefined, best(tw.ref, (x) => x.all), fmtMs);
    row('20 widgets: JS heap after GC', med(tw.embed, (x) => x.memory.jsHeap), undefined, med(tw.ref, (x) => x.memory.jsHeap), fmtMB);
    row('20 widgets: wasm linear memory', med(tw.embed, (x) => x.memory.wasmMemory), undefined, null, fmtMB);
    row('20 widgets: DOM nodes', med(tw.embed, (x) => x.memory.nodes), undefined, med(tw.ref, (x) => x.memory.nodes), fmtCount);
    row('20 widgets: wasm downloads (max over runs)', Math.max(...tw.embed.map((x) => downloads(x, /\.wasm$/))), undefined, 0, fmtCount);
    row('20 widgets: library JS downloads (max over runs)', Math.max(...tw.embed.map((x) => downloads(x, /\/tendik-(?:app|embed-[a-z]{2})-[0-9a-f]+\.js$/))), undefined, Math.max(...tw.ref.map((x) => downloads(x, /chart\.umd\.min\.js$/))), fmtCount);
  }
  const cy = results.cycles;
  if (cy.embed) {
    const e = cy.embed;
    const r = cy.ref;
    const n = e.total;
    row(`create/remove: JS heap after 10 cycles`, e.after10.jsHeap, undefined, r.after10.jsHeap, fmtMB);
    row(`create/remove: JS heap after ${n} cycles`, e.afterAll.jsHeap, undefined, r.afterAll.jsHeap, fmtMB);
    row(`create/remove: wasm memory after 10 cycles`, e.after10.wasmMemory, undefined, null, fmtMB);
    row(`create/remove: wasm memory after ${n} cycles`, e.afterAll.wasmMemory, undefined, null, fmtMB);
    const growth = (x) => x.afterAll.jsHeap - x.after10.jsHeap + ((x.afterAll.wasmMemory ?? 0) - (x.after10.wasmMemory ?? 0));
    row(`create/remove: growth 10 → ${n} (JS heap + wasm)`, growth(e), undefined, growth(r), fmtMB);
    row(`create/remove: DOM nodes after 10 / ${n} cycles`, null, undefined, null, () => '');
    rows[rows.length - 1] = [rows[rows.length - 1][0], `${fmtCount(e.after10.nodes)} / ${fmtCount(e.afterAll.nodes)}`, '–', `${fmtCount(r.after10.nodes)} / ${fmtCount(r.afterAll.nodes)}`, '', '–'];
    row('create/remove: widgets still mounted (mountedCount)', e.afterAll.mounted, undefined, null, fmtCount);
    row('create/remove: time per cycle (create, paint, remove)', e.msPerCycle, undefined, r.msPerCycle, fmtMs);
  }
  if (rows.length) {
    out.push('Time and memory (medians; the create/remove cycles ran once per side):');
    out.push('');
    out.push(table(['', 'Tendik, 3 embeds', 'Tendik, app page', 'Chart.js', 'Tendik / Chart.js', 'app / Chart.js'], rows));
    out.push('');
  }
  if (cy.embed) {
    const trend = (x) => x.checkpoints.map((c) => `${c.cycles}: ${fmtMB(c.jsHeap)}${c.wasmMemory != null ? ` + ${fmtMB(c.wasmMemory)} wasm` : ''}`).join(', ');
    out.push(`Memory after GC along the cycles: Tendik ${trend(cy.embed)}; Chart.js ${trend(cy.ref)}.`);
    out.push('');
  }

  // The targets (docs/performance.md).
  const targets = [];
  if (results.dist) {
    // What an article loads, per language (tests/size-budget.mjs, the same check as test.sh).
    for (const set of budgetFiles(results.dist).sets) {
      const br = set.files.reduce((sum, f) => sum + f.br, 0);
      if (set.key === 'app') {
        targets.push([`app page (not an embed; ceiling only): wasm + JS + CSS brotli`, fmtBytes(br), null]);
      } else {
        targets.push([`${set.title}: every widget ≤ 150 KB brotli`, fmtBytes(br), br <= 150 * KB]);
      }
    }
  }
  if (load.app) {
    const ratio = med(load.embed, (x) => x.first) / med(load.ref, (x) => x.first);
    targets.push(['first paint, Tendik embeds / Chart.js ≤ 1.0 (medians)', ratio.toFixed(2), ratio <= 1.0]);
    const bestRatio = best(load.embed, (x) => x.first) / best(load.ref, (x) => x.first);
    targets.push([`first paint, Tendik embeds / Chart.js ≤ 1.0 (best of ${load.embed.length})`, bestRatio.toFixed(2), bestRatio <= 1.0]);
    if (s4) {
      const slow = med(s4.embed, (x) => x.first) / med(s4.ref, (x) => x.first);
      targets.push(['first paint on Slow 4G, Tendik embeds / Chart.js ≤ 1.0 (medians)', slow.toFixed(2), slow <= 1.0]);
      const seen = med(s4.figures, (x) => x.figure) / med(s4.ref, (x) => x.first);
      targets.push(['Slow 4G, figures first: first chart visible / Chart.js first chart ≤ 0.8 (medians)', seen.toFixed(2), seen <= 0.8]);
      const bytes = med(s4.figures, (x) => x.bytesAtFigure);
      targets.push(['Slow 4G, figures first: bytes before the first chart is visible ≤ 30 KB', fmtBytes(bytes), bytes <= 30 * KB]);
    }
  }
  if (rz.embed) {
    const p95 = med(rz.embed, (x) => x.workP95);
    targets.push(['width-change re-render < 16 ms p95 (wall clock)', fmtMs(p95), p95 < 16]);
    if (rz.traced) {
      const cpu = rz.traced.embed.cpuP95;
      targets.push(['width-change re-render < 16 ms p95 (main-thread CPU time, traced run)', fmtMs(cpu), cpu < 16]);
    }
  }
  if (cy.embed) {
    const g = cy.embed.afterAll.jsHeap - cy.embed.after10.jsHeap + (cy.embed.afterAll.wasmMemory - cy.embed.after10.wasmMemory);
    targets.push([`< 1 MB growth over ${cy.embed.total} create/remove cycles`, fmtMB(g), g < KB * KB]);
  }
  if (tw.embed) {
    const w = Math.max(...tw.embed.map((x) => x.files.filter((f) => /\.wasm$/.test(f.url)).length));
    const j = Math.max(...tw.embed.map((x) => x.files.filter((f) => /\/tendik-(?:app|embed-[a-z]{2})-[0-9a-f]+\.js$/.test(f.url)).length));
    targets.push(['20 widgets from one download (wasm, module JS)', `${w}, ${j}`, w === 1 && j === 1]);
  }
  if (targets.length) {
    out.push('Targets:');
    out.push('');
    out.push(table(['target', 'measured', 'met'], targets.map(([t, v, ok]) => [t, v, ok === null ? '–' : ok ? 'yes' : 'NO'])));
  }
  const problems = [
    ...Object.values(load).flat(),
    ...Object.values(tw).flat(),
    ...['embed', 'ref'].flatMap((k) => rz[k] || []),
    ...Object.values(cy),
  ].flatMap((x) => x.problems || []);
  if (problems.length) {
    out.push('');
    out.push(`Console errors seen: ${[...new Set(problems)].join(' | ')}`);
  }
  return out.join('\n');
}

main();
