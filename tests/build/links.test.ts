import { LinkChecker } from 'linkinator';
import { expect, it } from 'vitest';
import { sitemapPaths } from '../support/dist-pages';
import { distDir } from '../support/paths';

it('has no broken link or anchor anywhere in the built site', async () => {
  const checker = new LinkChecker();
  const port = 4397;
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    port,
    // Linkinator serves dist/ on this port and follows every link within it. Outside sites
    // are not ours to test (and there is no network here); absolute links to the site's
    // public address (canonical, hreflang) are checked against the page list in pages.test.ts.
    linksToSkip: async (link: string) => !link.startsWith(`http://127.0.0.1:${port}/`),
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`);
  expect(broken).toEqual([]);
  // Proves the checker really walked the whole site rather than passing on nothing.
  // Linkinator reports pages of its own server as paths under dist/.
  const reached = new Set(result.links.filter((link) => link.state === 'OK').map((link) => link.url.replace(/^.*?dist(?=\/)/, '')));
  // The search pages are reached through the search form, which no link checker follows.
  expect(sitemapPaths().filter((listed) => !reached.has(listed) && !listed.endsWith('/search/'))).toEqual([]);
});
