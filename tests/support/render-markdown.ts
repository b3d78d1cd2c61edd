import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { siteRemarkPlugins } from '../../src/markdown-processor/site-remark-plugins';
import { validFixture } from './fixture-content';
import { projectRoot } from './paths';

const processor = await createMarkdownProcessor({
  remarkPlugins: siteRemarkPlugins({ projectRoot, contentDir: 'content' }),
});

/**
 * Render Markdown with the site's own plugins, as a file in `lang`'s folder would be, with the
 * frontmatter given (an algorithm's `sources`, for its `:source[…]` marks).
 */
export async function renderMarkdown(markdown: string, lang: 'uk' | 'en' = 'uk', frontmatter: Record<string, unknown> = {}): Promise<string> {
  const { code } = await processor.render(markdown, { fileURL: new URL(`file://${projectRoot}/content/algorithms/${lang}/example.mdx`), frontmatter });
  return code;
}

export { validFixture };
