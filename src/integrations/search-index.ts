import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
// Imported with the config: by the time the build is done, Astro's module loader has closed.
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `dist/pagefind/` once the site is built: one index
 * per page language, from the parts of pages marked `data-pagefind-body` only.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'safe-city:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Search index: ${added.page_count} pages.`);
      },
    },
  };
}
