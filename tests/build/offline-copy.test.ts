import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { automaticCopyBudget, offlineCopy } from '../../src/offline/offline-copy';
import { pagefindCacheTag } from '../../src/search/pagefind-cache-tag';
import { distDir } from '../support/paths';

const cacheTag = () => pagefindCacheTag(distDir);
// Topics in the order the content gives them (content/data/categories.yaml), most urgent first.
const urgency = (id: string) => ['air-raid-alert-and-shelling', 'explosive-objects'].indexOf(id) + 1 || 99;

describe('the offline copy of a language', () => {
  it('keeps, after a first visit, the contacts, the search and every algorithm of the real site, and leaves leaflets to the reader', () => {
    const list = JSON.parse(readFileSync(path.join(distDir, 'offline/uk.json'), 'utf8')) as { automatic: string[]; optional: string[]; automaticBytes: number; algorithms: { automatic: number; all: number } };
    expect(list.automatic).toEqual(expect.arrayContaining(['/uk/', '/uk/contacts/', '/uk/search/', '/uk/algorithms/', '/uk/algorithms/domestic-violence/', '/pagefind/pagefind.js', `/pagefind/pagefind-entry.json?ts=${cacheTag()}`]));
    expect(list.algorithms.automatic).toBe(list.algorithms.all);
    expect(list.automatic.filter((url) => url.includes('/leaflets/') || url.startsWith('/en/') || url.includes('/en_'))).toEqual([]);
    expect(list.automatic.some((url) => url.startsWith('/pagefind/fragment/uk_'))).toBe(true);
    expect(list.optional).toEqual(expect.arrayContaining(['/uk/leaflets/', '/uk/leaflets/road-accident/', '/uk/leaflets/road-accident/a5/', '/uk/leaflets/pack/all/']));
    expect(list.automaticBytes).toBeLessThan(automaticCopyBudget);
  });

  it('writes into the search page the cache tag the copy keeps Pagefind’s entry file under', () => {
    expect(readFileSync(path.join(distDir, 'uk/search/index.html'), 'utf8')).toContain(`"pagefindCacheTag":"${cacheTag()}"`);
  });

  it('within a smaller budget, keeps the most urgent algorithms first and offers the rest', () => {
    const whole = offlineCopy(distDir, 'uk', { base: '/', cacheTag: cacheTag(), urgency });
    // With no room for any algorithm, what is left is what a reader needs whatever else fits.
    const essentials = offlineCopy(distDir, 'uk', { base: '/', cacheTag: cacheTag(), urgency, budget: 0 });
    expect(essentials.algorithms.automatic).toBe(0);
    expect(essentials.automatic).toEqual(expect.arrayContaining(['/uk/contacts/', '/uk/search/', '/pagefind/pagefind.js']));
    // Room for two or three algorithm pages more.
    const budget = essentials.automaticBytes + 20_000;
    const tight = offlineCopy(distDir, 'uk', { base: '/', cacheTag: cacheTag(), urgency, budget });
    expect(tight.automaticBytes).toBeLessThanOrEqual(budget);
    const keptAlgorithms = tight.automatic.filter((url) => url.startsWith('/uk/algorithms/') && url !== '/uk/algorithms/');
    expect(keptAlgorithms.length).toBeGreaterThan(0);
    expect(keptAlgorithms.length).toBeLessThan(whole.algorithms.all);
    expect(keptAlgorithms[0]).toBe('/uk/algorithms/air-raid-alert-and-shelling/');
    const offered = tight.optional.filter((url) => url.startsWith('/uk/algorithms/'));
    expect([...keptAlgorithms, ...offered].sort()).toEqual(whole.automatic.filter((url) => url.startsWith('/uk/algorithms/') && url !== '/uk/algorithms/').sort());
    expect(tight.algorithms).toEqual({ automatic: keptAlgorithms.length, all: whole.algorithms.all });
    // A search with no network lists what the copy can open: fragments of kept pages only.
    const fragmentOf = (file: string) => (JSON.parse(gunzipSync(readFileSync(path.join(distDir, file))).subarray(12).toString('utf8')) as { url: string }).url;
    const keptFragments = tight.automatic.filter((url) => url.startsWith('/pagefind/fragment/')).map(fragmentOf);
    expect(keptFragments.sort()).toEqual([...keptAlgorithms].sort());
    expect(tight.optional.filter((url) => url.startsWith('/pagefind/fragment/')).map(fragmentOf).sort()).toEqual([...offered].sort());
  });
});
