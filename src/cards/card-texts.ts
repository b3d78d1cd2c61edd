import type { Translator } from '../i18n/translator';
import type { UiKey } from '../i18n/ui';
import { formatDate } from '../lib/dates';
import type { SectionEntryType } from '../site-structure';
import type { TitleCard } from './title-card';

/** What a card needs to know about an entry. */
export interface CardEntry {
  type: SectionEntryType;
  title: string;
  date?: Date | undefined;
  status?: string | undefined;
}

/** The words on an entry's card: its title and what it is ("Що робити · Шахрайство"). */
export function entryCardTexts(t: Translator, entry: CardEntry, categoryName: string | undefined): TitleCard {
  let label: string;
  if (entry.type === 'algorithm') label = `${t('nav.algorithms')} · ${categoryName ?? ''}`;
  else if (entry.type === 'minutes') label = `${t('nav.minutes')} · ${entry.date ? formatDate(entry.date, t.lang) : ''}`;
  else label = `${t('nav.recommendations')} · ${t(`recStatus.${entry.status}` as UiKey)}`;
  return { site: t('site.name'), title: entry.title, label };
}

/** The words on the site's own card, for pages that are not entries. */
export function siteCardTexts(t: Translator): TitleCard {
  return { site: t('site.name'), title: t('site.tagline'), label: t('footer.about') };
}
