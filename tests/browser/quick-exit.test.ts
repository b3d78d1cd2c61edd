import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTestChromium } from '../support/browser';
import { siteSettings } from '../../src/site-settings';

let browser: Browser;
beforeAll(async () => {
  browser = await launchTestChromium();
});
afterAll(async () => {
  await browser?.close();
});

const neutral = new URL(siteSettings.quickExitUrl);
const sensitivePages = ['/uk/algorithms/domestic-violence/', '/en/categories/domestic-violence/', '/uk/leaflets/domestic-violence/', '/en/leaflets/domestic-violence/a5/'];

/** A context in which the neutral site answers locally: the tests never leave this machine. */
async function offlineContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(`${neutral.origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
  return context;
}

describe('quick exit', () => {
  it('leaves for the neutral site on a click, and Back does not return', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/uk/`);
    for (const path of sensitivePages) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await Promise.all([page.waitForURL(`${neutral.origin}/**`), page.locator('[data-quick-exit]').click()]);
      await page.goBack();
      expect({ path, back: page.url() }).toEqual({ path, back: `${inject('baseUrl')}/uk/` });
      await page.goto(`${inject('baseUrl')}/uk/`);
    }
    await context.close();
  });

  it('leaves when Shift is pressed three times within five seconds', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/uk/algorithms/domestic-violence/`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(page.url()).toContain('/domestic-violence/');
    await Promise.all([page.waitForURL(`${neutral.origin}/**`), page.keyboard.press('Shift')]);
    await context.close();
  });

  it('hides the page at once, before the neutral site has loaded', async () => {
    const context = await browser.newContext();
    // A slow connection: the neutral site takes three seconds to answer.
    await context.route(`${neutral.origin}/**`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.fulfill({ contentType: 'text/html', body: 'neutral' });
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/uk/algorithms/domestic-violence/`);
    // Click and look in the same turn of the page's event loop, before any navigation.
    const hidden = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('[data-quick-exit]')!.click();
      return document.body.hidden && document.title === '';
    });
    expect(hidden).toBe(true);
    await context.close();
  });

  it('stays in view while the page scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 700 } });
    await page.goto(`${inject('baseUrl')}/uk/algorithms/domestic-violence/`);
    await page.mouse.wheel(0, 2500);
    await page.waitForFunction(() => window.scrollY > 1000);
    const box = await page.locator('[data-quick-exit]').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(80);
    await page.close();
  });

  it('without JavaScript is a plain link to the same neutral site', async () => {
    const context = await offlineContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/uk/algorithms/domestic-violence/`);
    expect(await page.locator('[data-quick-exit]').getAttribute('href')).toBe(siteSettings.quickExitUrl);
    await Promise.all([page.waitForURL(`${neutral.origin}/**`), page.locator('[data-quick-exit]').click()]);
    await context.close();
  });

  it('links to a page saying plainly what it cannot do', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/uk/algorithms/domestic-violence/`);
    await Promise.all([page.waitForURL(/staying-safe-online/), page.locator('.quick-exit__hint a').click()]);
    expect(await page.locator('main').innerText()).toContain('Кнопка не стирає історію браузера');
    await page.close();
  });
});
