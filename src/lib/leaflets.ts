import { alphabeticalOrder } from '../i18n/alphabetical-order';
import { langCodes, type Lang } from '../i18n/locales';
import { hasLeaflet } from '../site-structure';
import { entriesIn, type LocalizedEntry } from './entries';

/** Algorithms that get a leaflet: the published ones, in a language, by title. */
export async function leafletAlgorithms(lang: Lang): Promise<LocalizedEntry<'algorithms'>[]> {
  return (await entriesIn('algorithms', lang))
    .filter((item) => hasLeaflet('algorithms', item.entry.data))
    .sort((a, b) => alphabeticalOrder(lang)(a.entry.data.title, b.entry.data.title));
}

/** One page per language and leaflet, for getStaticPaths. */
export async function leafletPaths() {
  const pages = await Promise.all(langCodes.map(async (lang) => (await leafletAlgorithms(lang)).map((item) => ({ params: { lang, id: item.id }, props: { item } }))));
  return pages.flat();
}
