import { defaultLang } from '../i18n/locales';

/**
 * What the status needs to know of one entry file. The site's pages know its language is one
 * of the site's; the check also reads folders that may not be, so the language is generic.
 */
export interface TranslationUnit<L extends string = string> {
  collection: string;
  id: string;
  lang: L;
  title: string;
  /** The original's version (algorithms). */
  version?: number | undefined;
  /** The version of the original a translation translates. */
  translationOf?: number | undefined;
}

export interface LanguageStatus<L extends string = string> {
  lang: L;
  /** Originals with no translation in this language. */
  missing: TranslationUnit<L>[];
  /** Translations of an older version of their original. */
  outdated: { translation: TranslationUnit<L>; original: TranslationUnit<L> }[];
  translated: number;
}

/** Whether a translation translates an older version than its original's current one. */
export function isOutdated(original: { version?: number | undefined }, translation: { translationOf?: number | undefined }): boolean {
  return original.version !== undefined && translation.translationOf !== undefined && translation.translationOf < original.version;
}

/** Per language other than the default: what is missing and what is out of date. */
export function translationStatus<L extends string>(units: TranslationUnit<L>[], langs: readonly L[]): LanguageStatus<L>[] {
  const originals = units.filter((unit) => unit.lang === defaultLang);
  return langs
    .filter((lang) => lang !== defaultLang)
    .map((lang) => {
      const status: LanguageStatus<L> = { lang, missing: [], outdated: [], translated: 0 };
      for (const original of originals) {
        const translation = units.find((unit) => unit.lang === lang && unit.collection === original.collection && unit.id === original.id);
        if (!translation) status.missing.push(original);
        else if (isOutdated(original, translation)) status.outdated.push({ translation, original });
        else status.translated++;
      }
      return status;
    });
}
