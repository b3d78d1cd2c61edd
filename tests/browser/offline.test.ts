import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
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
    const icons = manifest.icons as { src: string; type: string; sizes: string; purpose: string }[];
    for (const icon of icons) {
      const response = await fetch(new URL(icon.src, inject('baseUrl')));
      expect({ src: icon.src, status: response.status, type: response.headers.get('content-type')?.split(';')[0] }).toEqual({ src: icon.src, status: 200, type: icon.type });
      // A PNG is as large as the manifest says.
      if (icon.type === 'image/png') {
        const { width, height } = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
        expect({ src: icon.src, size: `${width}x${height}` }).toEqual({ src: icon.src, size: icon.sizes });
      }
    }
    // Android's installer asks for PNGs of 192 and 512 pixels, for both purposes.
    expect(icons.filter((icon) => icon.type === 'image/png').map((icon) => `${icon.purpose} ${icon.sizes}`).sort()).toEqual(['any 192x192', 'any 512x512', 'maskable 192x192', 'maskable 512x512']);
    // iPhones take the page's apple-touch-icon: a 180-pixel PNG.
    const apple = await fetch(new URL((await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!, inject('baseUrl')));
    const { width, height } = PNG.sync.read(Buffer.from(await apple.arrayBuffer()));
    expect([apple.status, width, height]).toEqual([200, 180, 180]);
  });
});
