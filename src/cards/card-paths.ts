import type { Lang } from '../i18n/locales';
import type { SectionCollectionName } from '../site-structure';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

/** Every entry with a page of its own in a section has a title card. */
export type CardCollection = SectionCollectionName;

/** The title card of an entry's page, or the site's own card for every other page. */
export function cardPath(lang: Lang, collection?: CardCollection, id?: string): string {
  return collection && id ? `${base}cards/${lang}/${collection}/${id}.png` : `${base}cards/${lang}/site.png`;
}
