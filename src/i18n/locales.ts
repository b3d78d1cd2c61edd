/**
 * The site's languages, in one place. Adding a language means adding it here, adding a UI
 * strings file under `src/i18n/ui/`, and adding content; nothing else names a language.
 */
export interface Locale {
  /** BCP 47 code used in URLs, `lang` attributes and content folders. */
  code: string;
  /** The language's name in itself, shown in the language switcher. */
  endonym: string;
  /** The locale the sitemap and `hreflang` links advertise. */
  hreflang: string;
  /** The locale dates and numbers are formatted in. */
  intl: string;
  /**
   * The cspell dictionary package the content check spells this language's texts with (a
   * development dependency that ships a `cspell-ext.json`, e.g. `@cspell/dict-uk-ua`).
   */
  spelling: string;
}

export const locales = [
  { code: 'uk', endonym: 'Українська', hreflang: 'uk-UA', intl: 'uk-UA', spelling: '@cspell/dict-uk-ua' },
  // British spelling, as the dates are; the MIT-licensed word list of cspell's two en-GB ones.
  { code: 'en', endonym: 'English', hreflang: 'en', intl: 'en-GB', spelling: '@cspell/dict-en-gb-mit' },
] as const satisfies readonly Locale[];

export type Lang = (typeof locales)[number]['code'];

/** The language originals are written in; every other language is a translation of it. */
export const defaultLang: Lang = 'uk';

export const langCodes: readonly Lang[] = locales.map((locale) => locale.code);

export function isLang(value: string): value is Lang {
  return (langCodes as readonly string[]).includes(value);
}

export function localeOf(lang: Lang): Locale {
  return locales.find((locale) => locale.code === lang)!;
}
