// Trunk post-build hook (see Trunk.toml). Trunk builds the standalone app (tendik-app, all
// three languages); this hook then
//   1. builds the embed bundles: the `tendik-embed` binary, with every widget and the
//      <tendik-widget> layer but none of the app's views, once per language (tendik-core's
//      feature only-<lang>: a reader gets the text of one language, not three), through
//      cargo, wasm-bindgen and (release) wasm-opt, into content-hashed files beside the app's;
//   2. writes the stable loader `tendik.js` from loader.js, naming every bundle: the app
//      page loads the app's, every other page (articles, embeds, demos) the embed bundle of
//      each widget's language;
//   3. writes the static renders (SVG, PNG 1x and 2x of every widget, language, theme and
//      width) and static/index.json with the native `tendik-render` (docs/static-renders.md).
// One hook, not two: Trunk starts the hooks of a stage together.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    fail(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

// wasm-opt from PATH, else the npm package that scripts/setup.sh installs. Looked up once,
// for the release build only.
function findWasmOpt() {
  const probe = spawnSync('wasm-opt', ['--version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return 'wasm-opt';
  const local = join(root, 'tests', 'node_modules', '.bin', 'wasm-opt');
  if (existsSync(local)) return local;
  fail('wasm-opt not found: run scripts/setup.sh (it installs binaryen from npm)');
}

// Release builds minify the JavaScript a page loads (terser from tests/node_modules, which
// scripts/setup.sh installs): the embed bundles' wasm-bindgen glue and the loader.
function minify(file) {
  if (!release) return;
  const terser = join(root, 'tests', 'node_modules', '.bin', 'terser');
  if (!existsSync(terser)) fail('terser not found: run scripts/setup.sh (it installs tests/node_modules)');
  run(terser, [file, '--module', '--compress', '--mangle', '--output', file]);
}

function hashed(name, ext, bytes) {
  return `${name}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${ext}`;
}

// TENDIK_LANGS=en builds one language only (for experiments; the loader then knows only it).
const LANGS = (process.env.TENDIK_LANGS ?? 'en,ru,kk').split(',');
// The embed bundles are split into lazily loaded chunks (docs/lazy-chunks.md) unless
// TENDIK_SPLIT=0.
const split = process.env.TENDIK_SPLIT !== '0';
const wasmOpt = release ? findWasmOpt() : null;

function optimize(wasm, out) {
  // Same level as the app's (data-wasm-opt="z"); the two custom sections only describe the
  // build. A chunk has no target_features section of its own: name the main module's
  // features (rustc's defaults for wasm32) so that wasm-opt accepts its instructions.
  run(wasmOpt, ['-Oz', '--strip-producers', '--strip-target-features', '--enable-bulk-memory',
    '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
    '--enable-reference-types', '--enable-multivalue', wasm, '-o', out]);
}

// The split of one language's raw wasm (linked with --emit-relocs): the main module for
// wasm-bindgen, the chunks, the link module (__wasm_split.js) and, per split point, its
// chunk files (manifest.json).
function splitWasm(wasmIn, work, name) {
  const out = join(work, 'split');
  run('tendik-wasm-split', [wasmIn, out, name]);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  return { main: join(out, `${name}.wasm`), out, manifest };
}

function buildEmbed(lang) {
  const features = [`tendik-core/only-${lang}`, ...(split ? ['tendik-widgets/lazy'] : [])];
  const cargoArgs = ['rustc', '--target', 'wasm32-unknown-unknown', '-p', 'tendik-app', '--bin', 'tendik-embed',
    '--features', features.join(','), '--message-format', 'json-render-diagnostics'];
  if (release) cargoArgs.push('--release');
  // wasm-split reads the linker's relocations. Passed to the final link only, so that the
  // dependencies' builds stay shared with the app's.
  if (split) cargoArgs.push('--', '-C', 'link-arg=--emit-relocs');
  const out = run('cargo', cargoArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
  let wasmIn;
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const msg = JSON.parse(line);
    if (msg.reason === 'compiler-artifact' && msg.target?.name === 'tendik-embed') {
      wasmIn = msg.filenames.find((f) => f.endsWith('.wasm'));
    }
  }
  if (!wasmIn) fail('cargo did not report a tendik-embed.wasm');

  const work = mkdtempSync(join(tmpdir(), 'tendik-embed-'));
  try {
    const name = `tendik-embed-${lang}`;
    const parts = split ? splitWasm(wasmIn, work, name) : null;
    // --keep-lld-exports: the chunks import the main module's table, memory and globals.
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', ...(split ? ['--keep-lld-exports'] : []),
      '--out-dir', work, '--out-name', name, parts ? parts.main : wasmIn]);
    let wasm = join(work, `${name}_bg.wasm`);
    if (release) {
      const optimized = join(work, 'opt.wasm');
      optimize(wasm, optimized);
      wasm = optimized;
    }
    const wasmBytes = readFileSync(wasm);
    const wasmName = hashed(name, '_bg.wasm', wasmBytes);
    let js = readFileSync(join(work, `${name}.js`), 'utf8').replaceAll(`${name}_bg.wasm`, wasmName);
    const bundle = { wasm: wasmName };
    if (parts) Object.assign(bundle, writeChunks(parts, name, release));
    let linkJs;
    if (parts) {
      // The module and its link module import each other: both are named by one hash of
      // the two (and, through the link module, of every chunk's name).
      const imports = js.split('from "./__wasm_split.js"').length - 1;
      if (imports < 1) fail(`${name}.js does not import ./__wasm_split.js (wasm-bindgen output changed?)`);
      linkJs = bundle.linkJs;
      delete bundle.linkJs;
      const pair = createHash('sha256').update(js).update(linkJs).digest('hex').slice(0, 16);
      const moduleName = `${name}-${pair}.js`;
      bundle.link = `${name}-split-${pair}.js`;
      js = js.replaceAll('from "./__wasm_split.js"', `from "./${bundle.link}"`);
      linkJs = linkJs.replace(`from "./${name}.js"`, `from "./${moduleName}"`);
      bundle.module = moduleName;
    }
    writeFileSync(join(work, `${name}.js`), js);
    minify(join(work, `${name}.js`));
    js = readFileSync(join(work, `${name}.js`), 'utf8');
    bundle.module ??= hashed(name, '.js', js);
    writeFileSync(join(staging, wasmName), wasmBytes);
    writeFileSync(join(staging, bundle.module), js);
    if (linkJs !== undefined) {
      const linkPath = join(work, 'link.js');
      writeFileSync(linkPath, linkJs);
      minify(linkPath);
      writeFileSync(join(staging, bundle.link), readFileSync(linkPath));
    }
    const chunks = Object.values(bundle.files ?? {});
    console.log(`post-build: ${lang} embed bundle ${bundle.module}, ${wasmName} (${wasmBytes.length.toLocaleString('en-US')} bytes)` +
      (chunks.length ? `, ${chunks.length} chunks` : ''));
    // Every chunk and what each split point needs, for tests and the size budget (pages
    // never fetch this file).
    manifests[lang] = { ...bundle, chunks, points: bundle.points, chunkOf: widgetChunks };
    delete bundle.files;
    delete bundle.points;
    if (bundle.prefetch) {
      // The loader's copy names each file once: per widget, indexes into `chunks`.
      bundle.chunks = chunks;
      bundle.prefetch = Object.fromEntries(Object.entries(bundle.prefetch).map(([w, files]) => [w, files.map((f) => chunks.indexOf(f))]));
    }
    return bundle;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Optimizes and names each chunk by its content; rewrites the link module to fetch the
// hashed names and to take the responses the loader fetched early. Returns the link
// module's text, each chunk's file name, and for each split point named like a widget
// (violence_trend: violence-trend) the files the loader prefetches for it.
function writeChunks({ out, manifest }, name, optimizeChunks) {
  let linkJs = readFileSync(join(out, '__wasm_split.js'), 'utf8');
  const files = {};
  for (const f of readdirSync(out).filter((f) => f.endsWith('.wasm') && f !== `${name}.wasm`)) {
    let chunk = join(out, f);
    if (optimizeChunks) {
      const optimized = join(out, `opt-${f}`);
      optimize(chunk, optimized);
      chunk = optimized;
    }
    const bytes = readFileSync(chunk);
    const stem = f.replace(/\.wasm$/, '').replace(/^split_/, '');
    const file = hashed(`${name}-${stem}`, '.wasm', bytes);
    const literal = `"./${f}"`;
    if (!linkJs.includes(literal)) fail(`__wasm_split.js does not name ${f}`);
    linkJs = linkJs.replaceAll(literal, `"./${file}"`);
    writeFileSync(join(staging, file), bytes);
    files[f.replace(/\.wasm$/, '')] = file;
  }
  const fetches = linkJs.split('fetch(new URL(').length - 1;
  if (fetches !== Object.keys(files).length) {
    fail(`__wasm_split.js has ${fetches} fetches for ${Object.keys(files).length} chunks (wasm_split_cli_support changed?)`);
  }
  linkJs = linkJs.replaceAll('fetch(new URL(', 'tendikFetch(new URL(') + `
// Tendik (www/embed/post-build.mjs): a chunk the loader fetched early is taken from it, once;
// a chunk that cannot be fetched names itself in the error.
let early = () => undefined;
export function tendikEarly(take) {
  early = take;
}
function tendikFetch(url) {
  return (early(url.href) ?? fetch(url)).then((response) => {
    if (!response.ok) throw new Error(\`Tendik: chunk \${url.pathname.split('/').pop()}: HTTP \${response.status}\`);
    return response;
  }, (err) => {
    throw new Error(\`Tendik: chunk \${url.pathname.split('/').pop()}: \${err.message}\`);
  });
}
`;
  const prefetch = {};
  const points = Object.fromEntries(Object.entries(manifest).map(([point, stems]) => [point, stems.map((s) => files[s])]));
  if (points.userdata) prefetch.userdata = points.userdata;
  for (const [widget, chunk] of Object.entries(widgetChunks)) {
    if (!points[chunk]) fail(`the registry puts ${widget} in chunk ${chunk}, which wasm-split did not write`);
    prefetch[widget] = points[chunk];
  }
  return { linkJs, files, prefetch, points };
}

// Widget name -> its chunk, from the registry's lines (`quota_gauge in articles,`): a
// widget is named after its folder (a test in tendik-core checks it).
function registryChunks() {
  const text = readFileSync(join(root, 'crates', 'tendik-core', 'src', 'widgets', 'registry.rs'), 'utf8');
  const body = text.slice(text.indexOf('registry! {'));
  const lines = [...body.matchAll(/^\s*([a-z0-9_]+) in ([a-z0-9_]+),$/gm)];
  if (lines.length === 0) fail('no `<widget> in <chunk>,` lines in widgets/registry.rs');
  return Object.fromEntries(lines.map(([, module, chunk]) => [module.replaceAll('_', '-'), chunk]));
}
const widgetChunks = split ? registryChunks() : {};

function appBundle() {
  const files = readdirSync(staging);
  const module = files.find((f) => /^tendik-app-[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => /^tendik-app-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!module || !wasm) fail(`no hashed tendik-app module/wasm in ${staging}: ${files.join(', ')}`);
  return { module, wasm };
}

if (!staging) fail('TRUNK_STAGING_DIR is not set (run through trunk)');
const app = appBundle();
// Trunk leaves the app's wasm-bindgen glue as written (52 KB): minified like the embeds'
// (7.3 -> 5.7 KB brotli). It keeps its name: only tendik.js names it.
minify(join(staging, app.module));
const manifests = {};
const embeds = Object.fromEntries(LANGS.map((lang) => [lang, buildEmbed(lang)]));
if (split) writeFileSync(join(staging, 'tendik-chunks.json'), `${JSON.stringify(manifests, null, 1)}\n`);
const loader = readFileSync(join(here, 'loader.js'), 'utf8')
  .replaceAll('__TENDIK_APP__', JSON.stringify(app))
  .replaceAll('__TENDIK_EMBEDS__', JSON.stringify(embeds));
if (loader.includes('__TENDIK_')) fail('loader.js has a placeholder this hook does not fill');
const tmp = join(staging, 'tendik.js.tmp');
writeFileSync(tmp, loader);
minify(tmp);
renameSync(tmp, join(staging, 'tendik.js'));
console.log(`post-build: tendik.js -> app ${app.module}, embeds ${LANGS.map((l) => embeds[l].module).join(', ')}`);

// The renderer is a native program: it runs with the toolchain of `cargo test` (rustup's,
// PATH as scripts/setup.sh left it) and none of the wasm build's settings, so it reuses
// the test build's compiled dependencies instead of building them again.
function nativeEnv() {
  const env = { ...process.env };
  for (const key of ['RUSTC', 'RUSTDOC', 'RUSTFLAGS', 'RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_BUILD_TARGET']) {
    delete env[key];
  }
  if (env.TENDIK_NATIVE_PATH) env.PATH = env.TENDIK_NATIVE_PATH;
  return env;
}
const renderStart = Date.now();
run('cargo', ['run', '--quiet', '-p', 'tendik-render', '--', '--site', staging], {
  env: nativeEnv(),
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(`post-build: static renders in ${((Date.now() - renderStart) / 1000).toFixed(1)} s (build and render)`);
