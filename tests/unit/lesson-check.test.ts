import { describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/content-check';
import { fixtureContent, replace, type Mutation } from '../support/fixture-content';
import { projectRoot } from '../support/paths';

/**
 * The content check holds every lesson to the shape a class needs, and says what is wrong with
 * file, line and fix in the editors' language (Ukrainian unless asked).
 */
const uk = 'lessons/uk/sample-10-15.mdx';
const en = 'lessons/en/sample-10-15.mdx';
const file = (relative: string) => (name: string) => `tests/.output/content/lesson-${name}/${relative}`;

function problems(name: string, mutations: Mutation[], lang: 'uk' | 'en' = 'uk'): Problem[] {
  return checkContent(projectRoot, fixtureContent(`lesson-${name}`, mutations), lang).problems;
}
/** The one problem a case must give: where, and what it says. */
function only(found: Problem[]): Pick<Problem, 'file' | 'line' | 'message'> & { hasFix: boolean } {
  expect(found.map((problem) => problem.message)).toHaveLength(1);
  const [problem] = found;
  return { file: problem!.file, line: problem!.line, message: problem!.message, hasFix: Boolean(problem!.fix) };
}
/** Both language files changed the same way, so that only the rule under test is broken. */
const both = (text: (old: string) => string): Mutation[] => [
  { file: uk, text },
  { file: en, text },
];
/** A change to the Ukrainian text only: the rule under test is the original's; the translation then differs too. */
const ukOnly = (text: (old: string) => string): Mutation[] => [{ file: uk, text }];

describe('the lesson check', () => {
  it('accepts the valid fixture lesson', () => {
    expect(problems('valid', [])).toEqual([]);
  });

  it('rejects a lesson with no age band', () => {
    const found = problems('no-band', both(replace('ageBand: 10-15\n', '')));
    expect(found.filter((problem) => problem.file === file(uk)('no-band')).map((problem) => [problem.field, problem.line])).toEqual([['ageBand', 2]]);
  });

  it('rejects an age band that is not one of the three', () => {
    const found = problems('bad-band', both(replace('ageBand: 10-15', 'ageBand: 7-9')));
    expect(found.some((problem) => problem.file === file(uk)('bad-band') && problem.field === 'ageBand' && problem.message.includes('6-10, 10-15, 15-17'))).toBe(true);
  });

  it('rejects a file name that does not end with its age band', () => {
    const found = problems('band-name', both(replace('ageBand: 10-15', 'ageBand: 15-17')));
    expect(found.find((problem) => problem.file === file(uk)('band-name') && problem.field === 'ageBand')?.message).toBe('вікова група 15-17, але назва файлу «sample-10-15» закінчується інакше');
  });

  it('rejects fewer than three rules, at the line of :::rules', () => {
    const found = problems('two-rules', ukOnly((old) => old.replace(/^3\. .*\n/m, '')));
    expect(only(found.filter((problem) => problem.file === file(uk)('two-rules')))).toEqual({ file: file(uk)('two-rules'), line: 34, message: 'у :::rules 2 правил, а треба від 3 до 5', hasFix: true });
  });

  it('rejects more than five rules', () => {
    const six = (old: string) => old.replace(/^3\. (.*)\n/m, (line) => `${line}4. Ще. :source[fixture-a]\n5. Ще. :source[fixture-a]\n6. Ще. :source[fixture-a]\n`);
    const found = problems('six-rules', ukOnly(six));
    expect(found.filter((problem) => problem.file === file(uk)('six-rules')).map((problem) => problem.message)).toEqual(['у :::rules 6 правил, а треба від 3 до 5']);
  });

  it('rejects a :::why for the youngest band, and asks for one from the older bands', () => {
    const young = problems('young-why', both(replace('ageBand: 10-15', 'ageBand: 6-10')));
    expect(young.some((problem) => problem.message === 'блок :::why не для вікової групи 6-10: молодшим дітям дають лише правила')).toBe(true);
    const missing = problems('no-why', ukOnly((old) => old.replace(/:::why\n[^\n]*\n:::\n/, '')));
    expect(missing.filter((problem) => problem.file === file(uk)('no-why')).map((problem) => problem.message)).toEqual(['для вікової групи 10-15 потрібне коротке пояснення :::why']);
  });

  it('rejects a lesson without practice or without the part for parents', () => {
    const found = problems('no-parents', ukOnly((old) => old.replace(/:::parents[\s\S]*?\n:::\n/, '').replace(/:::practice\n[^\n]*\n:::\n/, '')));
    expect(found.filter((problem) => problem.file === file(uk)('no-parents')).map((problem) => problem.message).sort()).toEqual([
      'в уроці немає блоку :::practice (що потренувати в класі)',
      'в уроці немає частини для батьків :::parents',
    ]);
  });

  it('rejects a lesson with other than five questions', () => {
    const found = problems('four-questions', ukOnly((old) => old.replace(/:::question\nП[^\n]*\n[\s\S]*?\n:::\n/, '')));
    expect(found.filter((problem) => problem.file === file(uk)('four-questions')).map((problem) => problem.message)).toEqual(['в уроці 4 питань :::question, а треба 5']);
  });

  it('rejects a question with no right answer, or with two', () => {
    const none = problems('no-right', ukOnly(replace('- [x] Правильна відповідь.\n- [ ] Неправильна відповідь.', '- [ ] Правильна відповідь.\n- [ ] Неправильна відповідь.')));
    expect(none.filter((problem) => problem.file === file(uk)('no-right')).map((problem) => [problem.line, problem.message])).toEqual([[56, 'у питанні 2 правильних відповідей 0, а має бути одна']]);
    const two = problems('two-right', ukOnly(replace('- [x] Правильна відповідь.\n- [ ] Неправильна відповідь.', '- [x] Правильна відповідь.\n- [x] Неправильна відповідь.')));
    expect(two.filter((problem) => problem.file === file(uk)('two-right')).map((problem) => problem.message)).toEqual(['у питанні 2 правильних відповідей 2, а має бути одна']);
  });

  it('rejects a question without answers to mark', () => {
    const found = problems('no-answers', ukOnly(replace('Перше питання?\n- [ ] Неправильна відповідь.\n- [x] Правильна відповідь.\n', 'Перше питання?\n')));
    expect(found.filter((problem) => problem.file === file(uk)('no-answers')).map((problem) => problem.message)).toEqual(['у питанні 1 немає варіантів відповіді з позначками']);
  });

  it('rejects a question without its explanation, and says so when :why[…] ran into the last answer', () => {
    const missing = problems('no-why-mark', [{ file: uk, text: replace(':why[Бо так каже джерело.] :source[fixture-b]\n:::\n\n:::question\nТретє', 'Бо так каже джерело. :source[fixture-b]\n:::\n\n:::question\nТретє') }]);
    expect(missing.filter((problem) => problem.file === file(uk)('no-why-mark')).map((problem) => problem.message)).toContain('у питанні 2 немає пояснення :why[…]');
    const glued = problems('glued-why', [{ file: uk, text: replace('- [ ] Неправильна відповідь.\n\n:why[Бо так каже джерело.] :source[fixture-b]', '- [ ] Неправильна відповідь.\n:why[Бо так каже джерело.] :source[fixture-b]') }]);
    expect(glued.filter((problem) => problem.file === file(uk)('glued-why')).map((problem) => problem.message)).toContain('у питанні 2 :why[…] прилип до останнього варіанта відповіді');
  });

  it('asks every rule, explanation, practice item, answer and line for parents to cite a source of the lesson', () => {
    const found = problems('uncited', ukOnly((old) => old.replace('Перше правило. :source[fixture-a]', 'Перше правило.').replace('Повторіть правила разом. :source[fixture-b]', 'Повторіть правила разом.').replace('Вправа в класі. :source[fixture-a]', 'Вправа в класі. :source[nowhere]')));
    expect(found.filter((problem) => problem.file === file(uk)('uncited')).map((problem) => problem.message)).toEqual([
      'правило не називає джерела, яке це підтверджує',
      'джерела з id «nowhere» немає в полі sources',
      'рядок для батьків (:::parents) не називає джерела, яке це підтверджує',
    ]);
  });

  it('asks the translation to cite the same sources in the same places', () => {
    const found = problems('translation-sources', [{ file: en, text: replace('First rule. :source[fixture-a]', 'First rule. :source[fixture-b]') }]);
    expect(found.map((problem) => [problem.file, problem.line])).toEqual([[file(en)('translation-sources'), 36]]);
    expect(found[0]!.message).toContain('правило');
  });

  it('rejects a lesson tied to an algorithm that does not exist', () => {
    const found = problems('no-algorithm', both(replace('algorithm: sample-published', 'algorithm: no-such-algorithm')));
    expect(found.filter((problem) => problem.file === file(uk)('no-algorithm')).map((problem) => [problem.field, problem.line])).toEqual([['algorithm', 4]]);
  });

  it('rejects a lesson box in an algorithm, with its line and a fix, in the editors’ language', () => {
    const algorithm = 'algorithms/uk/sample-published.mdx';
    const [problem, ...rest] = problems('question-in-algorithm', [{ file: algorithm, text: (old) => `${old}\n:::question\nПитання?\n- [x] Так.\n\n:why[Бо так.] :source[fixture-a]\n:::\n` }]).filter((found) => found.file.endsWith(algorithm) && found.message.includes(':::question'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ message: ':::question можна використовувати лише в content/lessons/', fix: expect.stringContaining(':::steps') });
    expect(problem!.line).toBeGreaterThan(40);
    const inEnglish = checkContent(projectRoot, 'tests/.output/content/lesson-question-in-algorithm', 'en').problems.find((found) => found.file.endsWith(algorithm) && found.message.includes(':::question'));
    expect(inEnglish?.message).toBe(':::question may be used only in content/lessons/');
  });
});
