#!/usr/bin/env node
// A tiny static file server for dist/, with no dependencies (node:http).
//
//   node tests/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--csp [POLICY]] [--cors] [--quiet]
//
// --csp sends a Content-Security-Policy on every response: by default the strict one
// below, the one an article page embedding Tendik may well have; or another of
// CSP_POLICIES by name (trusted-types, no-wasm, no-wasm-no-frames). Paths are resolved
// inside --root only; `/` and directories serve their index.html; anything else that is
// not a file is 404. --cors sends `Access-Control-Allow-Origin: *`, which pages on other
// origins need to load tendik.js, its modules and the wasm (README, "From another origin").
//
// Importable too: `import { startServer, staticHandler } from './serve.mjs'`.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');

// The policies a host page may have, by name. The host's policy is for its own pages:
// Tendik's frame page (embed.html) keeps the strict one, as on a host that serves
// Tendik's folder with the headers its README asks for.
export const CSP_POLICIES = {
  strict: CSP,
  // Trusted Types: no string may reach an HTML or script sink, and no policy may be made.
  'trusted-types': `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'`,
  // Many newsrooms' policies: scripts from their own origin, but no WebAssembly.
  'no-wasm': CSP.replace(" 'wasm-unsafe-eval'", ''),
  // ... and no frames either.
  'no-wasm-no-frames': `${CSP.replace(" 'wasm-unsafe-eval'", '')}; frame-src 'none'; child-src 'none'`,
};

// The policy a response to `urlPath` gets under the policy named `name`.
export function policyFor(name, urlPath) {
  if (!name) return null;
  const policy = CSP_POLICIES[name === true ? 'strict' : name];
  if (!policy) throw new Error(`unknown policy ${name}: one of ${Object.keys(CSP_POLICIES).join(', ')}`);
  return /(^|\/)embed\.html$/.test(urlPath) ? CSP : policy;
}

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root, file) {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

// Maps a request path to a file inside root, or null (→ 404).
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  let file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (!isInside(root, file)) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    const real = await realpath(file);
    if (!isInside(root, real)) return null; // a symlink out of root
    return { file: real, size: info.size };
  } catch {
    return null;
  }
}

// The request handler: serves files of `root`; `csp` is a policy name, or true (strict).
export function staticHandler({ root, csp = false, cors = false }) {
  policyFor(csp, '/'); // an unknown name fails here, not on the first request
  const rootPromise = realpath(path.resolve(root));
  return async (req, res) => {
    const headers = {
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let urlPath;
    try {
      urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      send(400, 'Bad request\n');
      return;
    }
    const policy = policyFor(csp, urlPath);
    if (policy) headers['Content-Security-Policy'] = policy;
    // The raw request line is checked too: URL parsing already removed dot segments.
    const rawPath = (req.url ?? '/').split('?')[0];
    if (/(^|[/\\])\.\.([/\\]|$)|%2e%2e|%2f|%5c/i.test(rawPath)) {
      send(404, 'Not found\n');
      return;
    }
    const found = await resolveFile(await rootPromise, urlPath);
    if (!found) {
      send(404, 'Not found\n');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': mimeType(found.file),
      'Content-Length': found.size,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}

export function createStaticServer(options) {
  return createServer(staticHandler(options));
}

// Starts serving; resolves to { server, url } once listening.
export function startServer({ root, port = 8080, host = '127.0.0.1', csp = false, cors = false }) {
  const server = createStaticServer({ root, csp, cors });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

function parseArgs(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const opts = {
    root: path.resolve(here, '..', 'dist'),
    port: Number(process.env.PORT ?? 8080),
    host: '127.0.0.1',
    csp: false,
    cors: false,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--root') opts.root = path.resolve(value());
    else if (arg === '--port') opts.port = Number(value());
    else if (arg === '--host') opts.host = value();
    else if (arg === '--csp') opts.csp = argv[i + 1] in CSP_POLICIES ? argv[++i] : true;
    else if (arg === '--cors') opts.cors = true;
    else if (arg === '--quiet') opts.quiet = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(
        `usage: node tests/serve.mjs [--root DIR] [--port N] [--host ADDR] [--csp [${Object.keys(CSP_POLICIES).join('|')}]] [--cors] [--quiet]`,
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`bad port: ${opts.port}`);
  }
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`serve: ${err.message}`);
    process.exit(2);
  }
  try {
    const info = await stat(path.join(opts.root, 'index.html'));
    if (!info.isFile()) throw new Error('not a file');
  } catch {
    console.error(`serve: ${path.join(opts.root, 'index.html')} is missing: build first (bash scripts/build.sh)`);
    process.exit(1);
  }
  let url;
  let server;
  try {
    ({ server, url } = await startServer(opts));
  } catch (err) {
    console.error(`serve: cannot listen on ${opts.host}:${opts.port}: ${err.message}`);
    process.exit(1);
  }
  if (!opts.quiet) {
    const policy = opts.csp === true ? 'strict' : opts.csp;
    const notes = [opts.root];
    if (policy) notes.push(`Content-Security-Policy: ${policy}`);
    if (opts.cors) notes.push('CORS: any origin');
    console.log(`serve: serving at ${url} (${notes.join('; ')})`);
  }
  const stop = () => {
    server.closeAllConnections?.();
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();
