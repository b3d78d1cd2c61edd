import type { APIRoute } from 'astro';
import { siteSettings } from '../site-settings';

const { base: siteBase } = siteSettings;

/** Every page may be indexed; the sitemap lists the published ones. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${siteBase}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
