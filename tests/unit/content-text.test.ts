import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/locales';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { replace } from '../support/fixture-content';
import { fixtureContent } from '../support/fixture-content';
import { projectRoot } from '../support/paths';
import { badTextCases } from '../support/text-cases';

const report = (name: string, lang: Lang) => {
  const dir = fixtureContent(`text-${name.replace(/\W+/g, '-')}`, [
    { file: 'algorithms/uk/sample-published.mdx', text: replace('## Кроки\n\n1. Перший крок. :source[fixture-a]\n2. Другий крок. :source[fixture-b]\n', `${badTextCases[name]}\n`) },
  ]);
  return formatProblems(checkContent(projectRoot, dir, lang).problems, lang).replaceAll(dir, '<content>');
};

describe('bad text is reported with file, line and a fix', () => {
  for (const name of Object.keys(badTextCases)) {
    for (const lang of ['uk', 'en'] as const) {
      it(`${name} (${lang})`, async () => {
        await expect(report(name, lang)).toMatchFileSnapshot(`__snapshots__/text-problems/${name.replace(/\W+/g, '-')}.${lang}.txt`);
      });
    }
  }

  it('every case is found: none reports zero problems', () => {
    for (const name of Object.keys(badTextCases)) expect({ name, report: report(name, 'en') }).not.toMatchObject({ report: expect.stringContaining('found 0 problems') });
  });
});
