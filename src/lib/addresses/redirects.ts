import { defaultLang, langCodes } from '../../i18n/locales';
import type { ContentModel } from '../content-check/model';
import { isDraft } from '../../schemas/entry-base';
import { hasLeaflet, hasLessonSheets, isSectionCollection, leafletCollection, lessonSheetCollection, lessonSheets } from '../../site-structure';
import { sitePaths } from '../permalinks';

/** An old address and where it now leads, both as paths from the site's base (`uk/algorithms/robbery/`). */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Every address that moved: for each entry's `previousIds`, in every language, the old page
 * (and, for algorithms, its leaflets) leads to the new one. A leaflet exists only while its
 * algorithm is published, so the leaflet address of any other algorithm leads to the
 * algorithm's page: a printed QR code or a partner's link to it keeps working. A lesson's
 * sheets and posters follow the same rule, while the lesson is published. An old
 * open-data file can only be redirected by the host (`_redirects`), not by a page.
 */
export function redirectsIn(model: ContentModel): Redirect[] {
  const redirects: Redirect[] = [];
  const originals = model.entries.filter((entry) => entry.lang === defaultLang && entry.valid && !isDraft(entry.valid));
  for (const entry of originals) {
    const { collection } = entry;
    if (!isSectionCollection(collection)) continue;
    const data = entry.valid!;
    const leaflets = hasLeaflet(collection, data);
    for (const lang of langCodes) {
      const page = sitePaths.entry(collection, lang, entry.id);
      const leafletTo = (size: 'a4' | 'a5') => (leaflets ? sitePaths.leaflet(lang, entry.id, size) : page);
      for (const oldId of (data.previousIds as string[] | undefined) ?? []) {
        redirects.push({ from: sitePaths.entry(collection, lang, oldId), to: page });
        redirects.push({ from: sitePaths.openData(lang, collection, oldId), to: sitePaths.openData(lang, collection, entry.id) });
        if (collection === leafletCollection) {
          redirects.push({ from: sitePaths.leaflet(lang, oldId), to: leafletTo('a4') });
          redirects.push({ from: sitePaths.leaflet(lang, oldId, 'a5'), to: leafletTo('a5') });
        }
      }
      const sheets = hasLessonSheets(collection, data);
      if (collection === lessonSheetCollection) {
        for (const sheet of lessonSheets) {
          const sheetTo = sheets ? sitePaths.lessonSheet(lang, entry.id, sheet) : page;
          for (const oldId of (data.previousIds as string[] | undefined) ?? []) redirects.push({ from: sitePaths.lessonSheet(lang, oldId, sheet), to: sheetTo });
          if (!sheets) redirects.push({ from: sitePaths.lessonSheet(lang, entry.id, sheet), to: page });
        }
      }
      if (collection === leafletCollection && !leaflets) {
        redirects.push({ from: sitePaths.leaflet(lang, entry.id), to: page }, { from: sitePaths.leaflet(lang, entry.id, 'a5'), to: page });
      }
    }
  }
  return redirects;
}
