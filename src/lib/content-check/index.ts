import path from 'node:path';
import { dataCollections, entryCollections } from '../../site-structure';
import { defaultLang, isLang, langCodes, type Lang } from '../../i18n/locales';
import { schemaText } from '../../i18n/schema-text';
import { useTranslations } from '../../i18n/translator';
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

function readEntries(projectRoot: string, contentDir: string, problems: Problem[], wording: Lang): CheckedEntry[] {
  const t = useTranslations(wording);
  const entries: CheckedEntry[] = [];
  for (const collection of entryCollections) {
    for (const file of listFiles(projectRoot, path.posix.join(contentDir, collection.name))) {
      const parts = file.slice(contentDir.length + 1).split('/');
      const [, lang, name] = parts;
      const extension = path.extname(file);
      if (parts.length !== 3 || !lang || !isLang(lang)) {
        problems.push({ file, message: t('check.file.notInLanguageFolder'), fix: t('check.file.notInLanguageFolder.fix', { collection: collection.name, languages: langCodes.join(', ') }) });
        continue;
      }
      if (extension !== '.mdx') {
        // Astro renders .md files on its own path (eagerly, and losing some errors), so the
        // site reads .mdx only and says so rather than skipping the file in silence.
        problems.push({ file, message: t('check.file.notMdx'), fix: t(extension === '.md' ? 'check.file.notMdx.fixMd' : 'check.file.notMdx.fixOther') });
        continue;
      }
      const id = path.basename(name!, extension);
      if (!collection.idPattern.test(id)) {
        problems.push({ file, message: t('check.file.badId', { name: `${id}${extension}` }), fix: t('check.file.badId.fix', { hint: schemaText(wording, collection.idHint) }) });
        continue;
      }
      const { record: readRecord, body, bodyLine, problems: readProblems } = readEntryFile(projectRoot, file, wording);
      problems.push(...readProblems);
      // An unreadable file still exists: keep it in the model so its translations and the
      // references to it are not reported as missing too.
      const record = readRecord ?? { file, data: {}, lineOf: () => 1 };
      const { data, problems: fieldProblems } = readRecord ? schemaProblems(collection.schema, record, wording) : { data: undefined, problems: [] };
      problems.push(...fieldProblems);
      const entry: CheckedEntry = { ...record, collection: collection.name, lang, id, body, bodyLine, valid: data as Record<string, unknown> | undefined };
      if (collection.name === 'minutes' && typeof record.data.date === 'string' && !id.startsWith(record.data.date)) {
        problems.push({ file, line: record.lineOf(['date']), field: 'date', message: t('check.file.minutesDate', { date: record.data.date }), fix: t('check.file.minutesDate.fix') });
      }
      entries.push(entry);
    }
  }
  return entries;
}

function readRecords(projectRoot: string, contentDir: string, problems: Problem[], lang: Lang): Record<string, CheckedRecord[]> {
  const records: Record<string, CheckedRecord[]> = {};
  for (const collection of dataCollections) {
    const { records: raw, problems: readProblems } = readDataFile(projectRoot, path.posix.join(contentDir, 'data', `${collection.name}.yaml`), lang);
    problems.push(...readProblems);
    records[collection.name] = raw.map((record) => {
      problems.push(...schemaProblems(collection.schema, record, lang).problems);
      return { ...record, id: String(record.data.id ?? '') };
    });
  }
  return records;
}

/**
 * Check all content under `contentDir` (relative to `projectRoot`): every file's fields, the
 * references between entries and data, translations against originals, and duplicate ids.
 * Returns every problem found, not only the first, explained in `lang` (Ukrainian unless asked).
 */
export function checkContent(projectRoot: string, contentDir: string, lang: Lang = defaultLang): ContentCheckResult {
  const problems: Problem[] = [];
  const records = readRecords(projectRoot, contentDir, problems, lang);
  const entries = readEntries(projectRoot, contentDir, problems, lang);
  const model: ContentModel = { entries, records };
  problems.push(...duplicateProblems(model, lang), ...referenceProblems(model, lang), ...translationProblems(model, lang), ...textProblems(model, lang));
  return { model, problems: sortProblems(problems) };
}

export { formatProblem, formatProblems, type Problem } from './problem';
