import { checkText } from '../../markdown/content-rules';
import { parseBody } from '../../markdown/parse-body';
import type { ContentModel } from './model';
import type { Problem } from './problem';

/** The text of every entry: syntax, the vocabulary, forbidden markup and hand-typed numbers. */
export function textProblems(model: ContentModel): Problem[] {
  const contacts = new Map((model.records.contacts ?? []).map((record) => [record.id, String(record.data.number ?? '')]));
  return model.entries.flatMap((entry) => {
    const toFile = (line: number) => entry.bodyLine + line - 1;
    const { tree, error } = parseBody(entry.body, entry.mdx);
    if (error) {
      return [{ file: entry.file, line: toFile(error.line), message: `the text cannot be read: ${error.message}`, fix: 'check for a stray "<", "{" or an unclosed :::' }];
    }
    return checkText(tree!, { contacts, firstLine: entry.bodyLine }).map((problem) => ({ file: entry.file, ...problem }));
  });
}
