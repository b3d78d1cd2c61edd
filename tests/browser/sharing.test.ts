import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';

const browser = useBrowser();
let context: BrowserContext;
let page: Page;

const canonical = (on: Page) => on.locator('link[rel="canonical"]').getAttribute('href');

beforeAll(async () => {
  context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

describe('sharing an entry', () => {
  it('copies the page’s permanent address where there is no share sheet, and says so where it can be seen', async () => {
    await page.goto(`${inject('baseUrl')}/uk/algorithms/street-robbery/`);
    const button = page.locator('.share__button');
    expect(await button.innerText()).toBe('Копіювати посилання');
    await button.click();
    const status = page.locator('.share__status');
    await expect.poll(() => status.innerText()).toBe('Посилання скопійовано.');
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page));
  });

  it('shares a step by its permanent anchor when its "#" is tapped', async () => {
    await page.goto(`${inject('baseUrl')}/uk/algorithms/street-robbery/`);
    await page.locator('li#step-2 a.step__link').click();
    await expect.poll(() => page.locator('.share__status').innerText()).toBe('Посилання на цей крок скопійовано.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await canonical(page)}#step-2`);
    // The link still does what it did: the address bar shows the step too.
    expect(new URL(page.url()).hash).toBe('#step-2');
  });

  it('opens the system share sheet where the browser has one, on minutes and recommendations too', async () => {
    const sharing = await browser().newContext();
    await sharing.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => ((window as unknown as { shared: ShareData[] }).shared ??= []).push(data) && Promise.resolve() });
    });
    const tab = await sharing.newPage();
    for (const path of ['/en/minutes/2017-02-21-first-working-meeting/', '/en/recommendations/police-civil-society-cooperation/', '/en/algorithms/evacuation/']) {
      await tab.goto(`${inject('baseUrl')}${path}`);
      const button = tab.locator('.share__button');
      expect({ path, label: await button.innerText() }).toEqual({ path, label: 'Share this page' });
      await button.click();
      const shared = await tab.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
      expect({ path, shared }).toEqual({ path, shared: [{ title: await tab.title(), url: await canonical(tab) }] });
    }
    await sharing.close();
  });

  it('without JavaScript, shows the address to copy and no button that would not work', async () => {
    const plain = await browser().newContext({ javaScriptEnabled: false });
    const tab = await plain.newPage();
    await tab.goto(`${inject('baseUrl')}/uk/algorithms/street-robbery/`);
    expect(await tab.locator('#share-address').inputValue()).toBe(await canonical(tab));
    expect(await tab.getByLabel('Адреса цієї сторінки, щоб надіслати її в месенджері чи листом:').isVisible()).toBe(true);
    expect(await tab.locator('.share__button').isVisible()).toBe(false);
    await plain.close();
  });
});
