import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import { stepAnchor } from './step-anchors';

/**
 * What kind of statement: a step of `:::steps`, a line of a care card (`:::callout`), an item of
 * a `:::do` or `:::dont` list or of a plain list, or a paragraph of text (under a heading, in a
 * note or warning). In a lesson: a rule, a paragraph of its `:::why`, an item of `:::practice`,
 * the explanation (`:why[…]`) of a self-check question's answer, and a line of `:::parents`.
 */
export type StatementKind = 'step' | 'card' | 'do' | 'dont' | 'item' | 'text' | 'rule' | 'why' | 'practice' | 'answer' | 'parents';

/** A `:source[…]` mark and the source ids it names. */
export interface SourceMark {
  node: TextDirective;
  ids: string[];
}

/** One thing an algorithm tells the reader, which one or more of its sources must support. */
export interface Statement {
  kind: StatementKind;
  node: ListItem | Paragraph;
  /** The line in the text (1-based, from the start of the body). */
  line: number;
  /** For steps: the number counted across the page, and the anchor the step gets. */
  step?: { number: number; anchor: string };
  marks: SourceMark[];
  /** The ids its marks name, each once, in the order written. */
  sources: string[];
}

const kindOfBox: Record<string, StatementKind> = { steps: 'step', callout: 'card', do: 'do', dont: 'dont', rules: 'rule', why: 'why', practice: 'practice', question: 'answer', parents: 'parents' };

/** The name of the mark that explains a self-check question's answer: `:why[…]`. */
export const answerWhyName = 'why';

/** Whether a paragraph is only a bold label (`**Що зробити вдома:**`): a heading in all but name, saying nothing to support. */
function isLabel(node: Paragraph): boolean {
  const parts = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  return parts.length === 1 && parts[0]!.type === 'strong';
}

/** Whether a paragraph holds the `:why[…]` of a question. */
function explainsAnswer(node: Paragraph): boolean {
  return node.children.some((child) => child.type === 'textDirective' && child.name === answerWhyName);
}

/** The name of the mark that cites sources, as editors write it: `:source[dsns-shelling]`. */
export const sourceMarkName = 'source';

/** Text as it reads without its source marks: what a leaflet prints. */
export function withoutSourceMarks(markdown: string): string {
  return markdown.replace(new RegExp(` ?:${sourceMarkName}\\[[^\\]]*\\]`, 'g'), '');
}

/** The ids a mark's label names: `:source[a, b]` names `a` and `b`. */
export function markIds(node: TextDirective): string[] {
  const label = node.children.map((child) => ('value' in child ? child.value : '')).join('');
  return label.split(/[\s,;]+/).filter(Boolean);
}

function marksIn(node: Nodes): SourceMark[] {
  const marks: SourceMark[] = [];
  visitParents(node, 'textDirective', (directive) => {
    if (directive.name === sourceMarkName) marks.push({ node: directive, ids: markIds(directive) });
  });
  return marks;
}

/**
 * Every statement of a text, in reading order: each top-level item of a list (of steps, a card,
 * "do", "don't", or a plain list) and each paragraph outside a list. Headings, box headings
 * (`[label]`) and a `::call` button on its own line say nothing to support. The content check
 * asks each to cite a source; the page numbers the marks; the review sheet lists them.
 */
export function statements(tree: Root): Statement[] {
  const found: Statement[] = [];
  let steps = 0;
  const add = (kind: StatementKind, node: ListItem | Paragraph) => {
    const marks = marksIn(node);
    const statement: Statement = { kind, node, line: node.position?.start.line ?? 1, marks, sources: [...new Set(marks.flatMap((mark) => mark.ids))] };
    if (kind === 'step' && node.type === 'listItem') {
      steps += 1;
      statement.step = { number: steps, anchor: stepAnchor(node, steps).id };
    }
    found.push(statement);
  };
  const walk = (children: RootContent[], kind: StatementKind) => {
    for (const child of children) {
      // A question's wording and its options need no source; the explanation of its answer does.
      if (kind === 'answer') {
        if (child.type === 'paragraph' && explainsAnswer(child)) add(kind, child);
        continue;
      }
      if (child.type === 'paragraph' && kind === 'parents' && isLabel(child)) continue;
      if (child.type === 'paragraph' && !(child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) add(kind === 'step' ? 'text' : kind, child);
      else if (child.type === 'list') for (const item of child.children) add(kind === 'text' ? 'item' : kind, item);
      else if (child.type === 'containerDirective') walk(child.children, kindOfBox[child.name] ?? 'text');
      else if (child.type === 'blockquote') walk(child.children, kind);
    }
  };
  walk(tree.children, 'text');
  return found;
}
