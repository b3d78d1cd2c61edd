import type { Translator } from '../i18n/translator';
import type { StatementSummary } from '../markdown/remark-vocabulary';

/** Where the text cites a source: the id of the mark on the page and what to call the place. */
export interface Citation {
  mark: string;
  label: string;
}

/**
 * For each source, the statements that cite it, in reading order: the source list links back
 * to them ("supports: step 1, step 4, the card").
 */
export function citationsBySource(statements: StatementSummary[], t: Translator): Map<string, Citation[]> {
  const citations = new Map<string, Citation[]>();
  for (const statement of statements) {
    const label = statement.step ? t('source.supports.step', { number: statement.step.number }) : statement.kind === 'card' ? t('source.supports.card') : t('source.supports.other');
    for (const mark of statement.marks) citations.set(mark.source, [...(citations.get(mark.source) ?? []), { mark: mark.id, label }]);
  }
  return citations;
}
