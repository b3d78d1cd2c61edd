import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { stepAnchors } from './step-anchors';


/**
 * Every anchor a page made from this text will have: its steps', its headings' (slugged as
 * Astro slugs them, with github-slugger) and the ones its template adds (`templateAnchors`).
 */
export function pageAnchors(tree: Root, templateAnchors: readonly string[]): Set<string> {
  const anchors = new Set(templateAnchors);
  for (const step of stepAnchors(tree)) anchors.add(step.id);
  const slugger = new GithubSlugger();
  visitParents(tree, 'heading', (heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}
