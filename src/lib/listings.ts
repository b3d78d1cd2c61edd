import { alphabeticalOrder } from '../i18n/alphabetical-order';
import type { Lang } from '../i18n/locales';
import { entriesIn } from './entries';

/** Minutes, newest meeting first. */
export async function minutesNewestFirst(lang: Lang) {
  return (await entriesIn('minutes', lang)).sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime());
}

export async function latestMinutes(lang: Lang, count: number) {
  return (await minutesNewestFirst(lang)).slice(0, count);
}

/** The date of a recommendation's latest change of status. */
export function lastChanged(data: { history: { date: Date }[] }): Date {
  return data.history.at(-1)!.date;
}

/** Recommendations, most recently changed first. */
export async function recommendationsByLastChange(lang: Lang) {
  return (await entriesIn('recommendations', lang)).sort((a, b) => lastChanged(b.entry.data).getTime() - lastChanged(a.entry.data).getTime());
}

export async function latestRecommendations(lang: Lang, count: number) {
  return (await recommendationsByLastChange(lang)).slice(0, count);
}

/** Algorithms of one category, by title in the page's language. */
export async function algorithmsInCategory(lang: Lang, category: string) {
  return (await entriesIn('algorithms', lang))
    .filter((item) => item.entry.data.category === category)
    .sort((a, b) => alphabeticalOrder(lang)(a.entry.data.title, b.entry.data.title));
}
