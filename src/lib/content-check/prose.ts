import type { Link, Node, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import { findDirective } from '../../markdown/vocabulary';
import type { CheckedEntry } from './model';

/** Words a reader sees, with the line of the file they start on. */
export interface ProseSegment {
  /** The frontmatter field it comes from; none for the body. */
  field?: string;
  line: number;
  text: string;
}

/** The frontmatter fields written for readers; the rest are ids, dates, addresses and sources' own titles. */
export const proseFields = ['title', 'summary'] as const;

/** Text that is not a word to spell: a directive's label of ids (`:source[npu-theft]`), or a link whose text is its address. */
function notProse(text: Text, ancestors: Node[]): boolean {
  const parent = ancestors.at(-1);
  if (parent?.type === 'link' && (parent as Link).url === text.value) return true;
  return ancestors.some((node) => node.type === 'textDirective' && findDirective((node as TextDirective).name, 'text')?.labelIsIds === true);
}

/**
 * The body's prose in place: every character outside a text node (Markdown marks, directive
 * names and attributes, ids, addresses, code, MDX) is blanked to a space, and line breaks are
 * kept, so a word's line in the result is its line in the body and the speller sees only words.
 */
export function bodyProse(body: string, tree: Root): string {
  const kept = new Uint8Array(body.length);
  visitParents(tree, 'text', (node, ancestors) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || notProse(node, ancestors)) return;
    kept.fill(1, start, end);
  });
  let prose = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    prose += kept[index] || char === '\n' ? char : ' ';
  }
  return prose;
}

/** An entry's prose: its reader-facing frontmatter fields and its body, each with the file line it starts on. */
export function proseOf(entry: CheckedEntry, tree: Root): ProseSegment[] {
  const fields = proseFields.flatMap((field) => {
    const value = entry.data[field];
    return typeof value === 'string' ? [{ field, line: entry.lineOf([field]), text: value }] : [];
  });
  return [...fields, { line: entry.bodyLine, text: bodyProse(entry.body, tree) }];
}
