import { langCodes, type Lang } from '../i18n/locales';
import { entriesIn, type EntryCollectionName, type LocalizedEntry } from './entries';

/** One page per language. */
export function perLanguage() {
  return langCodes.map((lang) => ({ params: { lang } }));
}

/** One page per language and visible entry; every entry has a page in every language. */
export async function perLanguageEntry<C extends EntryCollectionName>(collection: C) {
  const pages = await Promise.all(
    langCodes.map(async (lang) =>
      (await entriesIn(collection, lang)).map((item) => ({ params: { lang, id: item.id }, props: { item } })),
    ),
  );
  return pages.flat();
}

export type EntryPageProps<C extends EntryCollectionName> = { item: LocalizedEntry<C> };
export type LangParam = { lang: Lang };
