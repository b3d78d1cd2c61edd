import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro-cli';
import { fixtureContent, replace } from '../support/fixture-content';
import { outputDir } from '../support/paths';

/**
 * The build runs the same content check as `npm run check`, whose every case is pinned by the unit
 * tests (tests/unit/content-check.test.ts and content-text.test.ts). What only a build can show is
 * that a problem stops it, named with its file, line and field, and that nothing is published.
 * One build with a problem in the fields of one file and one in the text of another shows that,
 * and that the build names every problem at once rather than the first it meets.
 */
const mutations = [
  { file: 'algorithms/en/sample-published.mdx', text: replace('summary: A published algorithm for testing the site build.\n', '') },
  { file: 'algorithms/uk/sample-published.mdx', text: replace('2. Другий крок. :source[fixture-b]', '2. Другий крок.\n3. Третій крок. :source[fixture-b]') },
];
const names = { 'a field': ['algorithms/en/sample-published.mdx:2', 'поле "summary"'], 'the text': ['algorithms/uk/sample-published.mdx:50', 'пункт списку не називає джерела'] };

describe('a production build with bad content', () => {
  let result: { code: number | null; output: string };
  let contentDir: string;
  const outDir = path.join(outputDir, 'build-bad-content-dist');
  beforeAll(async () => {
    contentDir = fixtureContent('build-bad-content', mutations);
    result = await runAstro(['build', '--outDir', outDir], { SAFE_CITY_CONTENT: contentDir });
  });

  it('stops and publishes nothing', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Нічого не зібрано.');
    expect(existsSync(outDir)).toBe(false);
  });

  for (const [where, expected] of Object.entries(names)) {
    it(`names the problem in ${where} with its file and line`, () => {
      for (const name of expected) expect(result.output).toContain(name.includes('.mdx') ? `${contentDir}/${name}` : name);
    });
  }
});
