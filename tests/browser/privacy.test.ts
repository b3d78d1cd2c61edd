import { expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { pagesToVisit } from '../support/site-pages';

const browser = useBrowser();

it('no page requests anything from another origin, and none sets a cookie', async () => {
  const baseUrl = inject('baseUrl');
  const context = await browser().newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  const seen: string[] = [];
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    seen.push(url);
    if (!url.startsWith(`${baseUrl}/`) && !url.startsWith('data:')) foreign.push(`${page.url()} → ${url}`);
  });
  for (const path of pagesToVisit()) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    // The root sends the browser on at once: let it arrive, or its refresh would cut the next visit short.
    if (path === '/') await page.waitForURL(/\/uk\/$/, { waitUntil: 'load' });
  }
  // A search loads Pagefind's script and WebAssembly: still only this origin, and nothing the policy blocks.
  await page.goto(`${baseUrl}/uk/search/?q=крадіжка`);
  await page.waitForSelector('.search-result');
  expect(foreign).toEqual([]);
  expect(blocked).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  // The listener saw every page load, so an empty list above means something.
  expect(seen.length).toBeGreaterThanOrEqual(pagesToVisit().length);
});
