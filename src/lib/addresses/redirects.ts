import { defaultLang, langCodes } from '../../i18n/locales';
import type { ContentModel } from '../content-check/model';
import { isDraft } from '../../schemas/entry-base';

/** An old address and where it now leads, both as paths from the site's base (`uk/algorithms/robbery/`). */
export interface Redirect {
  from: string;
  to: string;
}

const movable = ['algorithms', 'minutes', 'recommendations'] as const;

/**
 * Every address that moved: for each entry's `previousIds`, in every language, the old page
 * (and, for algorithms, its leaflets) leads to the new one. A leaflet exists only while its
 * algorithm is published, so the leaflet address of any other algorithm leads to the
 * algorithm's page: a printed QR code or a partner's link to it keeps working. An old
 * open-data file can only be redirected by the host (`_redirects`), not by a page.
 */
export function redirectsIn(model: ContentModel): Redirect[] {
  const redirects: Redirect[] = [];
  const originals = model.entries.filter((entry) => entry.lang === defaultLang && entry.valid && !isDraft(entry.valid));
  for (const entry of originals) {
    const collection = movable.find((name) => name === entry.collection);
    if (!collection) continue;
    const data = entry.valid!;
    const hasLeaflet = collection === 'algorithms' && data.status === 'published';
    for (const lang of langCodes) {
      const page = `${lang}/${collection}/${entry.id}/`;
      const leaflet = `${lang}/leaflets/${entry.id}/`;
      for (const oldId of (data.previousIds as string[] | undefined) ?? []) {
        redirects.push({ from: `${lang}/${collection}/${oldId}/`, to: page });
        redirects.push({ from: `api/v1/${lang}/${collection}/${oldId}.json`, to: `api/v1/${lang}/${collection}/${entry.id}.json` });
        if (collection === 'algorithms') {
          redirects.push({ from: `${lang}/leaflets/${oldId}/`, to: hasLeaflet ? leaflet : page });
          redirects.push({ from: `${lang}/leaflets/${oldId}/a5/`, to: hasLeaflet ? `${leaflet}a5/` : page });
        }
      }
      if (collection === 'algorithms' && !hasLeaflet) {
        redirects.push({ from: leaflet, to: page }, { from: `${leaflet}a5/`, to: page });
      }
    }
  }
  return redirects;
}
