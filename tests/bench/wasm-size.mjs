#!/usr/bin/env node
// Where the wasm's bytes go: sections, the data section's biggest text runs, code by crate
// and the largest functions, with brotli sizes. For deciding what to cut (docs/performance.md).
//
//   node tests/bench/wasm-size.mjs [--bundle embed|app] [--lang en|ru|kk] [--dist dist]
//                                  [--wasm target/wasm32-unknown-unknown/release/tendik-<bundle>.wasm]
//
// The shipped wasm has no function names, so this takes the linker's output that the build
// leaves in target/ (run scripts/build.sh first), runs the same wasm-bindgen and `wasm-opt -Oz`
// on it in a temporary directory keeping the name section, and checks that without names it
// is byte for byte the wasm in dist/ (or --dist DIR). Needs `wasm-bindgen` (PATH or ~/.cargo/bin)
// and tests/node_modules/.bin/wasm-opt (both installed by scripts/setup.sh).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const bundle = opt('--bundle', 'embed');
if (!['embed', 'app'].includes(bundle)) {
  console.error('wasm-size: --bundle is embed or app');
  process.exit(2);
}
const input = path.resolve(opt('--wasm', path.join(root, 'target', 'wasm32-unknown-unknown', 'release', `tendik-${bundle}.wasm`)));
const dist = path.resolve(opt('--dist', path.join(root, 'dist')));
const wasmOpt = path.join(root, 'tests', 'node_modules', '.bin', 'wasm-opt');

const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function findWasmBindgen() {
  for (const dir of [...(process.env.PATH || '').split(':'), path.join(os.homedir(), '.cargo', 'bin')]) {
    const p = path.join(dir, 'wasm-bindgen');
    if (dir && existsSync(p)) return p;
  }
  return null;
}

// A minimal wasm reader: section sizes, function body sizes, the data section, and names.
function readWasm(buf) {
  let p = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    let b;
    do {
      b = buf[p++];
      r += (b & 0x7f) * 2 ** s;
      s += 7;
    } while (b & 0x80);
    return r;
  };
  const out = { sections: [], bodies: [], names: new Map(), imports: 0, data: Buffer.alloc(0) };
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    const start = p;
    const end = p + size;
    let name = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count'][id] ?? `#${id}`;
    if (id === 0) {
      const len = leb();
      name = `custom "${buf.subarray(p, p + len).toString()}"`;
      p += len;
      if (name === 'custom "name"') {
        while (p < end) {
          const sub = buf[p++];
          const subSize = leb();
          const subEnd = p + subSize;
          if (sub === 1) {
            const n = leb();
            for (let i = 0; i < n; i++) {
              const index = leb();
              const l = leb();
              out.names.set(index, buf.subarray(p, p + l).toString());
              p += l;
            }
          }
          p = subEnd;
        }
      }
    } else if (id === 2) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        // (`p += leb()` would add to p's value from before leb() moved it.)
        const moduleLen = leb();
        p += moduleLen;
        const fieldLen = leb();
        p += fieldLen;
        const kind = buf[p++];
        if (kind === 0) {
          leb();
          out.imports++;
        } else if (kind === 1) {
          p++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) p += 2;
        else if (kind === 4) {
          p++;
          leb();
        }
      }
    } else if (id === 10) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        const l = leb();
        out.bodies.push(l);
        p += l;
      }
    } else if (id === 11) out.data = buf.subarray(start, end);
    out.sections.push({ name, size });
    p = end;
  }
  return out;
}

// The crate a (v0-demangled, as rustc emits into the name section) function belongs to:
// the first `crate[hash]` in its path; monomorphised generics count for the generic's crate.
function crateOf(name) {
  const m = name.match(/([A-Za-z_0-9]+)\[[0-9a-f]+\]/);
  if (m) return m[1];
  if (/^(__wbg|__wbindgen|__externref|wasm_bindgen)/.test(name) || / shim$/.test(name)) return 'wasm-bindgen glue';
  if (/^(dlmalloc|__rust|__rdl|rust_|mem(cpy|set|move|cmp))/.test(name)) return 'runtime';
  return '(other)';
}

function main() {
  if (!existsSync(input)) {
    console.error(`wasm-size: ${input} is missing: run bash scripts/build.sh first`);
    process.exit(1);
  }
  const bindgen = findWasmBindgen();
  if (!bindgen || !existsSync(wasmOpt)) {
    console.error('wasm-size: needs wasm-bindgen and tests/node_modules/.bin/wasm-opt (bash scripts/setup.sh)');
    process.exit(1);
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tendik-wasm-size-'));
  try {
    // As the build does it (Trunk 0.21 for the app, www/embed/post-build.mjs for the embeds:
    // wasm-bindgen --target web --no-typescript --out-name BIN, then wasm-opt -Oz, the embeds
    // also stripping two custom sections; the content hash is added to the file names
    // afterwards), so that the output can be compared byte for byte with the shipped wasm.
    // The embed bundles are one per language, and target/ holds the one built last
    // (www/embed/post-build.mjs builds en, ru, kk): Kazakh, unless --lang says otherwise.
    // The name matters: wasm-bindgen writes it into the wasm's imports.
    const name = bundle === 'embed' ? `tendik-embed-${opt('--lang', 'kk')}` : 'tendik-app';
    const shippedRe = new RegExp(`^${name}-[0-9a-f]{8,}_bg\\.wasm$`);
    const candidates = existsSync(dist) ? readdirSync(dist).filter((f) => shippedRe.test(f)) : [];
    const strip = bundle === 'embed' ? ['--strip-producers', '--strip-target-features'] : [];
    execFileSync(bindgen, ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', name, input], { stdio: 'inherit' });
    const bound = path.join(tmp, `${name}_bg.wasm`);
    const named = path.join(tmp, 'named.wasm');
    const plain = path.join(tmp, 'plain.wasm');
    execFileSync(wasmOpt, ['-Oz', '-g', '--strip-dwarf', ...strip, bound, '--output', named], { stdio: 'inherit' });
    execFileSync(wasmOpt, ['-Oz', ...strip, bound, '--output', plain], { stdio: 'inherit' });
    const plainBuf = readFileSync(plain);
    const shipped = candidates.find((f) => readFileSync(path.join(dist, f)).equals(plainBuf)) ?? candidates[0] ?? null;
    const shippedBuf = shipped ? readFileSync(path.join(dist, shipped)) : null;
    const w = readWasm(readFileSync(named));
    const codeBytes = w.bodies.reduce((a, b) => a + b, 0);

    console.log(`wasm-size: ${path.relative(root, input)} → wasm-bindgen → wasm-opt -Oz: ${plainBuf.length} B, brotli ${br(plainBuf)} B`);
    console.log(
      shippedBuf == null
        ? '  (no wasm in the dist directory to compare with)'
        : `  ${shipped} in ${dist}: ${shippedBuf.length} B, ${shippedBuf.equals(plainBuf) ? 'byte for byte the same: this is the measured build' : 'DIFFERENT: target/ holds another build (rebuilt since?); the breakdown below is of the target/ one'}`,
    );
    console.log('\nSections (without the name section):');
    for (const s of w.sections) if (s.name !== 'custom "name"') console.log(`  ${s.name.padEnd(28)} ${String(s.size).padStart(9)} B`);

    const data = w.data;
    console.log(`\nData section: ${data.length} B, brotli ${br(data)} B on its own. Largest text runs:`);
    const text = data.toString('latin1');
    const runs = [];
    for (const m of text.matchAll(/[^\x00-\x08\x0e-\x1f]{1000,}/g)) runs.push({ at: m.index, len: m[0].length });
    runs.sort((a, b) => b.len - a.len);
    for (const r of runs.slice(0, 10)) {
      const s = Buffer.from(text.slice(r.at, r.at + 90), 'latin1').toString('utf8').replace(/\s+/g, ' ');
      console.log(`  ${String(r.len).padStart(7)} B  ${JSON.stringify(s)}…`);
    }
    const big = runs.filter((r) => r.len >= 5000);
    if (big.length) {
      const stripped = Buffer.from(data);
      for (const r of big) stripped.fill(0, r.at, r.at + r.len);
      const bigBytes = big.reduce((a, r) => a + r.len, 0);
      console.log(`  the ${big.length} runs of 5,000 B or more: ${bigBytes} B; the data section's brotli size without them: ${br(stripped)} B (saves ${br(data) - br(stripped)} B)`);
    }

    const byCrate = new Map();
    const fns = [];
    w.bodies.forEach((size, i) => {
      const name = w.names.get(w.imports + i) ?? `func ${w.imports + i}`;
      const c = crateOf(name);
      byCrate.set(c, (byCrate.get(c) ?? 0) + size);
      fns.push({ size, name });
    });
    console.log(`\nCode: ${codeBytes} B in ${w.bodies.length} functions, by crate (generic code counts for the generic's crate):`);
    for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`  ${c.padEnd(22)} ${kb(s).padStart(9)} ${((100 * s) / codeBytes).toFixed(1).padStart(5)}%`);
    }
    console.log('\nLargest functions:');
    for (const f of fns.sort((a, b) => b.size - a.size).slice(0, Number(process.env.TOP ?? 15))) {
      console.log(`  ${String(f.size).padStart(7)} B  ${f.name.replace(/\[[0-9a-f]+\]/g, '').slice(0, 140)}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
