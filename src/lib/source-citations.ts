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
  const counted = new Map<string, number>();
  for (const statement of statements) {
    // A lesson's rules and questions are numbered on the page, so their places are too.
    const number = (counted.get(statement.kind) ?? 0) + 1;
    counted.set(statement.kind, number);
    const label = statement.step
      ? t('source.supports.step', { number: statement.step.number })
      : statement.kind === 'card'
        ? t('source.supports.card')
        : statement.kind === 'rule' || statement.kind === 'answer'
          ? t(`source.supports.${statement.kind}`, { number })
          : statement.kind === 'why' || statement.kind === 'practice' || statement.kind === 'parents'
            ? t(`source.supports.${statement.kind}`)
            : t('source.supports.other');
    for (const mark of statement.marks) citations.set(mark.source, [...(citations.get(mark.source) ?? []), { mark: mark.id, label }]);
  }
  return citations;
}
