import { sitemapPaths } from './dist-pages';

/** Every page a visitor can reach: the sitemap, plus the pages it rightly leaves out. */
export function pagesToVisit(): string[] {
  return [...sitemapPaths(), '/', '/uk/404/', '/en/404/'];
}
