import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const browser = useBrowser();
let context: BrowserContext;
let page: Page;

/** Visit one page and wait until the service worker says the language is kept. */
async function visitAndKeep(path: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.offline === document.documentElement.lang, null, { timeout: 60_000 });
}

beforeAll(async () => {
  context = await browser().newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

describe('offline reading', () => {
  it('after one visit, keeps the contacts, every algorithm and every leaflet of that language', async () => {
    await visitAndKeep('/uk/algorithms/street-robbery/');
    await context.setOffline(true);
    for (const path of ['/uk/contacts/', '/uk/algorithms/missing-child/', '/uk/leaflets/road-accident/', '/uk/categories/fraud/']) {
      await page.goto(`${inject('baseUrl')}${path}`);
      expect({ path, h1: await page.locator('h1').first().innerText() }).not.toEqual({ path, h1: 'Немає зв’язку' });
      expect(await page.locator('aside.emergency a[href="tel:102"]').count()).toBe(1);
    }
    await context.setOffline(false);
  });

  it('shows the offline page for a page it does not keep', async () => {
    await context.setOffline(true);
    await page.goto(`${inject('baseUrl')}/uk/minutes/`);
    expect(await page.locator('h1').innerText()).toBe('Немає зв’язку');
    expect(await page.locator('main a[href="/uk/contacts/"]').count()).toBe(1);
    await context.setOffline(false);
  });

  it('serves the current page from the network when online', async () => {
    await page.goto(`${inject('baseUrl')}/uk/minutes/`);
    expect(await page.locator('h1').innerText()).toBe('Робочі зустрічі громадськості та поліції');
  });

  it('drops every copy kept by an older deploy', async () => {
    await page.evaluate(async () => {
      const stale = await caches.open('safe-city-0000000000000000-uk');
      await stale.put('/uk/contacts/', new Response('stale'));
    });
    // A new service worker activating (as after a deploy) clears caches of other versions.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.unregister();
    });
    await visitAndKeep('/uk/');
    await page.waitForFunction(async () => !(await caches.keys()).includes('safe-city-0000000000000000-uk'));
    expect((await page.evaluate(() => caches.keys())).every((name) => !name.includes('0000000000000000'))).toBe(true);
  });

  it('is installable: a manifest with a name, a start page and icons', async () => {
    const manifest = await (await fetch(`${inject('baseUrl')}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ start_url: '/uk/', display: 'standalone' });
    expect(manifest.icons.length).toBeGreaterThan(0);
    // Every page names it, and every icon it names is there, of the type it says.
    await page.goto(`${inject('baseUrl')}/en/algorithms/street-robbery/`);
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    for (const icon of manifest.icons as { src: string; type: string; sizes: string }[]) {
      const response = await fetch(new URL(icon.src, inject('baseUrl')));
      expect({ src: icon.src, status: response.status, type: response.headers.get('content-type')?.split(';')[0] }).toEqual({ src: icon.src, status: 200, type: icon.type });
    }
  });
});
