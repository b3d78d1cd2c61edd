import { checkText } from '../../markdown/content-rules';
import { parseBody } from '../../markdown/parse-body';
import { langCodes } from '../../i18n/locales';
import { recordSchemas } from '../../open-data/record-schemas';
import { isDraft, type ContentModel } from './model';
import type { Problem } from './problem';

/** The sections every language has, at /<lang>/<section>/. */
const sections = ['algorithms', 'minutes', 'recommendations', 'contacts', 'organisations', 'search', 'leaflets', 'translations'];

/** The paths of the pages and files the site will have, for checking links inside the text. */
function sitePaths(model: ContentModel): Set<string> {
  const paths = new Set<string>(['/', '/robots.txt', '/sitemap-index.xml', ...Object.keys(recordSchemas).map((name) => `/api/v1/schema/${name}.json`)]);
  const published = model.entries.filter((entry) => !isDraft(entry.data));
  for (const lang of langCodes) {
    paths.add(`/${lang}/`);
    paths.add(`/${lang}/feed.xml`);
    for (const collection of ['algorithms', 'minutes', 'recommendations']) paths.add(`/api/v1/${lang}/${collection}.json`);
    for (const section of sections) paths.add(`/${lang}/${section}/`);
    for (const record of model.records.categories ?? []) paths.add(`/${lang}/categories/${record.id}/`);
    for (const entry of published) {
      if (entry.collection === 'pages') {
        if (entry.data.standalone === true) paths.add(`/${lang}/${entry.id}/`);
      } else {
        paths.add(`/${lang}/${entry.collection}/${entry.id}/`);
        paths.add(`/api/v1/${lang}/${entry.collection}/${entry.id}.json`);
        if (entry.collection === 'algorithms' && entry.data.status === 'published') paths.add(`/${lang}/leaflets/${entry.id}/`);
      }
    }
  }
  return paths;
}

/** The text of every entry: syntax, the vocabulary, forbidden markup and hand-typed numbers. */
export function textProblems(model: ContentModel): Problem[] {
  const contacts = new Map((model.records.contacts ?? []).map((record) => [record.id, String(record.data.number ?? '')]));
  const knownPaths = sitePaths(model);
  return model.entries.flatMap((entry) => {
    const toFile = (line: number) => entry.bodyLine + line - 1;
    const { tree, error } = parseBody(entry.body, entry.mdx);
    if (error) {
      return [{ file: entry.file, line: toFile(error.line), message: `the text cannot be read: ${error.message}`, fix: 'check for a stray "<", "{" or an unclosed :::' }];
    }
    return checkText(tree!, { contacts, firstLine: entry.bodyLine, knownPaths }).map((problem) => ({ file: entry.file, ...problem }));
  });
}
