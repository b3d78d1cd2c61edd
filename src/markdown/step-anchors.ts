import type { ListItem, Root } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';

/** A step's anchor as the page will have it. */
export interface StepAnchor {
  id: string;
  /** The step's number, counted across all the page's :::steps. */
  number: number;
  line: number;
  /** true when the editor named it with :anchor, false for the automatic step-N. */
  named: boolean;
}

/**
 * The anchor one step gets: the name given by the `:anchor{#name}` it starts with, else
 * `step-N`, N counted across the page. The vocabulary plugin and the checks both ask here.
 */
export function stepAnchor(item: ListItem, number: number): { id: string; named: boolean } {
  const first = item.children[0];
  const start = first?.type === 'paragraph' ? first.children[0] : undefined;
  const named = start?.type === 'textDirective' && start.name === 'anchor' ? start.attributes?.id : undefined;
  return named ? { id: named, named: true } : { id: `step-${number}`, named: false };
}

/** The anchors the steps of a page will get, from its unrendered text, for the checks. */
export function stepAnchors(tree: Root): StepAnchor[] {
  const anchors: StepAnchor[] = [];
  visitParents(tree, 'containerDirective', (steps) => {
    if (steps.name !== 'steps') return undefined;
    const list = steps.children.find((child) => child.type === 'list');
    for (const item of list?.type === 'list' ? list.children : []) {
      const number = anchors.length + 1;
      anchors.push({ ...stepAnchor(item, number), number, line: item.position?.start.line ?? 1 });
    }
    return SKIP;
  });
  return anchors;
}
