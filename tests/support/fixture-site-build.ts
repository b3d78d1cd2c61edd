import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { runAstro } from './astro-cli';
import { validFixture } from './fixture-content';
import { outputDir } from './paths';
import { takeProcessLock } from './process-lock';

/** Where the fixture content is built, once per test run, for every test that reads or serves it. */
export const fixtureDist = path.join(outputDir, 'fixture-dist');

/**
 * The fixture's build settings: one algorithm per topic page and per leaflet pack page, so that
 * the fixture's two published algorithms fill two of each. The editors' preview of the fixture
 * (astro dev) takes them too.
 */
export const fixtureEnv = { SAFE_CITY_CONTENT: validFixture, SAFE_CITY_TOPIC_PAGE_SIZE: '1', SAFE_CITY_LEAFLET_PACK_SIZE: '1' };

const stamp = path.join(outputDir, 'fixture-build.stamp');
const lock = path.join(outputDir, 'fixture-build.lock');

/**
 * Builds the fixture content into `fixtureDist` unless this test run already has: the tests of
 * drafts and translations read the build and the nginx test serves it, and Astro builds take
 * turns (astro-project-lock.ts), so each build saved shortens the suite.
 */
export async function buildFixtureSite(): Promise<string> {
  const run = inject('testRun');
  const built = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === run && existsSync(path.join(fixtureDist, 'index.html'));
  if (built()) return fixtureDist;
  const release = await takeProcessLock(lock);
  try {
    if (built()) return fixtureDist;
    const { code, output } = await runAstro(['build', '--outDir', fixtureDist], fixtureEnv);
    if (code !== 0) throw new Error(`The fixture site did not build:\n${output}`);
    writeFileSync(stamp, run);
    return fixtureDist;
  } finally {
    release();
  }
}
