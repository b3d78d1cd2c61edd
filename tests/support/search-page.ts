import type { Page } from 'playwright-core';
import { loadedMachineWait } from './loaded-machine-wait';

/** Open the search page for `query` and wait until it has shown its answer. */
export async function searchFor(page: Page, baseUrl: string, lang: string, query: string, filters = ''): Promise<string[]> {
  await page.goto(`${baseUrl}/${lang}/search/?q=${encodeURIComponent(query)}${filters}`);
  await page.waitForFunction(
    () => document.querySelectorAll('.search-result').length > 0 || !document.getElementById('search-fallback')!.hidden,
    null,
    { timeout: loadedMachineWait },
  );
  return page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}
