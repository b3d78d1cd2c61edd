import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import type { Translator } from '../../i18n/translator';
import { answerMark, answerWhy, boxesNamed, listOf, questionCount, ruleCount } from '../../markdown/lesson-parts';
import { answerWhyName } from '../../markdown/statements';
import { bandsWithWhy, type AgeBand } from '../../schemas/lesson';
import type { CheckedEntry } from './model';
import type { Problem } from './problem';

/** Whether a `:why[…]` was read as part of the last answer: written on the line right after it, Markdown carries it on. */
function whyInAnswers(box: ContainerDirective): boolean {
  const list = listOf(box);
  let found = false;
  if (list) visitParents(list, 'textDirective', (node) => void (found ||= node.name === answerWhyName));
  return found;
}

/**
 * A lesson's text has its parts in the numbers a class needs: three to five rules, a `:::why` for
 * the older bands only, what to practise, five self-check questions each with exactly one right
 * answer and its explanation, and the part for parents. The file name ends with the age band.
 */
export function lessonShapeProblems(entry: CheckedEntry, tree: Root, t: Translator): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number | undefined) => entry.bodyLine + (line ?? 1) - 1;
  const add = (line: number | undefined, message: string, fix: string) => problems.push({ file: entry.file, line: at(line), message, fix });
  const band = entry.data.ageBand as AgeBand | undefined;

  if (typeof band === 'string' && !entry.id.endsWith(`-${band}`)) {
    problems.push({ file: entry.file, line: entry.lineOf(['ageBand']), field: 'ageBand', message: t('check.lesson.bandName', { band, id: entry.id }), fix: t('check.lesson.bandName.fix', { band }) });
  }

  const rules = boxesNamed(tree, 'rules');
  if (rules.length !== 1) add(rules[1]?.position?.start.line, t('check.lesson.rulesBox', { count: rules.length }), t('check.lesson.rulesBox.fix'));
  for (const box of rules) {
    const count = listOf(box)?.children.length ?? 0;
    if (count < ruleCount.min || count > ruleCount.max) add(box.position?.start.line, t('check.lesson.ruleCount', { count, min: ruleCount.min, max: ruleCount.max }), t('check.lesson.ruleCount.fix', { min: ruleCount.min, max: ruleCount.max }));
  }

  const why = boxesNamed(tree, 'why');
  const wantsWhy = band !== undefined && bandsWithWhy.includes(band);
  if (band !== undefined && !wantsWhy) for (const box of why) add(box.position?.start.line, t('check.lesson.whyYoung', { band }), t('check.lesson.whyYoung.fix', { bands: bandsWithWhy.join(', ') }));
  if (wantsWhy && why.length === 0) add(1, t('check.lesson.whyMissing', { band }), t('check.lesson.whyMissing.fix'));

  if (boxesNamed(tree, 'practice').length === 0) add(1, t('check.lesson.practiceMissing'), t('check.lesson.practiceMissing.fix'));
  if (boxesNamed(tree, 'parents').length === 0) add(1, t('check.lesson.parentsMissing'), t('check.lesson.parentsMissing.fix'));

  const questions = boxesNamed(tree, 'question');
  if (questions.length !== questionCount) add(questions[questionCount]?.position?.start.line ?? 1, t('check.lesson.questionCount', { count: questions.length, wanted: questionCount }), t('check.lesson.questionCount.fix', { wanted: questionCount }));
  questions.forEach((box, index) => {
    const number = index + 1;
    const line = box.position?.start.line;
    const answers = listOf(box)?.children ?? [];
    const marks = answers.map(answerMark);
    if (answers.length < 2 || marks.some((mark) => mark === undefined)) add(line, t('check.lesson.answers', { number }), t('check.lesson.answers.fix'));
    else if (marks.filter(Boolean).length !== 1) add(line, t('check.lesson.rightAnswer', { number, count: marks.filter(Boolean).length }), t('check.lesson.rightAnswer.fix'));
    const explanation = answerWhy(box);
    if (!explanation && whyInAnswers(box)) add(line, t('check.lesson.answerWhyInList', { number }), t('check.lesson.answerWhyInList.fix'));
    else if (!explanation || explanation.mark.children.length === 0) add(line, t('check.lesson.answerWhy', { number }), t('check.lesson.answerWhy.fix'));
  });

  // `:why[…]` explains a question's answer: anywhere else it would vanish from the page.
  visitParents(tree, 'textDirective', (node, ancestors) => {
    if (node.name !== answerWhyName) return;
    if (!ancestors.some((ancestor) => ancestor.type === 'containerDirective' && ancestor.name === 'question')) add(node.position?.start.line, t('check.lesson.whyOutside'), t('check.lesson.whyOutside.fix'));
  });
  return problems;
}
