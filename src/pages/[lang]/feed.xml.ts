import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { useTranslations } from '../../i18n/translator';
import { feedItems } from '../../lib/feeds/feed-items';
import { absoluteUrl, feedPath, pathTo } from '../../lib/permalinks';
import { perLanguage } from '../../lib/static-paths';

export const getStaticPaths = perLanguage;

/** An Atom feed per language: new and updated algorithms, meetings, recommendation status. */
export const GET: APIRoute = async ({ locals }) => {
  const lang = locals.lang;
  const t = useTranslations(lang);
  const home = absoluteUrl(pathTo(lang));
  const self = absoluteUrl(feedPath(lang));
  const items = await feedItems(lang, t);
  const feed = new Feed({
    id: self,
    title: `${t('site.name')}: ${t('feed.title')}`,
    description: t('site.tagline'),
    link: home,
    language: lang,
    updated: items[0]?.date ?? new Date(0),
    generator: false,
    feedLinks: { atom: self },
    author: { name: t('site.name'), link: home },
  });
  for (const item of items) feed.addItem({ id: item.id, title: item.title, link: item.link, date: item.date, description: item.summary });
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
