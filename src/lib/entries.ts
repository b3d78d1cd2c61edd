import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from '../i18n/locales';
import { isDraft } from '../schemas/entry-base';
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
 * falling back to the original where there is none.
 */
export async function entriesIn<C extends EntryCollectionName>(collection: C, lang: Lang): Promise<LocalizedEntry<C>[]> {
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

/** One visible entry in `lang`, or undefined. */
export async function entryIn<C extends EntryCollectionName>(collection: C, lang: Lang, id: string): Promise<LocalizedEntry<C> | undefined> {
  return (await entriesIn(collection, lang)).find((entry) => entry.id === id);
}
