import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Written into the search page where the tag goes; replaced once the index exists, since the
 * page is rendered before Pagefind writes it.
 */
export const pagefindCacheTagSlot = '__PAGEFIND_CACHE_TAG__';

/**
 * Pagefind asks for its entry file with `?ts=<now>` on every search, so no stored copy ever
 * answers it and search fails with no network. Its `metaCacheTag` option puts a fixed tag there
 * instead: this one, the fingerprint of the entry file, changes exactly when the index does, so
 * a stored copy answers until the next deploy and no longer.
 */
export function pagefindCacheTag(dist: string): string {
  return createHash('sha256').update(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'))).digest('hex').slice(0, 12);
}
