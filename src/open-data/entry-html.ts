import { render } from 'astro:content';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { EntryCollectionName, LocalizedEntry } from '../lib/entries';

let container: Promise<AstroContainer> | undefined;

/**
 * An entry's text as HTML, exactly as its page shows it: the entry's own compiled MDX rendered
 * to a string, so the open data and the page cannot disagree and the text is not parsed and
 * rendered a second time (that cost 3 ms an entry, a tenth of a large build).
 */
export async function entryHtml(item: LocalizedEntry<EntryCollectionName>): Promise<string> {
  container ??= AstroContainer.create().then((created) => {
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return created;
  });
  const { Content } = await render(item.entry);
  return (await container).renderToString(Content);
}
