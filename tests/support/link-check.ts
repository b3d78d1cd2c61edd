import { LinkChecker } from 'linkinator';

/**
 * Serves a built site on `port` and follows every link and anchor in it. Outside sites are
 * not ours to test (and there is no network here), so only links to that port are followed;
 * a build whose SITE_URL names the port has its absolute links (canonical, cards) checked too.
 */
export async function checkLinks(options: { path: string; port: number; serverRoot?: string }) {
  const result = await new LinkChecker().check({
    ...options,
    recurse: true,
    checkFragments: true,
    // On a loaded two-core machine a hundred requests at once (linkinator's default) can see a
    // connection dropped: status 0, not a broken link. A few at a time, and a dropped connection
    // asked again (up to three times, as linkinator does for 5xx too); a missing page or anchor
    // answers 404 or is absent, which no retry changes.
    concurrency: 8,
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 500,
    linksToSkip: async (link: string) => !link.startsWith(`http://127.0.0.1:${options.port}/`),
  });
  return {
    broken: result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`),
    ok: result.links.filter((link) => link.state === 'OK').map((link) => link.url),
  };
}
