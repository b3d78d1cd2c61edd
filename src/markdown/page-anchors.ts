import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { stepAnchors } from './step-anchors';

/**
 * Ids the page templates give their own parts (the main content, the "about", sources and
 * changelog sections, related lists). A link may point to them; they are not in the text.
 */
const templateAnchors = [
  'main',
  'about-heading',
  'sources-heading',
  'changelog-heading',
  'call-box-heading',
  'actions-heading',
  'evidence-heading',
  'related-algorithms',
  'related-minutes',
  'related-recommendations',
];

/**
 * Every anchor a page made from this text will have: its steps', its headings' (slugged as
 * Astro slugs them, with github-slugger) and the template's own.
 */
export function pageAnchors(tree: Root): Set<string> {
  const anchors = new Set(templateAnchors);
  for (const step of stepAnchors(tree)) anchors.add(step.id);
  const slugger = new GithubSlugger();
  visitParents(tree, 'heading', (heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}
