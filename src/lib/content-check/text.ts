import { checkText } from '../../markdown/content-rules';
import { parseBody } from '../../markdown/parse-body';
import type { Root } from 'mdast';
import { defaultLang, isLang, langCodes, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';
import { pageAnchors } from '../../markdown/page-anchors';
import { entryCollections, hasLeaflet, hasLessonSheets, lessonSheets, openDataSchemaNames, sectionCollections, sections, templateAnchorsOf, type EntryCollectionName, type SectionCollectionName } from '../../site-structure';
import { sitePaths } from '../permalinks';
import { lessonShapeProblems } from './lesson-shape';
import { openingCardProblems } from './opening-card';
import { stepSourceProblems } from './step-sources';
import { isDraft } from '../../schemas/entry-base';
import type { CheckedEntry, ContentModel } from './model';
import type { Problem } from './problem';

/** The paths of the pages and files the site will have, from its root (`/uk/algorithms/x/`), for checking links inside the text. */
function knownPathsOf(model: ContentModel): Set<string> {
  const paths = [sitePaths.root(), sitePaths.robots(), sitePaths.sitemapIndex(), ...openDataSchemaNames.map(sitePaths.openDataSchema)];
  const published = model.entries.filter((entry) => !isDraft(entry.data));
  for (const lang of langCodes) {
    paths.push(sitePaths.page(lang), sitePaths.feed(lang));
    for (const collection of sectionCollections) paths.push(sitePaths.openData(lang, collection));
    for (const section of sections) paths.push(sitePaths.page(lang, section));
    for (const record of model.records.categories ?? []) paths.push(sitePaths.page(lang, 'categories', record.id));
    for (const entry of published) {
      const collection = entry.collection as EntryCollectionName;
      if (routeOf(collection) === 'standalone') {
        if (entry.data.standalone === true) paths.push(sitePaths.entry(collection, lang, entry.id));
      } else {
        paths.push(sitePaths.entry(collection, lang, entry.id));
        paths.push(sitePaths.openData(lang, collection as SectionCollectionName, entry.id));
        if (hasLeaflet(collection, entry.data)) paths.push(sitePaths.leaflet(lang, entry.id));
        if (hasLessonSheets(collection, entry.data)) paths.push(...lessonSheets.map((sheet) => sitePaths.lessonSheet(lang, entry.id, sheet)));
      }
    }
  }
  return new Set(paths.map(fromRoot));
}

const routeOf = (collection: string) => entryCollections.find((candidate) => candidate.name === collection)?.route;
const fromRoot = (sitePath: string) => `/${sitePath}`;

/** Where an entry's page is, from the site's root: `/uk/algorithms/street-robbery/`, or `/uk/privacy/` for a standalone page. */
function pagePath(entry: { collection: string; id: string }, lang: Lang): string {
  return fromRoot(sitePaths.entry(entry.collection as EntryCollectionName, lang, entry.id));
}

/**
 * The anchors of every page made from content, by path. A language without a translation
 * shows the original, so its page has the original's anchors.
 */
function anchorsByPath(model: ContentModel, trees: Map<CheckedEntry, Root>): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const byKey = new Map(model.entries.map((entry) => [`${entry.collection}/${entry.lang}/${entry.id}`, entry]));
  for (const original of model.entries.filter((entry) => entry.lang === defaultLang && !isDraft(entry.data))) {
    for (const lang of langCodes) {
      const shown = byKey.get(`${original.collection}/${lang}/${original.id}`) ?? original;
      const tree = trees.get(shown);
      if (tree) anchors.set(pagePath(original, lang), pageAnchors(tree, templateAnchorsOf(original.collection)));
    }
  }
  return anchors;
}

/** The text of every entry: syntax, the vocabulary, forbidden markup, hand-typed numbers, links and their anchors. */
export function textProblems(model: ContentModel, lang: Lang): Problem[] {
  const t = useTranslations(lang);
  const contacts = new Map((model.records.contacts ?? []).map((record) => [record.id, String(record.data.number ?? '')]));
  const knownPaths = knownPathsOf(model);
  const parsed = model.entries.map((entry) => ({ entry, ...parseBody(entry.body) }));
  const trees = new Map(parsed.filter((item) => item.tree).map((item) => [item.entry, item.tree!]));
  const knownAnchors = anchorsByPath(model, trees);
  const perEntry = parsed.flatMap(({ entry, tree, error }) => {
    const toFile = (line: number) => entry.bodyLine + line - 1;
    if (error) {
      return [{ file: entry.file, line: toFile(error.line), message: t('check.text.unreadable', { error: error.message }), fix: t('check.text.unreadable.fix') }];
    }
    const ownPage = isLang(entry.lang) ? knownAnchors.get(pagePath(entry, entry.lang)) : undefined;
    const ownAnchors = ownPage ?? pageAnchors(tree!, templateAnchorsOf(entry.collection));
    const registered = entryCollections.find((collection) => collection.name === entry.collection);
    const opening = registered?.openingCard ? openingCardProblems(tree!, registered.openingCard, entry.bodyLine, t) : [];
    const shape = registered?.lessonShape ? lessonShapeProblems(entry, tree!, t) : [];
    return [...shape, ...opening, ...checkText(tree!, { contacts, firstLine: entry.bodyLine, knownPaths, knownAnchors, ownAnchors, t, collection: entry.collection })].map((problem) => ({ file: entry.file, ...problem }));
  });
  return [...perEntry, ...stepSourceProblems(trees, t)];
}
