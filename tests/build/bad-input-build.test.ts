import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro-cli';
import { badInputCases } from '../support/bad-input-cases';
import { fixtureContent, replace } from '../support/fixture-content';
import { outputDir } from '../support/paths';

/**
 * The build runs the same content check as `npm run check`, whose every case is pinned by the unit
 * tests (tests/unit/content-check.test.ts and content-text.test.ts). What only a build can show is
 * that a problem stops it, named with its file, line and field, and that nothing is published:
 * one case in the fields and one in the text show that.
 */
const cases: Record<string, { mutations: Parameters<typeof fixtureContent>[1]; names: string[] }> = {
  'a field': { mutations: badInputCases['missing required field']!, names: ['algorithms/uk/sample-published.mdx:2', 'поле "summary"'] },
  'the text': {
    mutations: [{ file: 'algorithms/uk/sample-published.mdx', text: replace('2. Другий крок. :source[fixture-b]', '2. Другий крок.\n3. Третій крок. :source[fixture-b]') }],
    names: ['algorithms/uk/sample-published.mdx:50', 'пункт списку не називає джерела'],
  },
};

describe('a production build with bad content stops and publishes nothing', () => {
  for (const [where, { mutations, names }] of Object.entries(cases)) {
    it(`when the problem is in ${where}`, async () => {
      const slug = `build-bad-${where.replace(/\W+/g, '-')}`;
      const contentDir = fixtureContent(slug, mutations);
      const outDir = path.join(outputDir, `${slug}-dist`);
      const { code, output } = await runAstro(['build', '--outDir', outDir], { SAFE_CITY_CONTENT: contentDir });
      expect(code).not.toBe(0);
      for (const name of names) expect(output).toContain(name.includes('.mdx') ? `${contentDir}/${name}` : name);
      expect(output).toContain('Нічого не зібрано.');
      expect(existsSync(outDir)).toBe(false);
    });
  }
});
