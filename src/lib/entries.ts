import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from '../i18n/locales';
import { isDraft } from '../schemas/entry-base';
import { siteSettings } from '../site-settings';
import { isOutdated } from './translation-status';

export type { EntryCollectionName } from '../site-structure';
import type { EntryCollectionName } from '../site-structure';

/** An entry as a page shows it in one language. */
export interface LocalizedEntry<C extends EntryCollectionName> {
  /** The permanent id: the file name without language and extension. */
  id: string;
  /** The translation, or the original when there is no translation yet. */
  entry: CollectionEntry<C>;
  /** The language the entry's text is in. */
  contentLang: Lang;
  /** false when the page shows the original because the translation is missing. */
  translated: boolean;
  /** The original in the default language. */
  original: CollectionEntry<C>;
  /** true when the translation translates an older version than the original's current one. */
  outdated: boolean;
}

/** Drafts exist only while editing: `astro dev` shows them, every build leaves them out. */
export function isVisible(data: { draft?: unknown }, showDrafts: boolean = import.meta.env.SAFE_CITY_SHOW_DRAFTS === true): boolean {
  return !isDraft(data) || showDrafts;
}

export function splitId(entryId: string): { lang: Lang; id: string } {
  const [lang, ...rest] = entryId.split('/');
  return { lang: lang as Lang, id: rest.join('/') };
}

/**
 * Every visible entry of a collection, in `lang`: each original paired with its translation,
 * falling back to the original where there is none. A build works this out once per collection
 * and language, however many pages ask (every related link asks again); `astro dev` must follow
 * each edit, so it works it out every time.
 */
export function entriesIn<C extends EntryCollectionName>(collection: C, lang: Lang): Promise<LocalizedEntry<C>[]> {
  if (import.meta.env.DEV || !siteSettings.optimised('route-data-cache')) return localizedEntries(collection, lang);
  const key = `${collection}/${lang}`;
  let entries = routeData.get(key);
  if (!entries) routeData.set(key, (entries = localizedEntries(collection, lang)));
  // A copy, so a caller that sorts its list cannot reorder another page's.
  return entries.then((list) => [...list]) as Promise<LocalizedEntry<C>[]>;
}

/** One visible entry in `lang`, or undefined. */
export async function entryIn<C extends EntryCollectionName>(collection: C, lang: Lang, id: string): Promise<LocalizedEntry<C> | undefined> {
  const key = `${collection}/${lang}`;
  let byId = routeDataById.get(key);
  if (!byId || import.meta.env.DEV || !siteSettings.optimised('route-data-cache')) routeDataById.set(key, (byId = entriesIn(collection, lang).then((entries) => new Map(entries.map((entry) => [entry.id, entry])))));
  return (await byId).get(id) as LocalizedEntry<C> | undefined;
}

const routeData = new Map<string, Promise<LocalizedEntry<EntryCollectionName>[]>>();
const routeDataById = new Map<string, Promise<Map<string, LocalizedEntry<EntryCollectionName>>>>();

async function localizedEntries<C extends EntryCollectionName>(collection: C, lang: Lang): Promise<LocalizedEntry<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  const byKey = new Map(all.map((entry) => [entry.id, entry]));
  return all
    .filter((entry) => splitId(entry.id).lang === defaultLang && isVisible(entry.data as { draft?: unknown }))
    .map((original) => {
      const { id } = splitId(original.id);
      const translation = byKey.get(`${lang}/${id}`);
      if (!translation) return { id, entry: original, original, contentLang: defaultLang, translated: lang === defaultLang, outdated: false };
      const outdated = isOutdated(original.data as { version?: number }, translation.data as { translationOf?: number });
      return { id, entry: translation, original, contentLang: lang, translated: true, outdated };
    });
}
