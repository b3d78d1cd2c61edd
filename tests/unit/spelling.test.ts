import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { spellingWarnings } from '../../src/lib/content-check/spelling';
import { cleanEnv } from '../support/astro-cli';
import { fixtureContent, replace } from '../support/fixture-content';
import { projectRoot } from '../support/paths';

const ukAlgorithm = 'algorithms/uk/sample-published.mdx';
const enAlgorithm = 'algorithms/en/sample-published.mdx';

const spelling = async (content: string, lang: 'uk' | 'en' = 'en') => spellingWarnings(checkContent(projectRoot, content).model, projectRoot, content, lang);

/** The 1-based line of a fixture file on which `text` stands. */
const lineOf = (content: string, file: string, text: string) => readFileSync(path.join(projectRoot, content, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

// Loading the Ukrainian dictionary is the slow part (about a second, more on a busy machine).
describe('spelling', { timeout: 60_000 }, () => {
  it('warns about a misspelt Ukrainian and a misspelt English word with file, line, the word and suggestions', async () => {
    const content = fixtureContent('spelling-misspelt', [
      { file: ukAlgorithm, text: replace('2. Другий крок.', '2. Негайно йдіть в укритя.') },
      { file: enAlgorithm, text: (old) => old.replace(/^title: .*$/m, 'title: Go to the shelter immediatly') },
    ]);
    const warnings = await spelling(content);
    expect(warnings.map(({ file, line, field, message }) => ({ file, line, field, message }))).toEqual([
      { file: `${content}/${enAlgorithm}`, line: 2, field: 'title', message: '"immediatly" is not in the dictionary' },
      { file: `${content}/${ukAlgorithm}`, line: lineOf(content, ukAlgorithm, 'укритя'), field: undefined, message: '"укритя" is not in the dictionary' },
    ]);
    expect(warnings[0]!.fix).toMatch(/^perhaps immediately(, [a-z]+){0,2}; if the word is right .*\/data\/words\.txt$/);
    expect(warnings[1]!.fix).toMatch(/^perhaps укрит/);
    const [inUkrainian] = await spelling(content, 'uk');
    expect(inUkrainian!.message).toBe('слова «immediatly» немає у словнику');
  });

  it('accepts a word from the project word list, and each of the three Ukrainian apostrophes', async () => {
    const step = '2. Зверніться до громадської організації Шмарківка, про це треба знати напам’ять, напамʼять і напам\'ять.';
    const unlisted = fixtureContent('spelling-unlisted', [{ file: ukAlgorithm, text: replace('2. Другий крок.', step) }]);
    expect((await spelling(unlisted)).map((warning) => warning.message)).toEqual(['"Шмарківка" is not in the dictionary']);
    const listed = fixtureContent('spelling-listed', [
      { file: ukAlgorithm, text: replace('2. Другий крок.', step) },
      { file: 'data/words.txt', text: '# A name in the fixture\nШмарківка\n' },
    ]);
    expect(await spelling(listed)).toEqual([]);
  });

  it('spells words a reader sees, not directive names, attributes, ids, anchors, addresses or code', async () => {
    // Each would be reported in prose (the first fixture shows it), so none is let off for looking random.
    const words = ['dzvonit', 'poradnyk', 'rulez', 'zapusty', 'dsnspor', 'politsiya', 'rozmitka'];
    const asProse = fixtureContent('spelling-markup-prose', [{ file: ukAlgorithm, text: replace('2. Другий крок.', `2. ${words.join(' ')}.`) }]);
    expect((await spelling(asProse)).map((warning) => warning.message)).toEqual(words.map((word) => `"${word}" is not in the dictionary`));
    const content = fixtureContent('spelling-markup', [
      {
        file: ukAlgorithm,
        text: replace(
          '2. Другий крок. :source[fixture-b]',
          [
            '2. :anchor{#dzvonit} Дзвоніть :call{contact="politsiya"} або читайте [порадник](https://example.org/poradnyk) і <https://example.org/rulez>. Код `zapusty`. :source[fixture-b, dsnspor]',
            '',
            ':::callout{level="urgent" contact="politsiya"}',
            '- ще один рядок. :source[dsnspor]',
            ':::',
            '',
            '<div data-x="rozmitka">бачите</div>',
          ].join('\n'),
        ),
      },
    ]);
    expect(await spelling(content)).toEqual([]);
  });

  it('prints the warnings under their own heading and as GitHub warnings, without failing the check', () => {
    const content = fixtureContent('spelling-command', [{ file: ukAlgorithm, text: replace('2. Другий крок.', '2. Негайно йдіть в укритя.') }]);
    const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/check.ts'], { cwd: projectRoot, env: cleanEnv({ SAFE_CITY_CONTENT: content, GITHUB_ACTIONS: 'true' }), encoding: 'utf8' });
    const line = lineOf(content, ukAlgorithm, 'укритя');
    expect(result.stderr).toContain(`Можливі помилки правопису (1; це не зупиняє збірку):\n\n1. ${content}/${ukAlgorithm}:${line}\n    слова «укритя» немає у словнику\n    Як виправити: можливо, укрит`);
    expect(result.stdout).toContain(`::warning file=${content}/${ukAlgorithm},line=${line},title=Перевірка вмісту::слова «укритя» немає у словнику`);
    expect(result.status).toBe(0);
  });

  it('finds no unknown word in the real content', async () => {
    const warnings = await spelling('content');
    expect(warnings.map((warning) => `${warning.file}:${warning.line} ${warning.message}`)).toEqual([]);
  });
});
