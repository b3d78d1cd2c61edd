import type { Lang } from '../i18n/locales';
import type { AgeBand } from '../schemas/lesson';
import { entryCollections, reviewSheetsFolder, type EntryCollectionName, type LessonSheet, type OpenDataSchemaName, type Section, type SectionCollectionName } from '../site-structure';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

export type { Section } from '../site-structure';

/**
 * Where every kind of page and file of the site is, from the site's base and without its
 * leading slash (`uk/algorithms/street-robbery/`): the one place a path is spelled. Pages and
 * feeds link with the base in front (`pathTo`, `apiPath`, …); the content check, the redirects
 * and the offline copy work on these paths as they are. Ids never change, so these paths never
 * change.
 */
export const sitePaths = {
  /** The site's root, which sends a reader on to their language. */
  root: () => '',
  /** `uk/`, `uk/algorithms/`, `uk/algorithms/street-robbery/`, `uk/categories/fraud/`. */
  page: (lang: Lang, section?: Section, id?: string) => `${[lang, section, id].filter(Boolean).join('/')}/`,
  /** An entry's page: in its collection's section, or `uk/privacy/` for a standalone page. */
  entry: (collection: EntryCollectionName, lang: Lang, id: string) =>
    entryCollections.find((candidate) => candidate.name === collection)?.route === 'standalone' ? `${lang}/${id}/` : `${lang}/${collection}/${id}/`,
  /** A published algorithm's leaflet: A4 at `uk/leaflets/x/`, two A5 to a sheet at `uk/leaflets/x/a5/`. */
  leaflet: (lang: Lang, id: string, size: 'a4' | 'a5' = 'a4') => `${lang}/leaflets/${id}/${size === 'a5' ? 'a5/' : ''}`,
  /** Several leaflets to print at once: a topic's (`uk/leaflets/pack/fraud/`) or every one (`uk/leaflets/pack/all/`). */
  leafletPack: (lang: Lang, pack: string) => `${lang}/leaflets/pack/${pack}/`,
  /**
   * A published lesson's printable sheets, under its page: `uk/lessons/mines-6-10/pupils/`,
   * `…/teacher/`, `…/parents/`, the A3 poster at `…/poster/` and the same on A4 at `…/poster/a4/`.
   */
  lessonSheet: (lang: Lang, id: string, sheet: LessonSheet) => `${lang}/lessons/${id}/${sheet === 'poster-a4' ? 'poster/a4' : sheet}/`,
  /** The class pack of an age band, every lesson's pupils' and parents' sheets: `uk/lessons/pack/6-10/`. */
  lessonPack: (lang: Lang, band: AgeBand) => `${lang}/lessons/pack/${band}/`,
  /** The printable review sheet of an algorithm: `uk/review-sheets/street-robbery/`. */
  reviewSheet: (lang: Lang, id: string) => `${lang}/${reviewSheetsFolder}/${id}/`,
  feed: (lang: Lang) => `${lang}/feed.xml`,
  /** `api/v1/uk/algorithms.json` (the index) or `api/v1/uk/algorithms/street-robbery.json`. Version 1 never changes shape. */
  openData: (lang: Lang, collection: SectionCollectionName, id?: string) => (id ? `api/v1/${lang}/${collection}/${id}.json` : `api/v1/${lang}/${collection}.json`),
  openDataSchema: (name: OpenDataSchemaName) => `api/v1/schema/${name}.json`,
  /** The title card of an entry's page, or the site's own card for every other page. */
  card: (lang: Lang, collection?: SectionCollectionName, id?: string) => (collection && id ? `cards/${lang}/${collection}/${id}.png` : `cards/${lang}/site.png`),
  /** What a language's offline copy holds, and what the service worker recorded it saved. */
  /** The page that tells a reader what their device keeps for reading with no network. */
  offlinePage: (lang: Lang) => `${lang}/offline/`,
  offlineList: (lang: Lang) => `offline/${lang}.json`,
  offlineStatus: (lang: Lang) => `offline/${lang}-saved.json`,
  robots: () => 'robots.txt',
  sitemapIndex: () => 'sitemap-index.xml',
};

/** A path from the site's base as a link: `/uk/` under `/`, `/safe-city/uk/` under `/safe-city/`. */
export function withBase(sitePath: string): string {
  return `${base}${sitePath}`;
}

/** The path of a page, from the site's base: `/uk/`, `/uk/algorithms/`, `/uk/algorithms/street-robbery/`. */
export function pathTo(lang: Lang, section?: Section, id?: string): string {
  return withBase(sitePaths.page(lang, section, id));
}

/** An entry's page: `/uk/algorithms/street-robbery/`, or `/uk/privacy/` for a standalone page. */
export function entryPath(collection: EntryCollectionName, lang: Lang, id: string): string {
  return withBase(sitePaths.entry(collection, lang, id));
}

/** A published algorithm's leaflet, A4 or A5: `/uk/leaflets/street-robbery/`. */
export function leafletPath(lang: Lang, id: string, size: 'a4' | 'a5' = 'a4'): string {
  return withBase(sitePaths.leaflet(lang, id, size));
}

/** A lesson's printable sheet: `/uk/lessons/mines-6-10/pupils/`. */
export function lessonSheetPath(lang: Lang, id: string, sheet: LessonSheet): string {
  return withBase(sitePaths.lessonSheet(lang, id, sheet));
}

/** An age band's class pack: `/uk/lessons/pack/6-10/`. */
export function lessonPackPath(lang: Lang, band: AgeBand): string {
  return withBase(sitePaths.lessonPack(lang, band));
}

/** A language's feed of changes: `/uk/feed.xml`. */
export function feedPath(lang: Lang): string {
  return withBase(sitePaths.feed(lang));
}

/** The printable review sheet of an algorithm in a language: `/uk/review-sheets/street-robbery/`. */
export function reviewSheetPath(lang: Lang, id: string): string {
  return withBase(sitePaths.reviewSheet(lang, id));
}

/** An open-data file: a collection's index, or one entry's record. */
export function apiPath(lang: Lang, collection: SectionCollectionName, id?: string): string {
  return withBase(sitePaths.openData(lang, collection, id));
}

export function schemaPath(name: OpenDataSchemaName): string {
  return withBase(sitePaths.openDataSchema(name));
}

export function cardPath(lang: Lang, collection?: SectionCollectionName, id?: string): string {
  return withBase(sitePaths.card(lang, collection, id));
}

/** The same page in another language: the language is always the first path segment. */
export function switchLanguage(pathname: string, lang: Lang): string {
  const rest = pathname.slice(base.length).split('/').slice(1).join('/');
  return `${base}${lang}/${rest}`;
}

/** The full address of a path on the site (`https://…/uk/algorithms/x/`), for feeds, open data and link previews. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, siteSettings.site).href;
}
