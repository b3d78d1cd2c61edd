import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { pagesToVisit } from '../support/site-pages';

/**
 * Every page a visitor can reach, opened once with JavaScript and once without, on a 320×568
 * phone (the narrowest screen WCAG's reflow criterion names): one pair of visits per page
 * answers what the tests below ask of every page.
 */
const browser = useBrowser();
const phone = { viewport: { width: 320, height: 568 }, isMobile: true };

const foreign: string[] = [];
const blocked: string[] = [];
const requested: string[] = [];
let cookies: unknown[] = [];
const wide: string[] = [];
const unreadable: string[] = [];
let visited = 0;

/** The page's text as a reader gets it, less the controls only JavaScript can work. */
const readingText = (page: Page) =>
  page.evaluate(() => {
    // A share button, the offline copy's buttons and status: marked data-enhancement.
    for (const enhancement of document.querySelectorAll('[data-enhancement]')) enhancement.remove();
    return document.body.innerText;
  });

/** Elements wider than the screen, outside boxes that scroll sideways on their own (a code sample). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const sticking = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5 && !inScroller(element));
    return { scroll: document.documentElement.scrollWidth - width, elements: sticking.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`) };
  });

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  const scripted = await browser().newContext(phone);
  const page = await scripted.newPage();
  const plain = await (await browser().newContext({ ...phone, javaScriptEnabled: false })).newPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    requested.push(url);
    if (!url.startsWith(`${baseUrl}/`) && !url.startsWith('data:')) foreign.push(`${page.url()} → ${url}`);
  });
  for (const path of pagesToVisit()) {
    if (path === '/') {
      // The root sends the browser on at once: let it arrive, or its refresh would cut the next visit short.
      await page.goto(`${baseUrl}/`);
      await page.waitForURL(/\/uk\/$/, { waitUntil: 'load' });
      continue;
    }
    await Promise.all([page.goto(`${baseUrl}${path}`), plain.goto(`${baseUrl}${path}`)]);
    visited++;
    const { scroll, elements } = await overflow(page);
    if (scroll > 0 || elements.length > 0) wide.push(`${path}: ${scroll}px wider; ${elements.join(', ')}`);
    if (path.endsWith('/search/')) continue; // interactive by nature; its no-JavaScript answer is tested in search.test.ts
    if (/\/leaflets\/pack\//.test(path)) continue; // the leaflet choice appears only with JavaScript; tested in leaflets.test.ts
    const [full, bare] = await Promise.all([readingText(page), readingText(plain)]);
    if (bare !== full || bare.length < 200) unreadable.push(`${path}: ${bare.length} characters without JavaScript, ${full.length} with`);
  }
  // A search loads Pagefind's script and WebAssembly: still only this origin, and nothing the policy blocks.
  await page.goto(`${baseUrl}/uk/search/?q=крадіжка`);
  await page.waitForSelector('.search-result');
  cookies = await scripted.cookies();
}, 600_000);

it('no page requests anything from another origin, and none sets a cookie', () => {
  expect(foreign).toEqual([]);
  expect(blocked).toEqual([]);
  expect(cookies).toEqual([]);
  // The listener saw every page load, so an empty list above means something.
  expect(requested.length).toBeGreaterThanOrEqual(pagesToVisit().length);
});

it('every page reads fully with JavaScript disabled', () => {
  expect(visited).toBe(pagesToVisit().length - 1);
  expect(unreadable).toEqual([]);
});

it('on a 320×568 phone, nothing on any page is wider than the screen', () => {
  expect(wide).toEqual([]);
});

it('the root leads to the Ukrainian home page without JavaScript', async () => {
  const page = await (await browser().newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${inject('baseUrl')}/`);
  await page.waitForURL(/\/uk\/$/);
  expect(await page.locator('h1').innerText()).toBe('Безпечне місто');
});
