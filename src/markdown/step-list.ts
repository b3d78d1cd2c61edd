import type { Nodes, Root } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';

/** A step as the page shows it, for structured data: its anchor and its words. */
export interface StepSummary {
  anchor: string;
  text: string;
}

const classesOf = (node: Nodes): string[] => ((node.data as { hProperties?: { className?: string[] } } | undefined)?.hProperties?.className ?? []);
const furniture = new Set(['step__link', 'step__number', 'cite']);
const blocks = new Set(['paragraph', 'list', 'listItem', 'blockquote', 'heading']);

/** The words of a node: block children are separated by a space, the step's number and link are left out. */
function plainText(node: Nodes): string {
  if (classesOf(node).some((name) => furniture.has(name))) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => plainText(child as Nodes)).join(blocks.has(node.type) && node.type !== 'paragraph' ? ' ' : '');
}

/**
 * The words of a statement, one string per paragraph in reading order: a step's lead line, then
 * each of its sub-steps. Page furniture and source marks are left out.
 */
export function paragraphsOf(node: Nodes): string[] {
  const paragraphs: string[] = [];
  visitParents(node, 'paragraph', (paragraph) => {
    const words = plainText(paragraph).replace(/\s+/g, ' ').trim();
    if (words) paragraphs.push(words);
    return SKIP;
  });
  return paragraphs;
}

/**
 * The steps of a page whose vocabulary has been rendered, in page order. The page's schema.org
 * HowTo is made from these, so the page is not rendered twice.
 */
export function stepList(tree: Root): StepSummary[] {
  const steps: StepSummary[] = [];
  visitParents(tree, 'listItem', (item) => {
    if (!classesOf(item).includes('step')) return undefined;
    const anchor = (item.data as { hProperties?: { id?: string } }).hProperties?.id ?? '';
    steps.push({ anchor, text: plainText(item).replace(/\s+/g, ' ').trim() });
    return SKIP;
  });
  return steps;
}
