import { useTranslations } from '../../i18n/translator';
import type { Lang } from '../../i18n/locales';
import type { ContentModel } from './model';
import type { Problem } from './problem';

/**
 * Two records may not share an id, and an old id may not be claimed twice: every link to it
 * would be ambiguous. (An entry's id is its file name, which a folder holds once.)
 */
export function duplicateProblems(model: ContentModel, lang: Lang): Problem[] {
  const t = useTranslations(lang);
  const problems: Problem[] = [];
  problems.push(...previousIdProblems(model, lang));
  for (const [name, records] of Object.entries(model.records)) {
    const ids = new Map<string, number>();
    for (const record of records) {
      const line = record.lineOf(['id']);
      const firstLine = ids.get(record.id);
      if (firstLine !== undefined) {
        problems.push({
          file: record.file,
          line,
          field: 'id',
          message: t('check.id.duplicate', { id: record.id, line: firstLine }),
          fix: t('check.id.duplicate.fix', { collection: name }),
        });
      } else {
        ids.set(record.id, line);
      }
    }
  }
  return problems;
}

/**
 * An old id redirects to the entry that lists it in `previousIds`, so it may belong to no
 * current entry and to no other entry's old ids: the old address would lead two places.
 */
function previousIdProblems(model: ContentModel, lang: Lang): Problem[] {
  const t = useTranslations(lang);
  const problems: Problem[] = [];
  const current = new Set(model.entries.map((entry) => `${entry.collection}/${entry.id}`));
  const claimed = new Map<string, string>();
  for (const entry of model.entries) {
    const previousIds = entry.valid?.previousIds;
    if (!Array.isArray(previousIds)) continue;
    previousIds.forEach((oldId: string, index) => {
      const where = { file: entry.file, line: entry.lineOf(['previousIds', index]), field: `previousIds.${index}` };
      const key = `${entry.collection}/${oldId}`;
      const owner = claimed.get(key);
      if (oldId === entry.id) {
        problems.push({ ...where, message: t('check.previousId.own', { id: oldId }), fix: t('check.previousId.own.fix') });
      } else if (current.has(key)) {
        problems.push({ ...where, message: t('check.previousId.exists', { id: oldId, collection: entry.collection }), fix: t('check.previousId.exists.fix') });
      } else if (owner && owner !== entry.id) {
        problems.push({ ...where, message: t('check.previousId.twice', { id: oldId, owner }), fix: t('check.previousId.twice.fix') });
      } else {
        claimed.set(key, entry.id);
      }
    });
  }
  return problems;
}
