import type { Lang } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import { sectionCollections, type SectionCollectionName } from '../../site-structure';
import { entriesIn, type LocalizedEntry } from '../entries';
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
 * The changes an entry's followers hear about: each version of an algorithm (its first is
 * "new"), each meeting, and each change of a recommendation's status. One per collection with
 * pages of its own: TypeScript fails here when a collection lacks one.
 */
const changesOf: { [C in SectionCollectionName]: (item: LocalizedEntry<C>, link: string, t: Translator) => FeedItem[] } = {
  algorithms: ({ entry }, link, t) =>
    entry.data.changelog.map((change) => ({
      id: `${link}#version-${change.version}`,
      title: change.version === 1 ? t('feed.newAlgorithm', { title: entry.data.title }) : t('feed.updatedAlgorithm', { title: entry.data.title, version: change.version }),
      link,
      date: change.date,
      summary: change.note,
    })),
  minutes: ({ entry }, link, t) => [{ id: link, title: t('feed.minutes', { title: entry.data.title }), link, date: entry.data.date, summary: entry.data.summary }],
  recommendations: ({ entry }, link, t) =>
    entry.data.history.map((change, index) => ({
      id: `${link}#status-${index + 1}`,
      title: t('feed.recommendationStatus', { title: entry.data.title, status: t(`recStatus.${change.status}`) }),
      link,
      date: change.date,
      summary: change.note ?? entry.data.summary,
    })),
  lessons: ({ entry }, link, t) =>
    entry.data.changelog.map((change) => ({
      id: `${link}#version-${change.version}`,
      title: change.version === 1 ? t('feed.newLesson', { title: entry.data.title }) : t('feed.updatedLesson', { title: entry.data.title, version: change.version }),
      link,
      date: change.date,
      summary: change.note,
    })),
};

async function changesIn<C extends SectionCollectionName>(collection: C, lang: Lang, t: Translator): Promise<FeedItem[]> {
  return (await entriesIn(collection, lang)).flatMap((item) => changesOf[collection](item, absoluteUrl(pathTo(lang, collection, item.id)), t));
}

/** The changes in one language, newest first. */
export async function feedItems(lang: Lang, t: Translator): Promise<FeedItem[]> {
  const items = (await Promise.all(sectionCollections.map((collection) => changesIn(collection, lang, t)))).flat();
  return items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)).slice(0, feedLength);
}
