import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported with the config: by the time the build is done, Astro's module loader has closed.
import * as pagefind from 'pagefind';
import { isIndexed, pageForIndex } from '../search/page-for-index';

/**
 * How many word positions Pagefind puts in one index file. Its default (20,000) makes each file
 * about 17 KB compressed once the site has a few hundred pages, and a first search fetches one
 * such file per word. At 2,000 a word's file is about 2 KB, while the list of files that every
 * search loads grows by about 2 KB at 1,000 algorithms per language: 12 KB less per first search
 * (`npm run bench -- --sizes=1000`). Pagefind 1.6 reads this only from its environment, under a
 * name it calls unstable; the build test of the search index fails if a new version ignores it.
 */
const indexChunkSize = '2000';

/** How many pages wait at the Pagefind service at once: enough to keep it busy, few in memory. */
const pagesInFlight = 64;

/**
 * Pagefind ships its script with whitespace removed but every name written out: minified, it
 * is 2 KB smaller compressed, on every resident's first search. The search tests run the
 * minified script in Chromium.
 */
async function minifyInPlace(file: string) {
  const result = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
  writeFileSync(file, result.code);
}

/** Indexes the built pages and writes the index; resolves to the number of pages indexed. */
async function indexPages(site: string): Promise<number> {
  // The Pagefind service is started by the first call below and inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = indexChunkSize;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pages = readdirSync(site, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
  // Pages go to the Pagefind service a few dozen at a time rather than one by one, while the
  // next are read: the index comes out the same, and a second sooner per 2,000 pages.
  const inFlight = new Set<Promise<void>>();
  let indexed = 0;
  for (const file of pages) {
    const html = readFileSync(path.join(site, file), 'utf8');
    if (!isIndexed(html)) continue;
    const adding = index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content: pageForIndex(html) }).then((added) => {
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      inFlight.delete(adding);
    });
    inFlight.add(adding);
    indexed++;
    if (inFlight.size >= pagesInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  await minifyInPlace(path.join(site, 'pagefind/pagefind.js'));
  return indexed;
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` once the site is built: one index
 * per page language, from the parts of pages marked `data-pagefind-body` only. It starts as
 * soon as the pages are written, so Pagefind's own process indexes while the other
 * integrations write the sitemap and the rest; the build waits for it at the end.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'safe-city:search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = indexPages(fileURLToPath(dir));
        // A failure is reported where the build waits for the index, not as an unhandled rejection.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await (indexing ?? indexPages(fileURLToPath(dir)));
        logger.info(`Search index: ${indexed} pages.`);
      },
    },
  };
}
