import path from 'node:path';
import { dataCollections, entryCollections } from '../../site-map';
import { isLang, langCodes } from '../../i18n/locales';
import { duplicateProblems } from './duplicates';
import type { CheckedEntry, CheckedRecord, ContentModel } from './model';
import { sortProblems, type Problem } from './problem';
import { referenceProblems } from './references';
import { schemaProblems } from './schema-messages';
import { listFiles, readDataFile, readEntryFile } from './source-files';
import { textProblems } from './text';
import { translationProblems } from './translations';

export interface ContentCheckResult {
  model: ContentModel;
  problems: Problem[];
}

function readEntries(projectRoot: string, contentDir: string, problems: Problem[]): CheckedEntry[] {
  const entries: CheckedEntry[] = [];
  for (const collection of entryCollections) {
    for (const file of listFiles(projectRoot, path.posix.join(contentDir, collection.name))) {
      const parts = file.slice(contentDir.length + 1).split('/');
      const [, lang, name] = parts;
      const extension = path.extname(file);
      if (parts.length !== 3 || !lang || !isLang(lang)) {
        problems.push({ file, message: `this file is not inside a language folder`, fix: `move it to content/${collection.name}/<language>/, where <language> is one of: ${langCodes.join(', ')}` });
        continue;
      }
      if (extension !== '.mdx') {
        // Astro renders .md files on its own path (eagerly, and losing some errors), so the
        // site reads .mdx only and says so rather than skipping the file in silence.
        const fix = extension === '.md' ? 'rename the file to end in .mdx (the text stays the same)' : 'rename the file to end in .mdx, or move it out of content/';
        problems.push({ file, message: `only .mdx files are read here, so this file would not be published`, fix });
        continue;
      }
      const id = path.basename(name!, extension);
      if (!collection.idPattern.test(id)) {
        problems.push({ file, message: `the file name "${id}${extension}" cannot be an id`, fix: `name it with ${collection.idHint}` });
        continue;
      }
      const { record: readRecord, body, bodyLine, problems: readProblems } = readEntryFile(projectRoot, file);
      problems.push(...readProblems);
      // An unreadable file still exists: keep it in the model so its translations and the
      // references to it are not reported as missing too.
      const record = readRecord ?? { file, data: {}, lineOf: () => 1 };
      const { data, problems: fieldProblems } = readRecord ? schemaProblems(collection.schema, record) : { data: undefined, problems: [] };
      problems.push(...fieldProblems);
      const entry: CheckedEntry = { ...record, collection: collection.name, lang, id, body, bodyLine, valid: data as Record<string, unknown> | undefined };
      if (collection.name === 'minutes' && typeof record.data.date === 'string' && !id.startsWith(record.data.date)) {
        problems.push({ file, line: record.lineOf(['date']), field: 'date', message: `the date ${record.data.date} does not match the date in the file name`, fix: 'minutes files are named <date>-<short-name>.mdx: make the two dates the same' });
      }
      entries.push(entry);
    }
  }
  return entries;
}

function readRecords(projectRoot: string, contentDir: string, problems: Problem[]): Record<string, CheckedRecord[]> {
  const records: Record<string, CheckedRecord[]> = {};
  for (const collection of dataCollections) {
    const { records: raw, problems: readProblems } = readDataFile(projectRoot, path.posix.join(contentDir, 'data', `${collection.name}.yaml`));
    problems.push(...readProblems);
    records[collection.name] = raw.map((record) => {
      problems.push(...schemaProblems(collection.schema, record).problems);
      return { ...record, id: String(record.data.id ?? '') };
    });
  }
  return records;
}

/**
 * Check all content under `contentDir` (relative to `projectRoot`): every file's fields, the
 * references between entries and data, translations against originals, and duplicate ids.
 * Returns every problem found, not only the first.
 */
export function checkContent(projectRoot: string, contentDir: string): ContentCheckResult {
  const problems: Problem[] = [];
  const records = readRecords(projectRoot, contentDir, problems);
  const entries = readEntries(projectRoot, contentDir, problems);
  const model: ContentModel = { entries, records };
  problems.push(...duplicateProblems(model), ...referenceProblems(model), ...translationProblems(model), ...textProblems(model));
  return { model, problems: sortProblems(problems) };
}

export { formatProblem, formatProblems, type Problem } from './problem';
