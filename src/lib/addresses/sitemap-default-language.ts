import { defaultLang, localeOf } from '../../i18n/locales';

interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * Adds `x-default` to a sitemap entry's language alternates, pointing at the Ukrainian page:
 * a search engine sends someone whose language the site does not have to the original.
 */
export function withDefaultLanguage<T extends { links?: SitemapLink[] | undefined }>(item: T): T {
  const original = item.links?.find((link) => link.lang === localeOf(defaultLang).hreflang);
  if (!original || item.links!.some((link) => link.lang === 'x-default')) return item;
  return { ...item, links: [...item.links!, { url: original.url, lang: 'x-default' }] };
}
