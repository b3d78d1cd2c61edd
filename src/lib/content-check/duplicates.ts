import type { ContentModel } from './model';
import type { Problem } from './problem';

/** Two entries or records may not share an id: every link to it would be ambiguous. */
export function duplicateProblems(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  for (const entry of model.entries) {
    const key = `${entry.collection}/${entry.lang}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.file,
        line: 1,
        message: `the id "${entry.id}" is already used by ${first.file}`,
        fix: 'keep one of the two files: an id may appear once per language (an .md and an .mdx of the same name count as the same id)',
      });
    } else {
      seen.set(key, { file: entry.file, line: 1 });
    }
  }
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
