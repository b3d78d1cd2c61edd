import type { Root } from 'mdast';
import { defaultLang } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import { statements, type Statement, type StatementKind } from '../../markdown/statements';
import { entryCollections } from '../../site-structure';
import type { CheckedEntry } from './model';
import type { Problem } from './problem';

const sourceIdsOf = (entry: CheckedEntry): string[] =>
  (Array.isArray(entry.data.sources) ? entry.data.sources : []).map((source) => String((source as { id?: unknown } | null)?.id ?? '')).filter(Boolean);

/** "step 3", "a line of the card", "a paragraph": how a message names a statement. */
function named(statement: Statement, t: Translator): string {
  if (statement.step) return t('check.sources.step', { number: statement.step.number });
  return t(`check.sources.kind.${statement.kind as Exclude<StatementKind, 'step'>}`);
}

/** Within one entry: every statement cites, every cited id is a source, every source is cited. */
function ownProblems(entry: CheckedEntry, found: Statement[], t: Translator): Problem[] {
  const problems: Problem[] = [];
  const ids = sourceIdsOf(entry);
  const known = ids.length ? [...new Set(ids)].join(', ') : t('check.sources.noneListed');
  // Frontmatter that could not be read is reported on its own; its sources are then unknown.
  const listed = Array.isArray(entry.data.sources);
  const toFile = (line: number) => entry.bodyLine + line - 1;
  for (const statement of found) {
    if (statement.marks.length === 0) {
      problems.push({ file: entry.file, line: toFile(statement.line), message: t('check.sources.missing', { what: named(statement, t) }), fix: t('check.sources.missing.fix', { known }) });
    }
    for (const mark of statement.marks) {
      const line = toFile(mark.node.position?.start.line ?? statement.line);
      if (mark.ids.length === 0) problems.push({ file: entry.file, line, message: t('check.sources.empty'), fix: t('check.sources.missing.fix', { known }) });
      for (const id of listed ? mark.ids.filter((candidate) => !ids.includes(candidate)) : []) {
        problems.push({ file: entry.file, line, message: t('check.sources.unknown', { id }), fix: t('check.sources.unknown.fix', { known }) });
      }
    }
  }
  const cited = new Set(found.flatMap((statement) => statement.sources));
  ids.forEach((id, index) => {
    if (!cited.has(id)) problems.push({ file: entry.file, line: entry.lineOf(['sources', index, 'id']), field: `sources.${index}.id`, message: t('check.sources.uncited', { id }), fix: t('check.sources.uncited.fix', { id }) });
  });
  return problems;
}

/**
 * A translation says what its original says, so, once it translates the original's current
 * version, it lists the same sources and each of its statements cites what the original's does.
 * A translation of an older version is already marked out of date and may differ.
 */
function translationProblems(translation: CheckedEntry, mine: Statement[], original: CheckedEntry, theirs: Statement[], t: Translator): Problem[] {
  if (translation.data.translationOf !== original.data.version) return [];
  const toFile = (entry: CheckedEntry, line: number) => entry.bodyLine + line - 1;
  const [myIds, theirIds] = [sourceIdsOf(translation), sourceIdsOf(original)];
  if (myIds.join(',') !== theirIds.join(',')) {
    return [{ file: translation.file, line: translation.lineOf(['sources']), field: 'sources', message: t('check.sources.translationList', { mine: myIds.join(', '), theirs: theirIds.join(', '), file: original.file }), fix: t('check.sources.translationList.fix') }];
  }
  if (mine.length !== theirs.length) {
    return [{ file: translation.file, line: toFile(translation, mine[0]?.line ?? 1), message: t('check.sources.translationCount', { mine: mine.length, theirs: theirs.length, file: original.file }), fix: t('check.sources.translationCount.fix') }];
  }
  const problems: Problem[] = [];
  mine.forEach((statement, index) => {
    const other = theirs[index]!;
    const same = statement.sources.length === other.sources.length && statement.sources.every((id) => other.sources.includes(id));
    if (same) return;
    problems.push({
      file: translation.file,
      line: toFile(translation, statement.line),
      message: t('check.sources.translationDiffers', { what: named(statement, t), mine: statement.sources.join(', ') || '—', theirs: other.sources.join(', ') || '—', file: original.file, line: toFile(original, other.line) }),
      fix: t('check.sources.translationDiffers.fix'),
    });
  });
  return problems;
}

/**
 * Every statement of an entry whose collection cites per statement (the algorithms) names the
 * source that supports it, so that a reviewer can check each line against its guidance.
 */
export function stepSourceProblems(trees: Map<CheckedEntry, Root>, t: Translator): Problem[] {
  const citing = new Set(entryCollections.filter((collection) => collection.citesPerStatement).map((collection) => collection.name));
  const found = new Map<CheckedEntry, Statement[]>();
  const problems: Problem[] = [];
  for (const [entry, tree] of trees) {
    const list = statements(tree);
    if (citing.has(entry.collection)) {
      found.set(entry, list);
      continue;
    }
    for (const mark of list.flatMap((statement) => statement.marks)) {
      problems.push({ file: entry.file, line: entry.bodyLine + (mark.node.position?.start.line ?? 1) - 1, message: t('check.sources.notHere'), fix: t('check.sources.notHere.fix') });
    }
  }
  const originals = new Map([...found.keys()].filter((entry) => entry.lang === defaultLang).map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  for (const [entry, list] of found) {
    problems.push(...ownProblems(entry, list, t));
    const original = entry.lang === defaultLang ? undefined : originals.get(`${entry.collection}/${entry.id}`);
    if (original?.valid) problems.push(...translationProblems(entry, list, original, found.get(original)!, t));
  }
  return problems;
}
