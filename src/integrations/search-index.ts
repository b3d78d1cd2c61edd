import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported with the config: by the time the build is done, Astro's module loader has closed.
import * as pagefind from 'pagefind';
import { isIndexed, pageForIndex } from '../search/page-for-index';
import { siteSettings } from '../site-settings';
import { langCodes } from '../i18n/locales';
import { pathTo } from '../lib/permalinks';
import { pagefindCacheTag, pagefindCacheTagSlot } from '../search/pagefind-cache-tag';

/**
 * How many word positions Pagefind puts in one index file. Its default (20,000) makes each file
 * about 17 KB compressed once the site has a few hundred pages, and a first search fetches one
 * such file per word. At 2,000 a word's file is about 2 KB, while the list of files that every
 * search loads grows by about 2 KB at 1,000 algorithms per language: 12 KB less per first search
 * (`npm run bench -- --sizes=1000`). Pagefind 1.6 reads this only from its environment, under a
 * name it calls unstable; the build test of the search index fails if a new version ignores it.
 */
const indexChunkSize = '2000';

const pagesAtOnce = 64;

/**
 * Pagefind ships its script with whitespace removed but every name written out: minified, it
 * is 2 KB smaller compressed, on every resident's first search. The search tests run the
 * minified script in Chromium.
 */
async function minifyInPlace(file: string) {
  const result = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
  writeFileSync(file, result.code);
}

/**
 * Indexes every built page marked for search, as `pageForIndex` shows it to Pagefind, and writes
 * the index into the site; resolves to how many pages it indexed.
 */
async function writeIndex(dist: string): Promise<number> {
  // The Pagefind service is started by the first call below and inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = indexChunkSize;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const failures: string[] = [];
  const pages = readdirSync(dist, { recursive: true }).map(String).filter((name) => name.endsWith('.html'));
  let indexed = 0;
  // A few dozen pages at a time keep Pagefind's service busy without holding every page in memory.
  for (let start = 0; start < pages.length; start += pagesAtOnce) {
    await Promise.all(
      pages.slice(start, start + pagesAtOnce).map(async (file) => {
        const html = readFileSync(path.join(dist, file), 'utf8');
        if (!isIndexed(html)) return;
        const sourcePath = file.split(path.sep).join('/');
        const added = await index.addHTMLFile({ sourcePath, content: pageForIndex(html) });
        if (added.errors.length > 0) failures.push(`${sourcePath}: ${added.errors.join('; ')}`);
        indexed++;
      }),
    );
  }
  if (failures.length > 0) throw new Error(`Pagefind could not index these pages:\n${failures.join('\n')}`);
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  await minifyInPlace(path.join(dist, 'pagefind/pagefind.js'));
  return indexed;
}

/** Writes the index's cache tag into each language's search page (see pagefind-cache-tag.ts). */
function writeCacheTag(dist: string) {
  const tag = pagefindCacheTag(dist);
  for (const lang of langCodes) {
    const file = path.join(dist, pathTo(lang, 'search').slice(siteSettings.base.length), 'index.html');
    const html = readFileSync(file, 'utf8');
    if (!html.includes(pagefindCacheTagSlot)) throw new Error(`${file} has no place for the search index's cache tag (${pagefindCacheTagSlot})`);
    writeFileSync(file, html.replace(pagefindCacheTagSlot, tag));
  }
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` once the pages are written: one index
 * per page language, from the parts of pages marked `data-pagefind-body` only.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'safe-city:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const indexed = await writeIndex(dist);
        writeCacheTag(dist);
        logger.info(`Search index: ${indexed} pages.`);
      },
    },
  };
}
