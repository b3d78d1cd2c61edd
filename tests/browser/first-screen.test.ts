import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { sitemapPaths } from '../support/dist-pages';

const browser = useBrowser();
const algorithmPages = () => sitemapPaths().filter((path) => /^\/[a-z]+\/algorithms\/[^/]+\/$/.test(path));

describe('on a 390×844 phone', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('every algorithm shows its title, its summary and the start of its immediate-danger card without scrolling', async () => {
    const paths = algorithmPages();
    expect(paths.length).toBeGreaterThanOrEqual(20);
    for (const path of paths) {
      await page.goto(`${inject('baseUrl')}${path}`);
      const positions = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        const cardHeading = box('.callout--immediate .callout__heading');
        const callBox = box('.call-box');
        return {
          title: (box('h1')?.top ?? -1) >= 0,
          summary: (box('.lead')?.bottom ?? Infinity) <= innerHeight,
          card: (cardHeading?.bottom ?? Infinity) <= innerHeight,
          numbersFollowTheCard: (callBox?.top ?? -1) >= (box('.callout--immediate')?.bottom ?? Infinity),
          quickExitOnTop: document.querySelector('.quick-exit') ? box('.quick-exit')?.top === 0 : 'no quick exit',
        };
      });
      expect({ path, ...positions }).toEqual({ path, title: true, summary: true, card: true, numbersFollowTheCard: true, quickExitOnTop: positions.quickExitOnTop });
      if (path.includes('domestic-violence')) expect({ path, quickExitOnTop: positions.quickExitOnTop }).toEqual({ path, quickExitOnTop: true });
    }
  });

  it('folds the sections, search and languages into one control that opens without JavaScript', async () => {
    const noScript = await browser().newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await noScript.goto(`${inject('baseUrl')}/uk/algorithms/fire-gas-or-collapse/`);
    expect(await noScript.locator('.site-nav').isVisible()).toBe(false);
    expect(await noScript.locator('#site-search-q').isVisible()).toBe(false);
    const control = noScript.locator('.site-menu summary');
    expect(await control.innerText()).toBe('Меню і пошук');
    // The site name and the control share one row.
    const [name, summary] = await Promise.all([noScript.locator('.site-name').boundingBox(), control.boundingBox()]);
    expect(Math.abs(name!.y + name!.height / 2 - (summary!.y + summary!.height / 2))).toBeLessThan(4);
    await control.click();
    expect(await noScript.locator('.site-nav a[href="/uk/minutes/"]').isVisible()).toBe(true);
    await noScript.locator('#site-search-q').fill('пожежа');
    await noScript.locator('#site-search-q').press('Enter');
    await noScript.waitForURL(/\/uk\/search\/\?q=/);
    // The search page keeps its own big search field.
    expect(await noScript.locator('#search-q').isVisible()).toBe(true);
    await noScript.close();
  });

  it('shows the full header from tablet width up, with no menu control', async () => {
    const tablet = await browser().newPage({ viewport: { width: 800, height: 1024 } });
    await tablet.goto(`${inject('baseUrl')}/en/algorithms/fire-gas-or-collapse/`);
    expect(await tablet.locator('.site-menu summary').isVisible()).toBe(false);
    for (const selector of ['.site-nav a[href="/en/minutes/"]', '#site-search-q', '.languages a[hreflang="uk"]']) {
      expect({ selector, visible: await tablet.locator(selector).isVisible() }).toEqual({ selector, visible: true });
    }
    await tablet.close();
  });
});
