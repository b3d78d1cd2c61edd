/**
 * How built pages reach the search index while the build is still rendering the rest. The
 * search-index integration (loaded with the Astro config) opens the handoff when the build
 * starts; the middleware (bundled with the pages) offers it each page as it is rendered. The two
 * are separate bundles in one process, so they meet on a global symbol rather than a shared module.
 */
export interface IndexPages {
  /** Takes a built page; resolves when the index is ready for the next. */
  offer(sourcePath: string, html: string): Promise<void>;
}

const handoff = Symbol.for('safe-city.search-index.pages');
type WithHandoff = typeof globalThis & { [handoff]?: IndexPages };

export function openHandoff(receiver: IndexPages): void {
  (globalThis as WithHandoff)[handoff] = receiver;
}

export function closeHandoff(): void {
  delete (globalThis as WithHandoff)[handoff];
}

/** The open handoff, in a build that indexes its pages; undefined in `astro dev` and elsewhere. */
export function openedHandoff(): IndexPages | undefined {
  return (globalThis as WithHandoff)[handoff];
}
