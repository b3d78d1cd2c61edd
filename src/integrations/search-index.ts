import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported with the config: by the time the build is done, Astro's module loader has closed.
import * as pagefind from 'pagefind';
import { isIndexed, pageForIndex } from '../search/page-for-index';
import { closeHandoff, openHandoff, type IndexPages } from '../search/pages-for-index-handoff';
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

/**
 * A Pagefind index that takes pages as the build renders them (through the middleware) and is
 * written once the build is done.
 */
async function startIndex() {
  // The Pagefind service is started by the first call below and inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = indexChunkSize;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  let indexed = 0;
  const receiver: IndexPages = {
    async offer(sourcePath, html) {
      if (!isIndexed(html)) return;
      indexed++;
      // A failure is reported once every page is in, with all the others, not as it happens.
      const adding: Promise<void> = index
        .addHTMLFile({ sourcePath, content: pageForIndex(html) })
        .then(
          (added) => {
            if (added.errors.length > 0) failures.push(`${sourcePath}: ${added.errors.join('; ')}`);
          },
          (error: unknown) => {
            failures.push(`${sourcePath}: ${String(error)}`);
          },
        )
        .finally(() => inFlight.delete(adding));
      inFlight.add(adding);
      // A page waits while the service has a few dozen queued, so pages do not pile up in memory.
      if (inFlight.size >= pagesInFlight) await Promise.race(inFlight);
    },
  };
  return {
    receiver,
    /** Writes the index of every page offered; resolves to how many there were. */
    async finish(site: string): Promise<number> {
      await Promise.all(inFlight);
      if (failures.length > 0) throw new Error(`Pagefind could not index these pages:\n${failures.join('\n')}`);
      const written = await index.writeFiles({ outputPath: `${site}pagefind` });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await pagefind.close();
      await minifyInPlace(path.join(site, 'pagefind/pagefind.js'));
      return indexed;
    },
  };
}

/** Every built page, read back from disk: the way to index without the hand-off, for the bench. */
async function offerBuiltPages(dist: string, receiver: IndexPages) {
  for (const file of readdirSync(dist, { recursive: true }).map(String).filter((name) => name.endsWith('.html'))) {
    await receiver.offer(file.split(path.sep).join('/'), readFileSync(path.join(dist, file), 'utf8'));
  }
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
 * Builds the Pagefind search index into `dist/pagefind/`: one index per page language, from the
 * parts of pages marked `data-pagefind-body` only. Pages reach Pagefind's own process as they are
 * rendered (`src/middleware/search-index-handoff.ts`), so it indexes on the other core while the build renders the
 * rest; the build waits for the index at the end.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Awaited<ReturnType<typeof startIndex>> | undefined;
  return {
    name: 'safe-city:search-index',
    hooks: {
      'astro:build:start': async () => {
        indexing = await startIndex();
        if (siteSettings.optimised('search-handoff')) openHandoff(indexing.receiver);
      },
      'astro:build:done': async ({ dir, logger }) => {
        closeHandoff();
        if (!indexing) return;
        if (!siteSettings.optimised('search-handoff')) await offerBuiltPages(fileURLToPath(dir), indexing.receiver);
        const dist = fileURLToPath(dir);
        const indexed = await indexing.finish(dist);
        writeCacheTag(dist);
        logger.info(`Search index: ${indexed} pages.`);
      },
    },
  };
}
