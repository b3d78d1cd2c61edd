import { useTranslations } from '../../i18n/translator';
import { collectionLabel, entryCollections, type CollectionName } from '../../site-map';
import { checkMessagesLang, defaultLang } from '../../i18n/locales';
import { valuesAt } from './field-paths';
import type { ContentModel } from './model';
import type { Problem } from './problem';

/** The content check's words, in the language it writes its messages in. */
const messages = useTranslations(checkMessagesLang);

const show = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

/**
 * A translation is the same file name in another language folder. It needs an original in the
 * default language, and the fields that are facts rather than words must equal the original's.
 */
export function translationProblems(model: ContentModel): Problem[] {
  const originals = new Map(
    model.entries.filter((entry) => entry.lang === defaultLang).map((entry) => [`${entry.collection}/${entry.id}`, entry]),
  );
  const problems: Problem[] = [];
  for (const entry of model.entries) {
    if (entry.lang === defaultLang && entry.data.translationOf !== undefined) {
      problems.push({ file: entry.file, line: entry.lineOf(['translationOf']), field: 'translationOf', message: 'only a translation says which version it translates', fix: 'remove this line from the original' });
    }
  }
  for (const translation of model.entries) {
    if (translation.lang === defaultLang) continue;
    const original = originals.get(`${translation.collection}/${translation.id}`);
    if (!original) {
      problems.push({
        file: translation.file,
        line: 1,
        message: `there is no original of this ${collectionLabel(messages, translation.collection as CollectionName)} in the "${defaultLang}" folder`,
        fix: `a translation must have the same file name as its original: add content/${translation.collection}/${defaultLang}/${translation.id}.mdx, or rename this file to match an existing original`,
      });
      continue;
    }
    // An original with broken fields is reported on its own; comparing with it would only echo that.
    if (!original.valid) continue;
    const version = original.data.version;
    if (typeof version === 'number') {
      const translates = translation.data.translationOf;
      if (translates === undefined) {
        problems.push({ file: translation.file, line: 1, field: 'translationOf', message: 'a translation must say which version of the original it translates', fix: `add "translationOf: ${version}" if this text matches version ${version} of ${original.file}` });
      } else if (typeof translates === 'number' && translates > version) {
        problems.push({ file: translation.file, line: translation.lineOf(['translationOf']), field: 'translationOf', message: `translates version ${translates}, but the original ${original.file} is only at version ${version}`, fix: `write the version of the original you translated (at most ${version})` });
      }
    }
    const shared = entryCollections.find((collection) => collection.name === translation.collection)?.sharedFields ?? [];
    for (const fieldPath of shared) {
      const mine = valuesAt(translation.data, fieldPath);
      const theirs = valuesAt(original.data, fieldPath);
      const length = Math.max(mine.length, theirs.length);
      for (let index = 0; index < length; index++) {
        const a = mine[index];
        const b = theirs[index];
        if (JSON.stringify(a?.value) === JSON.stringify(b?.value) && JSON.stringify(a?.path) === JSON.stringify(b?.path)) continue;
        const concrete = (a ?? b)!.path;
        problems.push({
          file: translation.file,
          line: translation.lineOf(concrete),
          field: concrete.join('.'),
          message: `is ${show(a?.value)} here but ${show(b?.value)} in the original ${original.file} (line ${original.lineOf(concrete)})`,
          fix: `this field is a fact, not words: make it the same in both files (change the original first if the fact changed)`,
        });
        break;
      }
    }
  }
  return problems;
}
