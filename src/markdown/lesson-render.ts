import type { BlockContent, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Translator } from '../i18n/translator';
import type { UiKey } from '../i18n/ui';
import { paragraphsOf } from './step-list';
import { answerMark, answerWhy, lessonBoxes, listOf, questionWording, withoutAnswerMark, type LessonBox } from './lesson-parts';

/**
 * How a lesson's boxes become its page: each part a section under its own heading, and each
 * self-check question a list of answers that open, without any script, on "Check": the right one
 * says so with the explanation and its sources, a wrong one says so with the same explanation.
 */

/** The id of the heading of each part of a lesson's page, which links (and the check) may point to. */
export const lessonAnchors = { rules: 'rules-heading', why: 'why-heading', practice: 'practice-heading', questions: 'questions-heading', parents: 'parents-heading' } as const;

const hast = <T extends Nodes>(node: T, hName: string, hProperties: Record<string, unknown> = {}): T => {
  node.data = { ...node.data, hName, hProperties: { ...((node.data as { hProperties?: object } | undefined)?.hProperties ?? {}), ...hProperties } } as T['data'];
  return node;
};
const text = (value: string): Text => ({ type: 'text', value });
const heading = (depth: 2 | 3, words: string, id?: string): RootContent => ({ type: 'heading', depth, children: [text(words)], data: id ? { hProperties: { id } } : {} }) as RootContent;
const strong = (words: string, className: string): PhrasingContent => hast({ type: 'strong', children: [text(words)] } as PhrasingContent, 'strong', { className: [className] });

/** Whether a node is one of a lesson's boxes. */
export function isLessonBox(node: Nodes): node is ContainerDirective {
  return node.type === 'containerDirective' && (lessonBoxes as readonly string[]).includes(node.name);
}

/** `:::rules`, `:::why`, `:::practice`, `:::parents`: a section under its heading. */
export function renderLessonPart(node: ContainerDirective, t: Translator): void {
  const name = node.name as Exclude<LessonBox, 'question'>;
  const id = lessonAnchors[name];
  node.children.unshift(heading(2, t(`lesson.${name}` as UiKey), id) as BlockContent);
  // Search finds a lesson by what it is for (its title, summary, objectives and keywords: "урок",
  // the classes, the topic); its parts retell an algorithm at length, and would put lessons
  // before the algorithm a resident in danger needs.
  hast(node, 'section', { className: ['lesson-part', `lesson-part--${name}`], ariaLabelledBy: id, dataPagefindIgnore: '' });
}

/** One answer: its words as the summary with "Check", then whether it is right and why. */
function answer(item: ListItem, why: Paragraph | undefined, whyWords: string, t: Translator): ListItem {
  const right = answerMark(item) === true;
  withoutAnswerMark(item);
  const words = item.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
  const summary = hast({ type: 'paragraph', children: [...words, text(' '), hast({ type: 'emphasis', children: [text(t('lesson.check'))] } as PhrasingContent, 'span', { className: ['answer__check'] })] } as Paragraph, 'summary');
  const verdict = strong(t(right ? 'lesson.right' : 'lesson.wrong'), right ? 'answer__right' : 'answer__wrong');
  // The explanation with its source marks appears once, under the right answer (the marks have ids); a wrong answer repeats its words.
  const explained: Paragraph = right && why ? why : hast({ type: 'paragraph', children: [text(whyWords)] } as Paragraph, 'p', { dataPagefindIgnore: '' });
  const result = hast({ type: 'paragraph', children: [verdict] } as Paragraph, 'p', { className: ['answer__verdict'] });
  const details = hast({ type: 'blockquote', children: [summary, result, explained] } as BlockContent, 'details', { className: ['answer'] });
  return hast({ type: 'listItem', spread: false, checked: null, children: [details] } as ListItem, 'li');
}

/** A self-check question as the open data and the print formats need it. */
export interface QuestionSummary {
  number: number;
  question: string;
  answers: { text: string; right: boolean }[];
  /** Why the right answer is right. */
  why: string;
}

/** `:::question`: its number, its wording, and its answers, each opening on "Check". */
export function renderQuestion(node: ContainerDirective, number: number, t: Translator): QuestionSummary {
  const wording = questionWording(node);
  const found = answerWhy(node);
  let whyWords = '';
  if (found) {
    const at = found.paragraph.children.indexOf(found.mark);
    found.paragraph.children.splice(at, 1, ...(found.mark.children as PhrasingContent[]));
    whyWords = paragraphsOf(found.paragraph).join(' ');
    hast(found.paragraph, 'p', { className: ['answer__why'] });
  }
  const list = listOf(node);
  const summary: QuestionSummary = {
    number,
    question: wording.flatMap((paragraph) => paragraphsOf(paragraph)).join(' '),
    answers: (list?.children ?? []).map((item) => ({ text: paragraphsOf(item).join(' ').replace(/^\[[ xX]\]\s/, ''), right: answerMark(item) === true })),
    why: whyWords,
  };
  const answers = list ? hast({ ...list, ordered: false, children: list.children.map((item) => answer(item, found?.paragraph, whyWords, t)) }, 'ul', { className: ['answers'] }) : undefined;
  node.children = [heading(3, t('lesson.question', { number })) as BlockContent, ...wording, ...(answers ? [answers] : [])];
  hast(node, 'section', { className: ['question'] });
  return summary;
}

/** The questions, gathered under one heading where the first stood: "Check yourself". */
export function gatherQuestions(tree: Root, t: Translator): void {
  const first = tree.children.findIndex((node) => node.type === 'containerDirective' && node.name === 'question');
  if (first < 0) return;
  const questions = tree.children.filter((node) => node.type === 'containerDirective' && node.name === 'question');
  tree.children = tree.children.filter((node) => !questions.includes(node));
  const hint = hast({ type: 'paragraph', children: [text(t('lesson.questions.hint'))] } as Paragraph, 'p', { className: ['muted'], dataPagefindIgnore: '' });
  const section = hast({ type: 'blockquote', children: [heading(2, t('lesson.questions'), lessonAnchors.questions), hint, ...questions] } as BlockContent, 'section', { className: ['lesson-part', 'lesson-part--questions'], ariaLabelledBy: lessonAnchors.questions, dataPagefindIgnore: '' });
  tree.children.splice(first, 0, section as RootContent);
}
