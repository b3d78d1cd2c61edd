import type { Lang } from '../i18n/locales';
import { siteBase as base } from '../lib/site-base';

export type CardCollection = 'algorithms' | 'minutes' | 'recommendations';


/** The title card of an entry's page, or the site's own card for every other page. */
export function cardPath(lang: Lang, collection?: CardCollection, id?: string): string {
  return collection && id ? `${base}cards/${lang}/${collection}/${id}.png` : `${base}cards/${lang}/site.png`;
}
