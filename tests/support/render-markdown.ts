import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { useTranslations } from '../../src/i18n/translator';
import { contactsFileReader } from '../../src/lib/contacts-file';
import { remarkVocabulary } from '../../src/markdown/remark-vocabulary';
import { validFixture } from './fixture-content';
import { projectRoot } from './paths';

const processor = await createMarkdownProcessor({
  remarkPlugins: [remarkDirective, remarkVocabulary({ contacts: contactsFileReader(projectRoot, 'content'), translate: useTranslations })],
});

/** Render Markdown with the site's own plugins, as a file in `lang`'s folder would be. */
export async function renderMarkdown(markdown: string, lang: 'uk' | 'en' = 'uk'): Promise<string> {
  const { code } = await processor.render(markdown, { fileURL: new URL(`file://${projectRoot}/content/algorithms/${lang}/example.mdx`) });
  return code;
}

export { validFixture };
