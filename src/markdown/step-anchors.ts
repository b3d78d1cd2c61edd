import type { Root } from 'mdast';
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
 * The anchors the steps of a page will get, from its unrendered text: `step-N` (numbered
 * across the page) unless the step starts with `:anchor{#name}`. The same rule as the
 * vocabulary plugin, for the checks that run before anything is rendered.
 */
export function stepAnchors(tree: Root): StepAnchor[] {
  const anchors: StepAnchor[] = [];
  visitParents(tree, 'containerDirective', (steps) => {
    if (steps.name !== 'steps') return undefined;
    const list = steps.children.find((child) => child.type === 'list');
    for (const item of list?.type === 'list' ? list.children : []) {
      const first = item.children[0];
      const start = first?.type === 'paragraph' ? first.children[0] : undefined;
      const named = start?.type === 'textDirective' && start.name === 'anchor' ? start.attributes?.id : undefined;
      const number = anchors.length + 1;
      anchors.push({ id: named ?? `step-${number}`, number, line: item.position?.start.line ?? 1, named: Boolean(named) });
    }
    return SKIP;
  });
  return anchors;
}
