import type { SearchableContact } from './contact-match';

/** Everything the search page's script needs, carried in the page as JSON. */
export interface SearchPageData {
  lang: string;
  pagefindUrl: string;
  /** Pagefind's `metaCacheTag` (see pagefind-cache-tag.ts), filled in after the build. */
  pagefindCacheTag: string;
  contacts: SearchableContact[];
  labels: {
    loading: string;
    none: string;
    unavailable: string;
    /** Said instead of the count when some results are not in the offline copy. */
    offlineOnly: string;
    results: Partial<Record<string, string>>;
    contact: string;
  };
}
