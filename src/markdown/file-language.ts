import { defaultLang, isLang, type Lang } from '../i18n/locales';

/** The language of a content file, from its folder: `content/algorithms/<lang>/x.mdx`. */
export function fileLanguage(filePath: string | undefined): Lang {
  const parts = (filePath ?? '').split(/[\\/]/);
  const lang = parts.at(-2);
  return lang && isLang(lang) ? lang : defaultLang;
}
