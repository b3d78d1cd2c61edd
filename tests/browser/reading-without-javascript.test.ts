import { expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { pagesToVisit } from '../support/site-pages';

const browser = useBrowser();

it('every page reads fully with JavaScript disabled', async () => {
  const baseUrl = inject('baseUrl');
  const withScript = await (await browser().newContext()).newPage();
  const withoutScript = await (await browser().newContext({ javaScriptEnabled: false })).newPage();
  const differences: string[] = [];
  for (const path of pagesToVisit()) {
    if (path === '/') continue; // the root's only job is the refresh, checked below
    if (path.endsWith('/search/')) continue; // interactive by nature; its no-JavaScript answer is tested in search.test.ts
    if (/\/leaflets\/pack\//.test(path)) continue; // the leaflet choice appears only with JavaScript; tested in leaflets.test.ts
    await withScript.goto(`${baseUrl}${path}`);
    await withoutScript.goto(`${baseUrl}${path}`);
    // Controls that only JavaScript can work (a share button, the offline copy's buttons and
    // status) are marked data-enhancement: the rest of the page must read the same.
    const read = (page: typeof withScript) =>
      page.evaluate(() => {
        for (const enhancement of document.querySelectorAll('[data-enhancement]')) enhancement.remove();
        return document.body.innerText;
      });
    const [full, plain] = await Promise.all([read(withScript), read(withoutScript)]);
    if (plain !== full || plain.length < 200) differences.push(`${path}: ${plain.length} characters without JavaScript, ${full.length} with`);
  }
  expect(differences).toEqual([]);
});

it('the root leads to the Ukrainian home page without JavaScript', async () => {
  const page = await (await browser().newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${inject('baseUrl')}/`);
  await page.waitForURL(/\/uk\/$/);
  expect(await page.locator('h1').innerText()).toBe('Безпечне місто');
});
