import { localeOf, type Lang } from '../i18n/locales';

/** A calendar date as people write it in `lang`: "21 лютого 2017 р.", "21 February 2017". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang).intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A month or a day written YYYY-MM or YYYY-MM-DD: "квітень 2017 р.", "April 2017". */
export function formatMonthOrDate(value: string, lang: Lang): string {
  if (value.length > 7) return formatDate(new Date(`${value}T00:00:00Z`), lang);
  const date = new Date(`${value}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(localeOf(lang).intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
