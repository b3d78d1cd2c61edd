import type { Lang } from '../i18n/locales';
import { reviewSheetsFolder, type Section } from '../site-structure';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

export type { Section } from '../site-structure';

/**
 * The path of a page, from the site's base: `/uk/`, `/uk/algorithms/`, `/uk/algorithms/street-robbery/`.
 * Every path ends in a slash; ids never change, so these paths never change.
 */
export function pathTo(lang: Lang, section?: Section, id?: string): string {
  const parts = [lang, section, id].filter(Boolean);
  return `${base}${parts.join('/')}/`;
}

/** The printable review sheet of an algorithm in a language: `/uk/review-sheets/street-robbery/`. */
export function reviewSheetPath(lang: Lang, id: string): string {
  return `${base}${lang}/${reviewSheetsFolder}/${id}/`;
}

/** The same page in another language: the language is always the first path segment. */
export function switchLanguage(pathname: string, lang: Lang): string {
  const rest = pathname.slice(base.length).split('/').slice(1).join('/');
  return `${base}${lang}/${rest}`;
}

/** The full address of a path on the site (`https://…/uk/algorithms/x/`), for feeds, open data and link previews. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, siteSettings.site).href;
}
