import type { Lang } from '../i18n/locales';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

export type CardCollection = 'algorithms' | 'minutes' | 'recommendations';

/** The title card of an entry's page, or the site's own card for every other page. */
export function cardPath(lang: Lang, collection?: CardCollection, id?: string): string {
  return collection && id ? `${base}cards/${lang}/${collection}/${id}.png` : `${base}cards/${lang}/site.png`;
}
