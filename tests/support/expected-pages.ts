import { langCodes } from '../../src/i18n/locales';
import { checkContent } from '../../src/lib/content-check';
import { isDraft } from '../../src/schemas/entry-base';
import { projectRoot } from './paths';

/**
 * The pages a production build of `contentDir` must have, in every language, derived from
 * the content itself so that a new entry is expected without editing a test.
 */
export function expectedPages(contentDir: string): { path: string; lang: string; kind: string; id?: string }[] {
  const { model } = checkContent(projectRoot, contentDir);
  const published = (collection: string) =>
    model.entries.filter((entry) => entry.collection === collection && entry.lang === 'uk' && !isDraft(entry.data)).map((entry) => entry.id);
  const categories = model.records.categories!.map((record) => record.id);
  return langCodes.flatMap((lang) => [
    { path: `/${lang}/`, lang, kind: 'home' },
    { path: `/${lang}/algorithms/`, lang, kind: 'algorithms' },
    ...published('algorithms').map((id) => ({ path: `/${lang}/algorithms/${id}/`, lang, kind: 'algorithm', id })),
    ...categories.map((id) => ({ path: `/${lang}/categories/${id}/`, lang, kind: 'category', id })),
    { path: `/${lang}/minutes/`, lang, kind: 'minutes-index' },
    ...published('minutes').map((id) => ({ path: `/${lang}/minutes/${id}/`, lang, kind: 'minutes', id })),
    { path: `/${lang}/recommendations/`, lang, kind: 'recommendations-index' },
    ...published('recommendations').map((id) => ({ path: `/${lang}/recommendations/${id}/`, lang, kind: 'recommendation', id })),
    { path: `/${lang}/lessons/`, lang, kind: 'lessons-index' },
    ...published('lessons').map((id) => ({ path: `/${lang}/lessons/${id}/`, lang, kind: 'lesson', id })),
    { path: `/${lang}/organisations/`, lang, kind: 'organisations' },
    { path: `/${lang}/contacts/`, lang, kind: 'contacts' },
    { path: `/${lang}/translations/`, lang, kind: 'translations' },
    { path: `/${lang}/search/`, lang, kind: 'search' },
    { path: `/${lang}/privacy/`, lang, kind: 'privacy' },
    { path: `/${lang}/staying-safe-online/`, lang, kind: 'staying-safe' },
    { path: `/${lang}/404/`, lang, kind: '404' },
  ]);
}
