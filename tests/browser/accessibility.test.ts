import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { htmlFiles, sitemapPaths } from '../support/dist-pages';
import { inTabs } from '../support/tabs';
import { reviewSheetsFolder } from '../../src/site-structure';

const browser = useBrowser();
// The sitemap's pages, the "not found" pages and the editors' review sheets (kept out of the sitemap).
const reviewSheets = () => htmlFiles().filter((file) => file.includes(`/${reviewSheetsFolder}/`)).map((file) => `/${file.replace(/index\.html$/, '')}`);
const paths = () => [...sitemapPaths(), '/uk/404/', '/en/404/', ...reviewSheets()];

// The minified build: Chromium parses it on every page, and the full one takes twice as long.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag: axe.RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] };
// Only colour changes between the schemes, so only the rules about colour run again in the dark.
const colour: axe.RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] };

async function violations(page: Page, path: string, options: axe.RunOptions): Promise<string[]> {
  const results = await page.evaluate((only) => (window as unknown as { axe: typeof axe }).axe.run(document, only), options);
  return results.violations.map((violation) => `${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const found = { light: new Map<string, string[]>(), dark: new Map<string, string[]>() };

/**
 * Every page is opened once: axe runs all its rules in the light scheme, then the colour rules
 * again in the dark one, in two tabs: axe keeps one core busy per tab.
 */
beforeAll(async () => {
  const open = async () => {
    // axe is injected as a script, which the site's own Content-Security-Policy forbids.
    const context = await browser().newContext({ bypassCSP: true });
    await context.addInitScript({ content: axeSource });
    return context.newPage();
  };
  await inTabs(2, open, paths(), async (page, path) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${inject('baseUrl')}${path}`);
    found.light.set(path, await violations(page, path, wcag));
    // Paper (leaflets, review sheets) is black on white in either scheme: one pass checks it.
    if (await page.evaluate(() => document.documentElement.classList.contains('light-only'))) return;
    await page.emulateMedia({ colorScheme: 'dark' });
    found.dark.set(path, await violations(page, path, colour));
  });
}, 600_000);

it('axe finds no WCAG 2.2 AA violation on any page in the sitemap', () => {
  // In page order, whichever tab checked it.
  expect(paths().flatMap((path) => found.light.get(path) ?? [`${path}: not checked`])).toEqual([]);
  expect(paths().length).toBeGreaterThanOrEqual(40);
  expect(reviewSheets().length).toBeGreaterThan(0);
});

it('keeps AA contrast on every page in the dark scheme too', async () => {
  const page = await browser().newPage({ colorScheme: 'dark' });
  const background = async (path: string) => {
    await page.goto(`${inject('baseUrl')}${path}`);
    return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  };
  expect(await background('/uk/')).toBe('rgb(22, 22, 22)');
  // A leaflet is printed, and looks on screen as it will on paper: black on white.
  expect(await background('/uk/leaflets/street-robbery/')).toBe('rgb(255, 255, 255)');
  // Only paper (a leaflet, a pack, a review sheet) was left out of the dark pass.
  const paper = (path: string) => /\/leaflets\/.+/.test(path) || path.includes(`/${reviewSheetsFolder}/`);
  expect(paths().filter((path) => !found.dark.has(path) && !paper(path))).toEqual([]);
  expect(paths().flatMap((path) => found.dark.get(path) ?? [])).toEqual([]);
});
