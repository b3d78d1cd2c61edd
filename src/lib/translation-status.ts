import { defaultLang, type Lang } from '../i18n/locales';

/** What the status needs to know of one entry file. */
export interface TranslationUnit {
  collection: string;
  id: string;
  lang: Lang | string;
  title: string;
  /** The original's version (algorithms). */
  version?: number | undefined;
  /** The version of the original a translation translates. */
  translationOf?: number | undefined;
}

export interface LanguageStatus {
  lang: string;
  /** Originals with no translation in this language. */
  missing: TranslationUnit[];
  /** Translations of an older version of their original. */
  outdated: { translation: TranslationUnit; original: TranslationUnit }[];
  translated: number;
}

/** Whether a translation translates an older version than its original's current one. */
export function isOutdated(original: { version?: number | undefined }, translation: { translationOf?: number | undefined }): boolean {
  return original.version !== undefined && translation.translationOf !== undefined && translation.translationOf < original.version;
}

/** Per language other than the default: what is missing and what is out of date. */
export function translationStatus(units: TranslationUnit[], langs: readonly string[]): LanguageStatus[] {
  const originals = units.filter((unit) => unit.lang === defaultLang);
  return langs
    .filter((lang) => lang !== defaultLang)
    .map((lang) => {
      const status: LanguageStatus = { lang, missing: [], outdated: [], translated: 0 };
      for (const original of originals) {
        const translation = units.find((unit) => unit.lang === lang && unit.collection === original.collection && unit.id === original.id);
        if (!translation) status.missing.push(original);
        else if (isOutdated(original, translation)) status.outdated.push({ translation, original });
        else status.translated++;
      }
      return status;
    });
}
