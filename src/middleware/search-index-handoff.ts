import { defineMiddleware } from 'astro:middleware';
import { openedHandoff } from '../search/pages-for-index-handoff';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

/**
 * Hands each page to the search index as soon as it is rendered, so Pagefind's own process
 * indexes on the machine's other core while the build renders the rest, instead of reading
 * every page back from disk once all are written. Does nothing outside a build.
 */
export const searchIndexHandoff = defineMiddleware(async (context, next) => {
  const response = await next();
  const index = openedHandoff();
  if (!index || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.clone().text();
  // The page's file in the built site, as Pagefind reads it: `uk/algorithms/x/index.html`.
  const urlPath = decodeURI(context.url.pathname).slice(base.length);
  const sourcePath = urlPath.endsWith('.html') ? urlPath : `${urlPath}index.html`;
  await index.offer(sourcePath, html);
  return response;
});
