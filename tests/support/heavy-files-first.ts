import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A test file that builds a site with Astro: those builds take turns (astro-project-lock.ts). */
const buildsASite = /\brunAstro\(/;
/** A shard of the crawl of every page (every-page-check.ts), the largest piece of browser work. */
const crawlsPages = /\bcheckEveryPage\(/;

/**
 * Starts the files that do the most work first, whatever their size. Without a record of earlier
 * runs (a fresh clone, as in CI) vitest starts the largest files first, so the builds, which take
 * turns and so form one chain, started behind the browser files and were the suite's tail, and
 * the three-line crawl shards were last. Builds and crawl shards alternate, so that a file waiting
 * its turn to build leaves the cores to a crawl.
 */
export class HeavyFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const matching = (pattern: RegExp) => sorted.filter((file) => pattern.test(readFileSync(file.moduleId, 'utf8')));
    const builds = matching(buildsASite);
    const crawls = matching(crawlsPages);
    const heavy = Array.from({ length: Math.max(builds.length, crawls.length) }, (_, index) => [builds[index], crawls[index]]).flat().filter((file) => file !== undefined);
    return [...heavy, ...sorted.filter((file) => !heavy.includes(file))];
  }
}
