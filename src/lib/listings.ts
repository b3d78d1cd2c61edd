import { alphabeticalOrder } from '../i18n/alphabetical-order';
import type { Lang } from '../i18n/locales';
import { ageBands } from '../schemas/lesson';
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

/**
 * Lessons grouped by age band, youngest first, and within a band by topic: the title of the
 * algorithm each teaches, in the page's language. A band with no lesson is left out.
 */
export async function lessonsByBand(lang: Lang) {
  const lessons = await entriesIn('lessons', lang);
  const algorithms = new Map((await entriesIn('algorithms', lang)).map((item) => [item.id, item]));
  const order = alphabeticalOrder(lang);
  const topicOf = (id: string) => algorithms.get(id)?.entry.data.title ?? id;
  return ageBands
    .map((band) => ({
      band,
      lessons: lessons
        .filter((item) => item.entry.data.ageBand === band)
        .map((item) => ({ item, algorithm: algorithms.get(item.entry.data.algorithm), topic: topicOf(item.entry.data.algorithm) }))
        .sort((a, b) => order(a.topic, b.topic) || order(a.item.entry.data.title, b.item.entry.data.title)),
    }))
    .filter((group) => group.lessons.length > 0);
}

/** The lessons that teach an algorithm, youngest band first: its page links to them. */
export async function lessonsFor(lang: Lang, algorithm: string) {
  return (await entriesIn('lessons', lang)).filter((item) => item.entry.data.algorithm === algorithm).sort((a, b) => ageBands.indexOf(a.entry.data.ageBand) - ageBands.indexOf(b.entry.data.ageBand));
}
