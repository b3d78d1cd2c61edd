import type { Lang } from '../i18n/locales';
import { entriesIn, type LocalizedEntry } from './entries';

/** Algorithms that get a leaflet: the published ones, in a language, by title. */
export async function leafletAlgorithms(lang: Lang): Promise<LocalizedEntry<'algorithms'>[]> {
  return (await entriesIn('algorithms', lang))
    .filter((item) => item.entry.data.status === 'published')
    .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, lang));
}
