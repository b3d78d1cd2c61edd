import type { Translator } from '../i18n/translator';
import { categoryById, inLang } from '../lib/data-records';
import { formatDate } from '../lib/dates';
import type { LocalizedEntry } from '../lib/entries';
import type { SectionCollectionName } from '../site-structure';
import type { TitleCard } from './title-card';

type EntryData<C extends SectionCollectionName> = LocalizedEntry<C>['entry']['data'];

/**
 * What an entry's card says it is, after the collection's name: an algorithm's topic, a
 * meeting's day, a recommendation's status. One per collection with pages of its own:
 * TypeScript fails here when a collection lacks one.
 */
const cardLabels: { [C in SectionCollectionName]: (t: Translator, data: EntryData<C>) => Promise<string> } = {
  algorithms: async (t, data) => `${t('nav.algorithms')} · ${inLang((await categoryById(data.category)).name, t.lang)}`,
  minutes: async (t, data) => `${t('nav.minutes')} · ${formatDate(data.date, t.lang)}`,
  recommendations: async (t, data) => `${t('nav.recommendations')} · ${t(`recStatus.${data.status}`)}`,
  lessons: async (t, data) => `${t('nav.lessons')} · ${t(`ageBand.${data.ageBand}`)}`,
};

/** The words on an entry's card: its title and what it is ("Що робити · Шахрайство"). */
export async function entryCardTexts<C extends SectionCollectionName>(t: Translator, collection: C, data: EntryData<C>): Promise<TitleCard> {
  return { site: t('site.name'), title: data.title, label: await cardLabels[collection](t, data) };
}

/** The words on the site's own card, for pages that are not entries. */
export function siteCardTexts(t: Translator): TitleCard {
  return { site: t('site.name'), title: t('site.tagline'), label: t('footer.about') };
}
