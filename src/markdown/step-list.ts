import type { Nodes, Root } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';

/** A step as the page shows it, for structured data: its anchor and its words. */
export interface StepSummary {
  anchor: string;
  text: string;
}

const classesOf = (node: Nodes): string[] => ((node.data as { hProperties?: { className?: string[] } } | undefined)?.hProperties?.className ?? []);
const furniture = new Set(['step__link', 'step__number']);
const blocks = new Set(['paragraph', 'list', 'listItem', 'blockquote', 'heading']);

/** The words of a node: block children are separated by a space, the step's number and link are left out. */
function plainText(node: Nodes): string {
  if (classesOf(node).some((name) => furniture.has(name))) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => plainText(child as Nodes)).join(blocks.has(node.type) && node.type !== 'paragraph' ? ' ' : '');
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
