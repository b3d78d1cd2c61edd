import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Lang } from '../i18n/locales';
import { sitePaths } from '../lib/permalinks';
import { entryCollections, type SectionCollectionName } from '../site-structure';

/**
 * What the automatic copy of one language may weigh, in bytes as downloaded (compressed, as a
 * host serves them): the copy is fetched in the background after a first visit, often over a
 * weak or paid connection. Everything past it is the reader's choice.
 */
export const automaticCopyBudget = 2 * 1024 * 1024;

/** One language's offline copy: paths from the site's root (`/uk/contacts/`), in the order kept. */
export interface OfflineCopy {
  /** Kept after a first visit: the contacts, the search, and algorithms, most urgent first, within the budget. */
  automatic: string[];
  /** Kept when the reader asks for everything: the algorithms past the budget, the leaflets and packs. */
  optional: string[];
  /** Bytes as downloaded (gzip) of each part. */
  automaticBytes: number;
  optionalBytes: number;
  /** Bytes as stored on the phone (uncompressed) of each part. */
  automaticStoredBytes: number;
  optionalStoredBytes: number;
  /** How many of the language's algorithm pages the automatic copy holds. */
  algorithms: { automatic: number; all: number };
}

/** The collections whose pages a reader keeps (the algorithms): what they may need with no network. */
const kept = entryCollections.filter((collection) => collection.offline && collection.route === 'section').map((collection) => collection.name as SectionCollectionName);

/** A path from the site's base as the copy lists it, from the site's root: `/uk/contacts/`. */
const fromRoot = (sitePath: string) => `/${sitePath}`;

/** The file a path is served from. */
const fileOf = (dist: string, urlPath: string) => path.join(dist, urlPath.split('?')[0]!.endsWith('/') ? `${urlPath.split('?')[0]!}index.html` : urlPath.split('?')[0]!);

/** Every page under a page of the built site (`uk/leaflets/`), as paths (`/uk/leaflets/x/`, `/uk/leaflets/x/a5/`). */
function pagesUnder(dist: string, page: string): string[] {
  const folder = page.replace(/\/$/, '');
  const root = path.join(dist, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${folder}/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`)
    .sort();
}

/** The files of the language's search index that a query can ask for, with the tag Pagefind adds. */
function searchFiles(dist: string, lang: string, cacheTag: string): string[] {
  const entryFile = path.join(dist, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const index = entry.languages[lang];
  if (!index) return [];
  const ofLanguage = (folder: string) =>
    existsSync(path.join(dist, 'pagefind', folder)) ? readdirSync(path.join(dist, 'pagefind', folder)).filter((name) => name.startsWith(`${lang}_`)).sort().map((name) => `/pagefind/${folder}/${name}`) : [];
  return [
    '/pagefind/pagefind.js',
    `/pagefind/pagefind-entry.json?ts=${cacheTag}`,
    `/pagefind/pagefind.${index.hash}.pf_meta`,
    `/pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
    ...ofLanguage('filter'),
    ...ofLanguage('index'),
  ];
}

/**
 * Each indexed page's fragment: what a search result shows of it (title, summary, excerpt), kept
 * with the page, so that a search with no network lists what the copy can open. A fragment is
 * gzip with Pagefind's 12-byte signature before its JSON.
 */
function fragmentsByPage(dist: string, lang: string, base: string): Map<string, string> {
  const folder = path.join(dist, 'pagefind', 'fragment');
  const byPage = new Map<string, string>();
  if (!existsSync(folder)) return byPage;
  for (const name of readdirSync(folder).filter((file) => file.startsWith(`${lang}_`))) {
    const { url } = JSON.parse(gunzipSync(readFileSync(path.join(folder, name))).subarray(12).toString('utf8')) as { url: string };
    byPage.set(url.startsWith(base) ? `/${url.slice(base.length)}` : url, `/pagefind/fragment/${name}`);
  }
  return byPage;
}

/** The scripts and stylesheets the pages load (`/_astro/…`), with the modules those scripts import. */
function assetsOf(dist: string, pages: string[], base: string): string[] {
  const assets = new Set<string>();
  const linked = new RegExp(`\\s(?:src|href)="${base}(_astro/[^"]+)"`, 'g');
  const imported = /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
  const add = (asset: string) => {
    if (assets.has(asset)) return;
    assets.add(asset);
    if (!asset.endsWith('.js')) return;
    for (const match of readFileSync(fileOf(dist, asset), 'utf8').matchAll(imported)) add(`${path.posix.dirname(asset)}/${match[1]!}`);
  };
  for (const page of pages) {
    for (const match of readFileSync(fileOf(dist, page), 'utf8').matchAll(linked)) add(`/${match[1]!}`);
  }
  return [...assets];
}

interface CopyOptions {
  /** The path the site is published under. */
  base: string;
  /** The search index's cache tag (pagefind-cache-tag.ts). */
  cacheTag: string;
  /** Sorts an algorithm's id: lower is more urgent (its topic's order). */
  urgency: (id: string) => number;
  budget?: number;
}

/**
 * Decides what one language's offline copy holds. First what a reader with no network needs
 * whatever else fits: the home page, the contacts, the lists, the search page and the language's
 * search index. Then algorithm pages, most urgent topic first, while the copy stays within the
 * budget. The rest (further algorithms, leaflets and packs) is kept only when the reader asks.
 */
export function offlineCopy(dist: string, lang: Lang, { base, cacheTag, urgency, budget = automaticCopyBudget }: CopyOptions): OfflineCopy {
  const exists = (urlPath: string) => existsSync(fileOf(dist, urlPath));
  const downloaded = (urlPath: string) => gzipSync(readFileSync(fileOf(dist, urlPath))).length;
  const stored = (urlPath: string) => statSync(fileOf(dist, urlPath)).size;
  const essentialPages = [
    ...[sitePaths.page(lang), sitePaths.page(lang, 'contacts'), ...kept.map((collection) => sitePaths.page(lang, collection)), sitePaths.page(lang, 'search'), sitePaths.offlinePage(lang)].map(fromRoot),
    ...pagesUnder(dist, sitePaths.page(lang, 'categories')),
  ].filter(exists);
  const algorithmPages = kept
    .flatMap((collection) =>
      (existsSync(path.join(dist, sitePaths.page(lang, collection))) ? readdirSync(path.join(dist, sitePaths.page(lang, collection))) : [])
        .map((id) => ({ id, page: fromRoot(sitePaths.entry(collection, lang, id)) }))
        .filter(({ page }) => exists(page)),
    )
    .sort((a, b) => urgency(a.id) - urgency(b.id) || a.id.localeCompare(b.id))
    .map(({ page }) => page);

  const fragments = fragmentsByPage(dist, lang, base);
  const withFragment = (page: string) => (fragments.has(page) ? [page, fragments.get(page)!] : [page]);
  const automatic = [...essentialPages, ...assetsOf(dist, essentialPages, base), ...searchFiles(dist, lang, cacheTag), '/favicon.svg'].filter(exists);
  let automaticBytes = automatic.reduce((sum, file) => sum + downloaded(file), 0);
  const keptAlgorithms: string[] = [];
  let position = 0;
  for (; position < algorithmPages.length; position++) {
    const page = algorithmPages[position]!;
    const withAssets = [...withFragment(page), ...assetsOf(dist, [page], base).filter((asset) => !automatic.includes(asset))];
    const bytes = withAssets.reduce((sum, file) => sum + downloaded(file), 0);
    if (automaticBytes + bytes > budget) break;
    automatic.push(...withAssets);
    keptAlgorithms.push(page);
    automaticBytes += bytes;
  }
  const optionalPages = [...algorithmPages.slice(position), ...pagesUnder(dist, sitePaths.page(lang, 'leaflets'))];
  const optional = [...optionalPages.flatMap(withFragment), ...assetsOf(dist, optionalPages, base).filter((asset) => !automatic.includes(asset))];
  return {
    automatic,
    optional,
    automaticBytes,
    optionalBytes: optional.reduce((sum, file) => sum + downloaded(file), 0),
    automaticStoredBytes: automatic.reduce((sum, file) => sum + stored(file), 0),
    optionalStoredBytes: optional.reduce((sum, file) => sum + stored(file), 0),
    algorithms: { automatic: keptAlgorithms.length, all: algorithmPages.length },
  };
}

/** The file behind a path of the copy, for hashing and measuring. */
export const offlineFile = fileOf;
