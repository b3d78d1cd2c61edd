import type { Lang } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import { entriesIn } from '../entries';
import { absoluteUrl, pathTo } from '../permalinks';

/** One change a follower of the site wants to hear about. */
export interface FeedItem {
  /** A permanent, unique id for this change (an Atom entry id). */
  id: string;
  title: string;
  /** The page the change is on. */
  link: string;
  date: Date;
  summary: string;
}

/** How many changes a feed carries: enough for a reader that checks monthly, never the whole site. */
export const feedLength = 50;

/**
 * The changes in one language, newest first: each version of an algorithm (its first is "new"),
 * each meeting, and each change of a recommendation's status.
 */
export async function feedItems(lang: Lang, t: Translator): Promise<FeedItem[]> {
  const items: FeedItem[] = [];
  for (const { id, entry } of await entriesIn('algorithms', lang)) {
    const link = absoluteUrl(pathTo(lang, 'algorithms', id));
    for (const change of entry.data.changelog) {
      items.push({
        id: `${link}#version-${change.version}`,
        title: change.version === 1 ? t('feed.newAlgorithm', { title: entry.data.title }) : t('feed.updatedAlgorithm', { title: entry.data.title, version: change.version }),
        link,
        date: change.date,
        summary: change.note,
      });
    }
  }
  for (const { id, entry } of await entriesIn('minutes', lang)) {
    const link = absoluteUrl(pathTo(lang, 'minutes', id));
    items.push({ id: link, title: t('feed.minutes', { title: entry.data.title }), link, date: entry.data.date, summary: entry.data.summary });
  }
  for (const { id, entry } of await entriesIn('recommendations', lang)) {
    const link = absoluteUrl(pathTo(lang, 'recommendations', id));
    entry.data.history.forEach((change, index) => {
      items.push({
        id: `${link}#status-${index + 1}`,
        title: t('feed.recommendationStatus', { title: entry.data.title, status: t(`recStatus.${change.status}`) }),
        link,
        date: change.date,
        summary: change.note ?? entry.data.summary,
      });
    });
  }
  return items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)).slice(0, feedLength);
}
