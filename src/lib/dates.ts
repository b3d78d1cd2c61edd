import { localeOf, type Lang } from '../i18n/locales';

// Making an Intl.DateTimeFormat loads locale data and costs about a millisecond; a build formats
// dates on thousands of pages, so each format is made once per language.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(localeOf(lang).intl, { ...options, timeZone: 'UTC' })));
  return format;
}

/** A calendar date as people write it in `lang`: "21 лютого 2017 р.", "21 February 2017". */
export function formatDate(date: Date, lang: Lang): string {
  return dateFormat(lang, { dateStyle: 'long' }).format(date);
}

/** A month or a day written YYYY-MM or YYYY-MM-DD: "квітень 2017 р.", "April 2017". */
export function formatMonthOrDate(value: string, lang: Lang): string {
  if (value.length > 7) return formatDate(new Date(`${value}T00:00:00Z`), lang);
  return dateFormat(lang, { month: 'long', year: 'numeric' }).format(new Date(`${value}-01T00:00:00Z`));
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
