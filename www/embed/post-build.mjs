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

const LANGS = ['en', 'ru', 'kk'];
const wasmOpt = release ? findWasmOpt() : null;

function buildEmbed(lang) {
  const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '-p', 'tendik-app', '--bin', 'tendik-embed',
    '--features', `tendik-core/only-${lang}`, '--message-format', 'json-render-diagnostics'];
  if (release) cargoArgs.push('--release');
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
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', name, wasmIn]);
    let wasm = join(work, `${name}_bg.wasm`);
    if (release) {
      const optimized = join(work, 'opt.wasm');
      // Same level as the app's (data-wasm-opt="z"); the two custom sections only
      // describe the build.
      run(wasmOpt, ['-Oz', '--strip-producers', '--strip-target-features', wasm, '-o', optimized]);
      wasm = optimized;
    }
    minify(join(work, `${name}.js`));
    const wasmBytes = readFileSync(wasm);
    const wasmName = hashed(name, '_bg.wasm', wasmBytes);
    const js = readFileSync(join(work, `${name}.js`), 'utf8').replaceAll(`${name}_bg.wasm`, wasmName);
    const jsName = hashed(name, '.js', js);
    writeFileSync(join(staging, wasmName), wasmBytes);
    writeFileSync(join(staging, jsName), js);
    console.log(`post-build: ${lang} embed bundle ${jsName}, ${wasmName} (${wasmBytes.length.toLocaleString('en-US')} bytes)`);
    return { module: jsName, wasm: wasmName };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function appBundle() {
  const files = readdirSync(staging);
  const module = files.find((f) => /^tendik-app-[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => /^tendik-app-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!module || !wasm) fail(`no hashed tendik-app module/wasm in ${staging}: ${files.join(', ')}`);
  return { module, wasm };
}

if (!staging) fail('TRUNK_STAGING_DIR is not set (run through trunk)');
const app = appBundle();
const embeds = Object.fromEntries(LANGS.map((lang) => [lang, buildEmbed(lang)]));
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
