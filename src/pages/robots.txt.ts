import type { APIRoute } from 'astro';
import { sitePaths, withBase } from '../lib/permalinks';

/** Every page may be indexed; the sitemap lists the published ones. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(sitePaths.sitemapIndex()), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
