import { defaultLang, type Lang } from '../i18n/locales';
import { useTranslations } from '../i18n/translator';
import { isDraft, type ContentModel } from '../lib/content-check/model';
import { entryCardTexts, siteCardTexts, type CardEntry } from './card-texts';
import type { CardCollection } from './card-paths';
import type { TitleCard } from './title-card';

const collections: CardCollection[] = ['algorithms', 'minutes', 'recommendations'];

/** A card, and the page it is for. */
export interface PlannedCard {
  lang: Lang;
  /** Undefined for the site's own card. */
  collection?: CardCollection;
  id?: string;
  card: TitleCard;
}

/**
 * Every title card a build will publish, worked out from the checked content before Astro has
 * read any of it: each visible original, in each language its translation or, until there is
 * one, the original, as the pages show them. In the order the card routes draw them.
 */
export function cardsOfSite(model: ContentModel, langs: readonly Lang[]): PlannedCard[] {
  const categories = new Map((model.records.categories ?? []).map((record) => [record.id, record.data as { name: Partial<Record<Lang, string>> }]));
  const valid = model.entries.filter((entry) => entry.valid !== undefined);
  const byKey = new Map(valid.map((entry) => [`${entry.collection}/${entry.lang}/${entry.id}`, entry.valid!]));
  const cards: PlannedCard[] = langs.map((lang) => ({ lang, card: siteCardTexts(useTranslations(lang)) }));
  for (const lang of langs) {
    const t = useTranslations(lang);
    for (const collection of collections) {
      const originals = valid.filter((entry) => entry.collection === collection && entry.lang === defaultLang && !isDraft(entry.valid!));
      for (const original of originals) {
        const data = (byKey.get(`${collection}/${lang}/${original.id}`) ?? original.valid!) as unknown as CardEntry & { category?: string };
        const name = data.category === undefined ? undefined : categories.get(data.category)?.name;
        cards.push({ lang, collection, id: original.id, card: entryCardTexts(t, data, name && (name[lang] ?? name[defaultLang])) });
      }
    }
  }
  return cards;
}
