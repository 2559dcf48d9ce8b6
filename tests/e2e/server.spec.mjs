// tests/serve.mjs, the static server the app is tested (and served) with.

import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import net from 'node:net';
import { APP_URL, CSP_URL, DIST_DIR } from './helpers.mjs';
import { CSP } from '../serve.mjs';

// A raw HTTP/1.1 request, so that the path reaches the server exactly as written.
function rawGet(baseUrl, rawPath) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let data = '';
    socket.setEncoding('latin1');
    socket.setTimeout(5000, () => socket.destroy(new Error('timeout')));
    socket.on('connect', () =>
      socket.write(`GET ${rawPath} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), text: data }));
    socket.on('error', reject);
  });
}

test('serves index.html for / and the wasm as application/wasm', async ({ request }) => {
  const index = await request.get(`${APP_URL}/`);
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(index.headers()['content-security-policy']).toBeUndefined();

  const wasm = readdirSync(DIST_DIR).filter((f) => f.endsWith('.wasm'));
  expect(wasm.length, `.wasm files in ${DIST_DIR}`).toBeGreaterThan(0);
  for (const file of wasm) {
    const res = await request.get(`${APP_URL}/${file}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/wasm');
    expect((await res.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  }
  for (const file of readdirSync(DIST_DIR).filter((f) => f.endsWith('.js'))) {
    const res = await request.get(`${APP_URL}/${file}`);
    expect(res.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  }
});

test('answers 404 for missing files and for paths outside dist/', async ({ request }) => {
  expect((await request.get(`${APP_URL}/no-such-file.js`)).status()).toBe(404);
  for (const p of [
    '/../Cargo.toml',
    '/../../Cargo.toml',
    '/%2e%2e/Cargo.toml',
    '/..%2fCargo.toml',
    '/%2e%2e%2fCargo.toml',
    '/..%5cCargo.toml',
    '/%00index.html',
  ]) {
    const res = await rawGet(APP_URL, p);
    expect(res.status, `GET ${p}`).toBe(404);
    expect(res.text, `GET ${p}`).not.toContain('[workspace]');
  }
});

test('--csp sends the strict policy on every response', async ({ request }) => {
  for (const p of ['/', '/demo.html', '/no-such-file']) {
    const res = await request.get(`${CSP_URL}${p}`);
    expect(res.headers()['content-security-policy'], `GET ${p}`).toBe(CSP);
  }
  expect(CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(CSP).toContain("object-src 'none'");
});
