import { useTranslations } from '../../i18n/translator';
import { collectionLabel, entryCollections, type CollectionName } from '../../site-structure';
import { defaultLang, type Lang } from '../../i18n/locales';
import { valuesAt } from './field-paths';
import type { ContentModel } from './model';
import type { Problem } from './problem';


/**
 * A translation is the same file name in another language folder. It needs an original in the
 * default language, and the fields that are facts rather than words must equal the original's.
 */
export function translationProblems(model: ContentModel, lang: Lang): Problem[] {
  const t = useTranslations(lang);
  const show = (value: unknown) => (value === undefined ? t('check.translation.missingValue') : JSON.stringify(value));
  const originals = new Map(
    model.entries.filter((entry) => entry.lang === defaultLang).map((entry) => [`${entry.collection}/${entry.id}`, entry]),
  );
  const problems: Problem[] = [];
  for (const entry of model.entries) {
    if (entry.lang === defaultLang && entry.data.translationOf !== undefined) {
      problems.push({ file: entry.file, line: entry.lineOf(['translationOf']), field: 'translationOf', message: t('check.translation.originalSaysVersion'), fix: t('check.translation.originalSaysVersion.fix') });
    }
  }
  for (const translation of model.entries) {
    if (translation.lang === defaultLang) continue;
    const original = originals.get(`${translation.collection}/${translation.id}`);
    if (!original) {
      problems.push({
        file: translation.file,
        line: 1,
        message: t('check.translation.noOriginal', { kind: collectionLabel(t, translation.collection as CollectionName), lang: defaultLang }),
        fix: t('check.translation.noOriginal.fix', { file: `content/${translation.collection}/${defaultLang}/${translation.id}.mdx` }),
      });
      continue;
    }
    // An original with broken fields is reported on its own; comparing with it would only echo that.
    if (!original.valid) continue;
    const version = original.data.version;
    if (typeof version === 'number') {
      const translates = translation.data.translationOf;
      if (translates === undefined) {
        problems.push({ file: translation.file, line: 1, field: 'translationOf', message: t('check.translation.noVersion'), fix: t('check.translation.noVersion.fix', { version, file: original.file }) });
      } else if (typeof translates === 'number' && translates > version) {
        problems.push({ file: translation.file, line: translation.lineOf(['translationOf']), field: 'translationOf', message: t('check.translation.futureVersion', { translates, file: original.file, version }), fix: t('check.translation.futureVersion.fix', { version }) });
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
          message: t('check.translation.factDiffers', { mine: show(a?.value), theirs: show(b?.value), file: original.file, line: original.lineOf(concrete) }),
          fix: t('check.translation.factDiffers.fix'),
        });
        break;
      }
    }
  }
  return problems;
}
