// Scratch: widget heights at 360 px in each language (not committed).
import { chromium } from 'playwright-core';
const url = process.env.URL || 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
for (const lang of ['en', 'ru', 'kk']) {
  await page.goto(`${url}/?lang=${lang}`);
  await page.waitForTimeout(3000);
  const hs = await page.$$eval('[data-widget]', (els) => els.map((e) => [e.getAttribute('data-widget'), Math.round(e.getBoundingClientRect().height), Math.round(e.querySelector('.tendik-chart')?.getBoundingClientRect().height ?? 0), Math.round(e.querySelector('.tendik-notes')?.getBoundingClientRect().height ?? 0)]));
  console.log(lang, JSON.stringify(hs));
}
await browser.close();
