import type { ContentModel } from './model';
import type { Problem } from './problem';

/**
 * Two records may not share an id, and an old id may not be claimed twice: every link to it
 * would be ambiguous. (An entry's id is its file name, which a folder holds once.)
 */
export function duplicateProblems(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  problems.push(...previousIdProblems(model));
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
          message: `the id "${record.id}" is already used on line ${firstLine} of this file`,
          fix: `give each of the ${name} its own id`,
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
function previousIdProblems(model: ContentModel): Problem[] {
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
        problems.push({ ...where, message: `"${oldId}" is this entry's own id`, fix: 'list only the ids the entry had before, never its current one' });
      } else if (current.has(key)) {
        problems.push({ ...where, message: `"${oldId}" is the id of another ${entry.collection} entry that still exists`, fix: 'an old id can only redirect once its own file is gone: delete or rename that file, or remove this line' });
      } else if (owner && owner !== entry.id) {
        problems.push({ ...where, message: `"${oldId}" is also listed in previousIds of "${owner}"`, fix: 'an old address can redirect to one entry only: keep the id in one of the two files' });
      } else {
        claimed.set(key, entry.id);
      }
    });
  }
  return problems;
}
