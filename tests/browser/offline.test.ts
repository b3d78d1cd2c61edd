import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { PNG } from 'pngjs';
import { axeViolations, colourRules } from '../support/axe-check';
import { useBrowser } from '../support/browser';
import { loadedMachineWait } from '../support/loaded-machine-wait';

const browser = useBrowser();
let context: BrowserContext;
let page: Page;

/** Visit one page and wait until the service worker says the language is kept. */
async function visitAndKeep(path: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.offline === document.documentElement.lang, null, { timeout: loadedMachineWait });
}

beforeAll(async () => {
  context = await browser().newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

describe('offline reading', () => {
  it('after one visit, keeps the contacts and every algorithm of that language, but no leaflet unless asked', async () => {
    await visitAndKeep('/uk/algorithms/street-robbery/');
    await context.setOffline(true);
    for (const path of ['/uk/contacts/', '/uk/algorithms/missing-child/', '/uk/algorithms/air-raid-alert-and-shelling/', '/uk/categories/fraud/']) {
      await page.goto(`${inject('baseUrl')}${path}`);
      expect({ path, h1: await page.locator('h1').first().innerText() }).not.toEqual({ path, h1: 'Немає зв’язку' });
      expect(await page.locator('aside.emergency a[href="tel:102"]').count()).toBe(1);
    }
    await page.goto(`${inject('baseUrl')}/uk/leaflets/road-accident/`);
    expect(await page.locator('h1').innerText()).toBe('Немає зв’язку');
    await context.setOffline(false);
  });

  it('once the copy is kept, later visits download nothing for it, not even its list', async () => {
    await visitAndKeep('/uk/algorithms/street-robbery/');
    const fetched: string[] = [];
    const listen = (request: Request) => fetched.push(new URL(request.url()).pathname);
    // The context hears the service worker's requests too.
    context.on('request', listen);
    await visitAndKeep('/uk/algorithms/missing-child/');
    await visitAndKeep('/uk/categories/fraud/');
    context.off('request', listen);
    expect(fetched).toContain('/uk/categories/fraud/');
    expect(fetched.filter((pathname) => pathname.startsWith('/offline/'))).toEqual([]);
  });

  it('searches with no network after one visit, in Ukrainian and in English, and opens a result', async () => {
    for (const { lang, visit, query, offlineTitle } of [
      { lang: 'uk', visit: '/uk/algorithms/street-robbery/', query: 'пожежа', offlineTitle: 'Немає зв’язку' },
      { lang: 'en', visit: '/en/contacts/', query: 'fire', offlineTitle: 'No connection' },
    ]) {
      await visitAndKeep(visit);
      await context.setOffline(true);
      await page.goto(`${inject('baseUrl')}/${lang}/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('.search-result a').first();
      await first.waitFor({ timeout: loadedMachineWait });
      const href = await first.getAttribute('href');
      await first.click();
      await page.waitForURL((url) => url.pathname === href);
      expect({ lang, href, h1: await page.locator('h1').innerText() }).not.toEqual({ lang, href, h1: offlineTitle });
      await context.setOffline(false);
    }
  });

  it('says, with no network, when a search finds pages that are not saved, instead of a count it cannot open', async () => {
    await visitAndKeep('/uk/algorithms/street-robbery/');
    await context.setOffline(true);
    // Meeting records are not in the offline copy; this organisation is named in one.
    await page.goto(`${inject('baseUrl')}/uk/search/?q=${encodeURIComponent('генерація')}`);
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Немає зв’язку: показано лише те, що збережено на цьому пристрої.');
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

describe('the offline copy, as the reader chooses', () => {
  const status = (on: Page) => on.locator('#offline-copy-status').innerText();
  const kept = (on: Page, url: string) => on.evaluate(async (address) => Boolean(await caches.match(address)), url);

  it('says on the contacts page what is saved, and saves everything, keeps only the essentials or removes it on request', async () => {
    const own = await browser().newContext();
    const tab = await own.newPage();
    const list = (await (await fetch(`${inject('baseUrl')}/offline/uk.json`)).json()) as { algorithms: { automatic: number; all: number } };
    await tab.goto(`${inject('baseUrl')}/uk/contacts/`);
    await tab.waitForFunction(() => document.documentElement.dataset.offline === 'uk', null, { timeout: loadedMachineWait });
    await tab.reload();
    await expect.poll(() => status(tab)).toContain(`алгоритми (${list.algorithms.automatic} з ${list.algorithms.all})`);
    expect(await kept(tab, '/uk/leaflets/road-accident/')).toBe(false);
    // The every-page crawl runs without the service worker, so the controls in this state are checked here.
    expect(await axeViolations(tab, 'contacts, copy saved')).toEqual([]);
    await tab.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(tab, 'contacts, copy saved, dark', colourRules)).toEqual([]);
    await tab.emulateMedia({ colorScheme: 'light' });

    await tab.getByRole('button', { name: /Зберегти все, разом з листівками \(\d+,\d МБ\)/ }).click();
    await expect.poll(() => status(tab)).toMatch(/^Збережено .*: усе, разом з листівками, близько \d+,\d МБ\.$/);
    expect(await kept(tab, '/uk/leaflets/road-accident/')).toBe(true);

    await tab.getByRole('button', { name: 'Залишити лише основне' }).click();
    await expect.poll(() => status(tab)).toContain(`алгоритми (${list.algorithms.automatic} з ${list.algorithms.all})`);
    expect(await kept(tab, '/uk/leaflets/road-accident/')).toBe(false);
    expect(await kept(tab, '/uk/contacts/')).toBe(true);

    await tab.getByRole('button', { name: 'Видалити збережене' }).click();
    await expect.poll(() => status(tab)).toBe('Збережене видалено. Сайт нічого не зберігатиме, доки ви не попросите.');
    expect(await kept(tab, '/uk/contacts/')).toBe(false);
    // The choice holds: the next visit saves nothing.
    await tab.goto(`${inject('baseUrl')}/uk/algorithms/street-robbery/`);
    await tab.waitForFunction(() => document.documentElement.dataset.offline === '', null, { timeout: loadedMachineWait });
    expect(await kept(tab, '/uk/contacts/')).toBe(false);

    await tab.goto(`${inject('baseUrl')}/uk/contacts/`);
    await expect.poll(() => status(tab)).toBe('Зараз нічого не збережено.');
    await tab.getByRole('button', { name: /^Зберегти основне/ }).click();
    await expect.poll(() => status(tab)).toContain('Збережено');
    expect(await kept(tab, '/uk/algorithms/missing-child/')).toBe(true);
    await own.close();
  });

  it('saves nothing by itself when the browser is set to save data, but saves on request', async () => {
    const own = await browser().newContext();
    await own.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const tab = await own.newPage();
    await tab.goto(`${inject('baseUrl')}/en/algorithms/street-robbery/`);
    await tab.goto(`${inject('baseUrl')}/en/contacts/`);
    await expect.poll(() => status(tab)).toBe('Nothing is saved now. Your browser is set to save data, so the site saves nothing by itself.');
    expect(await tab.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('safe-city-')))).toEqual([]);
    await tab.getByRole('button', { name: /^Save the essentials/ }).click();
    await expect.poll(() => status(tab)).toContain('Saved');
    expect(await kept(tab, '/en/algorithms/missing-child/')).toBe(true);
    await own.close();
  });

  it('without JavaScript, says that saving needs it and offers no button that would not work', async () => {
    const own = await browser().newContext({ javaScriptEnabled: false });
    const tab = await own.newPage();
    await tab.goto(`${inject('baseUrl')}/en/contacts/`);
    expect(await status(tab)).toBe('To save pages or remove what is saved, JavaScript needs to be on.');
    expect(await tab.locator('#offline-copy-actions button').filter({ visible: true }).count()).toBe(0);
    await own.close();
  });
});
