// Trunk post-build hook: writes the stable `tendik.js` loader, pointing it at the
// content-hashed module and wasm names of this build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('write-loader: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const files = readdirSync(staging);
const module = files.find((f) => /^tendik-app-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^tendik-app-[0-9a-f]+_bg\.wasm$/.test(f));
if (!module || !wasm) {
  console.error(`write-loader: no hashed module/wasm in ${staging}: ${files.join(', ')}`);
  process.exit(1);
}
const here = dirname(fileURLToPath(import.meta.url));
const template = readFileSync(join(here, 'loader.js'), 'utf8');
const loader = template.replaceAll('__TENDIK_MODULE__', module).replaceAll('__TENDIK_WASM__', wasm);
writeFileSync(join(staging, 'tendik.js'), loader);
console.log(`write-loader: tendik.js -> ${module}, ${wasm}`);
