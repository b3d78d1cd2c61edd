import axe from 'axe-core';
import { expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { sitemapPaths } from '../support/dist-pages';

const browser = useBrowser();

it('axe finds no WCAG 2.2 AA violation on any page in the sitemap', async () => {
  const baseUrl = inject('baseUrl');
  // axe is injected as an inline script, which the site's own Content-Security-Policy forbids.
  const page = await browser().newPage({ bypassCSP: true });
  const violations: string[] = [];
  const paths = [...sitemapPaths(), '/uk/404/', '/en/404/'];
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    await page.addScriptTag({ content: axe.source });
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }),
    );
    for (const violation of results.violations) {
      violations.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  expect(violations).toEqual([]);
  expect(paths.length).toBeGreaterThanOrEqual(40);
});
