import type { Root, RootContent } from 'mdast';
import type { Translator } from '../../i18n/translator';
import type { TextProblem } from '../../markdown/content-rules';
import type { CalloutLevel } from '../../markdown/vocabulary';

/** How an editor writes the care card a collection's text must open with. */
export function openingCardSyntax(level: CalloutLevel): string {
  return `:::callout{level="${level}" contact="…"}`;
}

/**
 * The text must open with a care card of `level`: for an algorithm, the immediate-danger card,
 * so that a reader in danger sees when to call before anything else, on the page and on paper.
 */
export function openingCardProblems(tree: Root, level: CalloutLevel, firstLine: number, t: Translator): TextProblem[] {
  const first = tree.children.find((node: RootContent) => node.type !== 'yaml');
  if (first?.type === 'containerDirective' && first.name === 'callout' && first.attributes?.level === level) return [];
  return [
    {
      line: first?.position ? firstLine + first.position.start.line - 1 : firstLine,
      message: t('check.text.openingCard', { level }),
      fix: t('check.text.openingCard.fix', { syntax: openingCardSyntax(level) }),
    },
  ];
}
