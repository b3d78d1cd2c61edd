import { LinkChecker } from 'linkinator';
import { expect, it } from 'vitest';
import { sitemapPaths } from '../support/dist-pages';
import { distDir } from '../support/paths';

it('has no broken link or anchor anywhere in the built site', async () => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    // No network here, and outside sites are not ours to test: check every link within the site.
    linksToSkip: [/^(?!https?:\/\/(localhost|127\.0\.0\.1):)/],
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`);
  expect(broken).toEqual([]);
  // Proves the checker really walked the whole site rather than passing on nothing.
  const reached = new Set(result.links.filter((link) => link.state === 'OK' && link.url.startsWith('http')).map((link) => new URL(link.url).pathname));
  expect(sitemapPaths().filter((listed) => !reached.has(listed))).toEqual([]);
});
