import { langCodes, type Lang } from '../i18n/locales';
import { hasLessonSheets } from '../site-structure';
import { lessonsByBand } from '../lib/listings';

/**
 * The lessons that print, by age band and topic as «Для шкіл» lists them: the published ones.
 * A band with no such lesson has no class pack.
 */
export async function printableLessonsByBand(lang: Lang) {
  return (await lessonsByBand(lang))
    .map((group) => ({ ...group, lessons: group.lessons.filter(({ item }) => hasLessonSheets('lessons', item.entry.data)) }))
    .filter((group) => group.lessons.length > 0);
}

/** One page per language and printable lesson, for the getStaticPaths of each sheet. */
export async function lessonSheetPaths() {
  const pages = await Promise.all(
    langCodes.map(async (lang) => (await printableLessonsByBand(lang)).flatMap((group) => group.lessons.map(({ item }) => ({ params: { lang, id: item.id }, props: { item } })))),
  );
  return pages.flat();
}

/**
 * How many lessons a page of a class pack holds. Each brings two sheets, some 2 KB compressed:
 * four keep a pack's page, with its inline styles, within the 14 KB of a slow connection's first
 * round trip (tests/build/lessons.test.ts), and a band with more continues on /2/, /3/…
 */
export const lessonsPerPackPage = 4;

/** The printable lessons of each age band that has some, in each language: the class packs. */
export async function lessonPacks() {
  const packs = await Promise.all(langCodes.map(async (lang) => (await printableLessonsByBand(lang)).map((group) => ({ lang, band: group.band, items: group.lessons.map(({ item }) => item) }))));
  return packs.flat();
}
