import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { htmlFiles, sitemapPaths } from '../support/dist-pages';
import { reviewSheetsFolder } from '../../src/site-structure';

const browser = useBrowser();
// The sitemap's pages, the "not found" pages and the editors' review sheets (kept out of the sitemap).
const reviewSheets = () => htmlFiles().filter((file) => file.includes(`/${reviewSheetsFolder}/`)).map((file) => `/${file.replace(/index\.html$/, '')}`);
const paths = () => [...sitemapPaths(), '/uk/404/', '/en/404/', ...reviewSheets()];

/**
 * The violations axe finds on every page, with only the rules given in `runOnly`. Two tabs take
 * turns through the pages: axe keeps one core busy per tab, and the machine has two.
 */
async function violationsOnEveryPage(options: Parameters<ReturnType<typeof browser>['newPage']>[0], runOnly: axe.RunOptions['runOnly'], skipLightOnly = false): Promise<string[]> {
  const baseUrl = inject('baseUrl');
  const queue = [...paths()];
  const found = new Map<string, string[]>();
  const tab = async (page: Page) => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(`${baseUrl}${path}`);
      // Paper (leaflets, review sheets) is black on white in either scheme: one pass checks it.
      if (skipLightOnly && (await page.evaluate(() => document.documentElement.classList.contains('light-only')))) {
        found.set(path, []);
        continue;
      }
      await page.addScriptTag({ content: axe.source });
      const results = await page.evaluate((only) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: only } as axe.RunOptions), runOnly);
      found.set(path, results.violations.map((violation) => `${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
    }
    await page.close();
  };
  await Promise.all([tab(await browser().newPage(options)), tab(await browser().newPage(options))]);
  // In page order, whichever tab checked it.
  return paths().flatMap((path) => found.get(path) ?? [`${path}: not checked`]);
}

// Each runs axe on every page (a minute or two on two cores): the time limit leaves room for a
// busy machine.
it('axe finds no WCAG 2.2 AA violation on any page in the sitemap', { timeout: 420_000 }, async () => {
  // axe is injected as an inline script, which the site's own Content-Security-Policy forbids.
  expect(await violationsOnEveryPage({ bypassCSP: true }, { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })).toEqual([]);
  expect(paths().length).toBeGreaterThanOrEqual(40);
  expect(reviewSheets().length).toBeGreaterThan(0);
});

it('keeps AA contrast on every page in the dark scheme too', { timeout: 420_000 }, async () => {
  // Only colour changes between the schemes, so only the rules about colour run again.
  const page = await browser().newPage({ bypassCSP: true, colorScheme: 'dark' });
  const background = async (path: string) => {
    await page.goto(`${inject('baseUrl')}${path}`);
    return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  };
  expect(await background('/uk/')).toBe('rgb(22, 22, 22)');
  // A leaflet is printed, and looks on screen as it will on paper: black on white.
  expect(await background('/uk/leaflets/street-robbery/')).toBe('rgb(255, 255, 255)');
  expect(await violationsOnEveryPage({ bypassCSP: true, colorScheme: 'dark' }, { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, true)).toEqual([]);
});
