import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkDirective from 'remark-directive';
import { useTranslations } from '../i18n/translator';
import { contactsFileReader } from '../lib/contacts-file';
import { contentRoot } from '../schemas/collections';
import { remarkVocabulary } from './remark-vocabulary';

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * An entry's text as HTML, rendered by the same plugins as its page (steps with their anchors,
 * numbers from the contacts file), for the open-data files. Content may not contain MDX
 * expressions or imports, so the Markdown processor renders it exactly as the page does.
 */
export async function renderEntryHtml(body: string, filePath: string): Promise<string> {
  const projectRoot = process.cwd();
  processor ??= createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkDirective, remarkVocabulary({ contacts: contactsFileReader(projectRoot, contentRoot()), translate: useTranslations, base: import.meta.env.BASE_URL })],
  });
  const { code } = await (await processor).render(body, { fileURL: pathToFileURL(path.resolve(projectRoot, filePath)) });
  return code;
}
