import { render, type CollectionEntry } from 'astro:content';
import { siteSettings } from '../site-settings';
import type { EntryCollectionName } from './entries';

type Rendered = Awaited<ReturnType<typeof render>>;

const rendered = new Map<string, Promise<Rendered>>();

/**
 * An entry's text, ready to render, prepared once per build however many files show it: an
 * algorithm's page, its A4 and A5 leaflets and its open-data file. Astro's `render()` looks the
 * entry's module up and builds an error, stack trace and all, on every call, in case it fails,
 * and a site calls it several times per entry. `astro dev`
 * renders one page at a time and must show every edit, so it asks Astro each time.
 */
export function renderedEntry(entry: CollectionEntry<EntryCollectionName>): Promise<Rendered> {
  if (import.meta.env.DEV || !siteSettings.optimised('rendered-entry-cache')) return render(entry);
  const key = `${entry.collection}/${entry.id}#${entry.digest ?? ''}`;
  let entryRendered = rendered.get(key);
  if (!entryRendered) rendered.set(key, (entryRendered = render(entry)));
  return entryRendered;
}
