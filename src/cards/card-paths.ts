import type { Lang } from '../i18n/locales';

export type CardCollection = 'algorithms' | 'minutes' | 'recommendations';

/**
 * Link previews (Telegram, Viber, Facebook) show cards at 1.91:1; 600 × 315 is the smallest
 * size they show as a large preview, and draws four times faster than 1200 × 630.
 */
export const cardSize = { width: 600, height: 315 } as const;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The title card of an entry's page, or the site's own card for every other page. */
export function cardPath(lang: Lang, collection?: CardCollection, id?: string): string {
  return collection && id ? `${base}cards/${lang}/${collection}/${id}.png` : `${base}cards/${lang}/site.png`;
}
