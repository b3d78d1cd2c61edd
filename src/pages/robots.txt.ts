import type { APIRoute } from 'astro';
import { sitePaths, withBase } from '../lib/permalinks';
import { siteSettings } from '../site-settings';

/** Every page may be indexed, except in a pull request's preview; the sitemap lists the published ones. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(sitePaths.sitemapIndex()), site);
  const rule = siteSettings.preview ? 'Disallow: /' : 'Allow: /';
  return new Response(`User-agent: *\n${rule}\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
