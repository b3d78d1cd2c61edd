import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium';
import { pagesToVisit } from '../support/site-pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('no page requests anything from another origin, and none sets a cookie', async () => {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    seen.push(url);
    if (!url.startsWith(`${baseUrl}/`) && !url.startsWith('data:')) foreign.push(`${page.url()} → ${url}`);
  });
  for (const path of pagesToVisit()) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  // The listener saw every page load, so an empty list above means something.
  expect(seen.length).toBeGreaterThanOrEqual(pagesToVisit().length);
});
