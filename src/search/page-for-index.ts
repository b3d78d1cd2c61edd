/**
 * A built page as the search index should read it. Pagefind records every element with an id
 * inside the indexed part (each step, each heading) as an "anchor", with its whole text, in the
 * file a result downloads: half of each result's bytes, for sub-results this site does not show.
 * A result links to its page; the index gets the page without its ids. The page itself keeps
 * them: partners link to its steps.
 */
export function pageForIndex(html: string): string {
  return (
    html
      .replace(/(<[a-zA-Z][a-zA-Z0-9-]*\b[^>]*?)\s+id="[^"]*"/g, '$1')
      // Pagefind joins the text of neighbouring cells and terms: "Date21 February 2017Place".
      .replace(/<\/(dt|dd|td|th)>/g, ' </$1>')
      // The page's own stylesheet, a third of its HTML: Pagefind has no use for it.
      .replace(/<style>[^<]*<\/style>/g, '')
  );
}

/** Whether Pagefind indexes the page at all: only pages with a part marked for it. */
export function isIndexed(html: string): boolean {
  return html.includes('data-pagefind-body');
}
