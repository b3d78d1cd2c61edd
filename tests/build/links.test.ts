import { expect, it } from 'vitest';
import { sitemapPaths } from '../support/dist-pages';
import { checkLinks } from '../support/link-check';
import { distDir } from '../support/paths';

it('has no broken link or anchor anywhere in the built site', async () => {
  // Absolute links to the site's public address (canonical, hreflang) are checked against
  // the page list in pages.test.ts.
  const { broken, ok } = await checkLinks({ path: distDir, port: 4397 });
  expect(broken).toEqual([]);
  // Proves the checker really walked the whole site rather than passing on nothing.
  // Linkinator reports pages of its own server as paths under dist/.
  const reached = new Set(ok.map((url) => url.replace(/^.*?dist(?=\/)/, '')));
  // The search pages are reached through the search form, which no link checker follows.
  expect(sitemapPaths().filter((listed) => !reached.has(listed) && !listed.endsWith('/search/'))).toEqual([]);
});
