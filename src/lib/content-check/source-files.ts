import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isSeq, type Document } from 'yaml';
import { defaultLang, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';
import type { Problem } from './problem';

/** Parsed frontmatter or data record, able to say on which line each field is written. */
export interface SourceRecord {
  /** Path relative to the project root. */
  file: string;
  data: Record<string, unknown>;
  /** The 1-based line in `file` where the field at `fieldPath` is written (or its nearest parent). */
  lineOf(fieldPath: (string | number)[]): number;
}

export interface SourceEntry extends SourceRecord {
  collection: string;
  lang: string;
  id: string;
}

function lineFinder(doc: Document, counter: LineCounter, firstLine: number, basePath: (string | number)[] = []) {
  return (fieldPath: (string | number)[]): number => {
    for (let depth = fieldPath.length; depth >= 0; depth--) {
      const node = doc.getIn([...basePath, ...fieldPath.slice(0, depth)], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    }
    return firstLine;
  };
}

function yamlProblems(doc: Document, counter: LineCounter, file: string, firstLine: number, lang: Lang): Problem[] {
  const t = useTranslations(lang);
  return doc.errors.map((error) => ({
    file,
    line: counter.linePos(error.pos[0]).line + firstLine - 1,
    message: t('check.file.yaml', { error: error.message.split('\n')[0]! }),
    fix: t('check.file.yaml.fix'),
  }));
}

/** Split `---` frontmatter from an MDX file and parse it, keeping line numbers. */
export function readEntryFile(root: string, relativeFile: string, lang: Lang = defaultLang): { record?: SourceRecord; body: string; bodyLine: number; problems: Problem[] } {
  const t = useTranslations(lang);
  const text = readFileSync(path.join(root, relativeFile), 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    return {
      body: text,
      bodyLine: 1,
      problems: [{ file: relativeFile, line: 1, message: t('check.file.noFrontmatter'), fix: t('check.file.noFrontmatter.fix') }],
    };
  }
  const counter = new LineCounter();
  // Core schema: dates stay text, so an impossible date is reported rather than rolled over.
  const doc = parseDocument(match[1]!, { lineCounter: counter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const problems = yamlProblems(doc, counter, relativeFile, 2, lang);
  const data = doc.toJS() as unknown;
  const body = text.slice(match[0].length);
  // The line of the file on which the text after the frontmatter starts.
  const bodyLine = match[0].split('\n').length;
  if (problems.length > 0) return { body, bodyLine, problems };
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { body, bodyLine, problems: [{ file: relativeFile, line: 2, message: t('check.file.frontmatterNotFields') }] };
  }
  return { body, bodyLine, problems, record: { file: relativeFile, data: data as Record<string, unknown>, lineOf: lineFinder(doc, counter, 2) } };
}

/** Read a YAML data file holding a list of records. */
export function readDataFile(root: string, relativeFile: string, lang: Lang = defaultLang): { records: SourceRecord[]; problems: Problem[] } {
  const t = useTranslations(lang);
  if (!existsSync(path.join(root, relativeFile))) {
    return { records: [], problems: [{ file: relativeFile, message: t('check.file.dataMissing'), fix: t('check.file.dataMissing.fix') }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(root, relativeFile), 'utf8'), { lineCounter: counter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const problems = yamlProblems(doc, counter, relativeFile, 1, lang);
  if (problems.length > 0) return { records: [], problems };
  if (!isSeq(doc.contents)) {
    return { records: [], problems: [{ file: relativeFile, line: 1, message: t('check.file.dataNotList') }] };
  }
  const items = doc.toJS() as unknown[];
  const records = items.map((item, index) => ({
    file: relativeFile,
    data: (item && typeof item === 'object' ? item : {}) as Record<string, unknown>,
    lineOf: lineFinder(doc, counter, 1, [index]),
  }));
  return { records, problems };
}

/** Files under `dir`, relative to `root`, recursively. */
export function listFiles(root: string, dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).flatMap((name) => {
    const relative = path.posix.join(dir, name);
    return statSync(path.join(root, relative)).isDirectory() ? listFiles(root, relative) : [relative];
  });
}
