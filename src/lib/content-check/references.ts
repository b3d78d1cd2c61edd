import { useTranslations } from '../../i18n/translator';
import { collectionLabel, collectionSource, entryCollections } from '../../site-structure';
import { defaultLang, type Lang } from '../../i18n/locales';
import { valuesAt } from './field-paths';
import { isDraft } from '../../schemas/entry-base';
import type { ContentModel } from './model';
import type { Problem } from './problem';

/** Every reference to an organisation, contact, category or entry must name one that exists. */
export function referenceProblems(model: ContentModel, lang: Lang): Problem[] {
  const t = useTranslations(lang);
  const known = new Map<string, Map<string, boolean>>();
  for (const [name, records] of Object.entries(model.records)) {
    known.set(name, new Map(records.map((record) => [record.id, false])));
  }
  for (const entry of model.entries) {
    if (entry.lang !== defaultLang) continue;
    const ids = known.get(entry.collection) ?? new Map<string, boolean>();
    ids.set(entry.id, isDraft(entry.data));
    known.set(entry.collection, ids);
  }

  const problems: Problem[] = [];
  for (const entry of model.entries) {
    const collection = entryCollections.find((candidate) => candidate.name === entry.collection);
    for (const reference of collection?.references ?? []) {
      for (const { value, path } of valuesAt(entry.data, reference.path)) {
        if (typeof value !== 'string') continue;
        const targets = known.get(reference.target) ?? new Map<string, boolean>();
        const where = { file: entry.file, line: entry.lineOf(path), field: path.join('.') };
        if (!targets.has(value)) {
          const choices = [...targets.keys()].sort();
          problems.push({
            ...where,
            message: t('check.reference.unknown', { value, kind: collectionLabel(t, reference.target) }),
            fix: choices.length ? t('check.reference.unknown.fix', { choices: choices.join(', '), source: collectionSource(reference.target) }) : t('check.reference.unknown.fixEmpty', { source: collectionSource(reference.target) }),
          });
        } else if (targets.get(value) && !isDraft(entry.data)) {
          problems.push({
            ...where,
            message: t('check.reference.draft', { value }),
            fix: t('check.reference.draft.fix'),
          });
        }
      }
    }
  }
  return problems;
}
