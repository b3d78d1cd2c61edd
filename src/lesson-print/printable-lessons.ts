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

/** One class pack per language and age band that has printable lessons. */
export async function lessonPackPaths() {
  const pages = await Promise.all(
    langCodes.map(async (lang) => (await printableLessonsByBand(lang)).map((group) => ({ params: { lang, band: group.band }, props: { items: group.lessons.map(({ item }) => item) } }))),
  );
  return pages.flat();
}
