import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { answerWhyName } from './statements';

/**
 * The parts of a lesson's text, as editors write them: `:::rules`, `:::why`, `:::practice`,
 * five `:::question` and `:::parents`. The content check counts them; the page renders them.
 */
export const lessonBoxes = ['rules', 'why', 'practice', 'question', 'parents'] as const;
export type LessonBox = (typeof lessonBoxes)[number];

/** How many rules a lesson has, and how many self-check questions. */
export const ruleCount = { min: 3, max: 5 } as const;
export const questionCount = 5;

/** The top-level boxes of a lesson's text with a given name, in order. */
export function boxesNamed(tree: Root, name: LessonBox): ContainerDirective[] {
  return tree.children.filter((node: RootContent): node is ContainerDirective => node.type === 'containerDirective' && node.name === name);
}

/** The first list of a box: the rules, the practice items, a question's answers. */
export function listOf(box: ContainerDirective): List | undefined {
  return box.children.find((node): node is List => node.type === 'list');
}

/**
 * Whether an answer is the right one: `- [x]` is, `- [ ]` is not. The site's Markdown reads a
 * task list into `checked`; the content check's parser, which has no task lists, leaves the box
 * as the item's first words, so both are read here. Undefined for an item with no box.
 */
export function answerMark(item: ListItem): boolean | undefined {
  if (typeof item.checked === 'boolean') return item.checked;
  const first = item.children[0];
  const lead = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  const box = /^\[([ xX])\]\s/.exec(lead);
  return box ? box[1] !== ' ' : undefined;
}

/** An answer's paragraph without the `[x] ` the content check's parser leaves in front. */
export function withoutAnswerMark(item: ListItem): void {
  const first = item.children[0];
  if (first?.type === 'paragraph' && first.children[0]?.type === 'text') first.children[0].value = first.children[0].value.replace(/^\[[ xX]\]\s/, '');
  item.checked = null;
}

/** The paragraph of a question that explains its answer, and the `:why[…]` in it. */
export function answerWhy(box: ContainerDirective): { paragraph: Paragraph; mark: TextDirective } | undefined {
  for (const node of box.children) {
    if (node.type !== 'paragraph') continue;
    const mark = node.children.find((child): child is TextDirective => child.type === 'textDirective' && child.name === answerWhyName);
    if (mark) return { paragraph: node, mark };
  }
  return undefined;
}

/** A question's wording: the paragraphs before its answers. */
export function questionWording(box: ContainerDirective): Paragraph[] {
  const wording: Paragraph[] = [];
  for (const node of box.children) {
    if (node.type === 'list') break;
    if (node.type === 'paragraph' && !(node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) wording.push(node);
  }
  return wording;
}
