import type { Page } from 'playwright-core';
import { loadedMachineWait } from './loaded-machine-wait';

/** The result addresses once the search page has shown its answer to the latest search. */
async function answer(page: Page): Promise<string[]> {
  // The results list is busy from the moment a search starts until its answer is on the page.
  await page.waitForFunction(() => document.getElementById('search-results')!.getAttribute('aria-busy') === 'false', null, { timeout: loadedMachineWait });
  return page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

/** Open the search page at the address of a search for `query` (`filters`: "&type=minutes"). */
export async function searchFor(page: Page, baseUrl: string, lang: string, query: string, filters = ''): Promise<string[]> {
  await page.goto(`${baseUrl}/${lang}/search/?q=${encodeURIComponent(query)}${filters}`);
  return answer(page);
}

/** Search again from the open search page's own form, as a reader who changes the query does. */
export async function searchAgain(page: Page, query: string, filters = ''): Promise<string[]> {
  const chosen = Object.fromEntries(new URLSearchParams(filters));
  await page.evaluate(
    ({ query, chosen }) => {
      const form = document.getElementById('search-form') as HTMLFormElement;
      (form.elements.namedItem('q') as HTMLInputElement).value = query;
      // The filters sit in a closed <details>: set them as the reader's choice would.
      for (const name of ['type', 'category', 'audience']) (form.elements.namedItem(name) as HTMLSelectElement).value = chosen[name] ?? '';
      form.requestSubmit();
    },
    { query, chosen },
  );
  return answer(page);
}
