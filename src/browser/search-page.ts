/**
 * The search page's script: reads ?q= and the filters from the address, shows the contacts
 * asked for by name or number first, then Pagefind's results, best first. Loaded only on the
 * search page, so no other page fetches any search code.
 */
import { matchContacts } from '../search/contact-match';
import { searchQuery } from '../search/query-forms';
import type { SearchPageData } from '../search/search-data';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  weighted_locations: { weight: number; location: number }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] }>;
}
/** A match before its data is downloaded: Pagefind knows the page's id and score already. */
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}

const data = JSON.parse(document.getElementById('search-data')!.textContent!) as SearchPageData;
const form = document.getElementById('search-form') as HTMLFormElement;
const status = document.getElementById('search-status')!;
const contactList = document.getElementById('search-contacts')!;
const resultList = document.getElementById('search-results')!;
const fallback = document.getElementById('search-fallback')!;
const fallbackMessage = document.getElementById('search-fallback-message')!;

const filterNames = ['type', 'category', 'audience'] as const;

/** The search the address asks for; the form shows it, so the reader can change it. */
function searchInAddress(): { query: string; filters: Record<string, string> } {
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = params.get(name) ?? '';
    const control = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (control) control.value = value;
    if (value) filters[name] = value;
  }
  (form.elements.namedItem('q') as HTMLInputElement).value = query;
  return { query, filters };
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

function showFallback(message: string) {
  fallbackMessage.textContent = message;
  fallback.hidden = false;
}

function plural(count: number): string {
  const form = new Intl.PluralRules(data.lang).select(count);
  return (data.labels.results[form] ?? data.labels.results.other ?? '{count}').replace('{count}', String(count));
}

/**
 * Pagefind also matches an indexed word that is a prefix of a query word, so a query with no
 * real match can "find" a page through a one-letter abbreviation ("р." for рік). A result
 * whose every highlighted match is shorter than three letters is not a match.
 */
function reallyMatches(result: PagefindResult): boolean {
  const marks = [...result.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((mark) => mark[1]!.replace(/[^\p{L}\p{N}]/gu, ''));
  return marks.length === 0 || marks.some((mark) => mark.length >= 3);
}

/**
 * Results whose title or keywords contain a query word come first: they are about it. Pagefind
 * weighs each match: 7 in a page's title (its h1), 10 in its keywords, less anywhere else.
 */
const titleWeight = 7;
function aboutTheQuery(result: PagefindResult): boolean {
  return result.weighted_locations.some((location) => location.weight >= titleWeight);
}

// Four results fill a phone's screen; each is one more download (about 1 KB), so the rest
// wait for "Show more". The first search stays within its 90 KB budget at 1,000 algorithms
// per language (`npm run bench -- --sizes=1000`).
const pageSize = 4;
const more = document.getElementById('search-more') as HTMLButtonElement;

function resultItem(result: PagefindResult): HTMLLIElement {
  const item = element('li', undefined, 'search-result');
  const heading = element('h2');
  const link = element('a', result.meta.title ?? result.url);
  link.href = result.url;
  heading.append(link);
  const facts = [result.meta.type, result.meta.category].filter(Boolean).join(' · ');
  item.append(heading, element('p', facts, 'muted'));
  if (result.meta.summary) item.append(element('p', result.meta.summary));
  return item;
}

// Pagefind is loaded once per visit: a second search on this page costs only its own downloads.
let pagefindReady: Promise<Pagefind> | undefined;
async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ data.pagefindUrl)) as Pagefind;
  // No worker: it is one more 12 KB script to fetch, and one query does not need it.
  // The fixed cache tag lets the offline copy answer Pagefind's first request with no network.
  await pagefind.options({ excerptLength: 24, noWorker: true, metaCacheTag: data.pagefindCacheTag });
  return pagefind;
}

// A newer search replaces an older one still loading: only the latest may write to the page.
let latest = 0;
let showMore: (() => Promise<number>) | undefined;
more.addEventListener('click', () => void showMore?.());

async function run({ query, filters }: { query: string; filters: Record<string, string> }) {
  const mine = ++latest;
  const current = () => mine === latest;
  fallback.hidden = true;
  more.hidden = true;
  showMore = undefined;
  contactList.replaceChildren();
  resultList.replaceChildren();
  status.textContent = '';
  resultList.setAttribute('aria-busy', 'true');
  try {
    if (query) await search(query, filters, current);
  } finally {
    if (current()) resultList.setAttribute('aria-busy', 'false');
  }
}

async function search(query: string, filters: Record<string, string>, current: () => boolean) {
  status.textContent = data.labels.loading;

  for (const contact of matchContacts(query, data.contacts, data.lang).slice(0, 2)) {
    const item = element('li', undefined, 'search-contact');
    const link = element('a', undefined, 'call-link');
    link.href = `tel:${contact.dial}`;
    link.append(element('span', contact.number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011'), 'number'), ` ${contact.name}`);
    item.append(element('span', `${data.labels.contact}: `, 'muted'), link);
    contactList.append(item);
  }

  try {
    pagefindReady ??= loadPagefind();
    const pagefind = await pagefindReady.catch((error: unknown) => {
      pagefindReady = undefined; // a lost connection may be back for the next search
      throw error;
    });
    const term = searchQuery(query, data.lang);
    let hits = (await pagefind.search(term, { filters })).results;
    if (hits.length < pageSize && term.includes(' ')) {
      // Pagefind wants every word; a resident's extra word ("на перехресті") should not
      // hide the page the other words find, nor should the one page that happens to have every
      // word (a lesson that retells an algorithm) be all there is. Search word by word (short
      // words such as "на" match half the index and say little) and rank by words matched, then
      // by score, so pages with every word still come first: from the hits alone, so no result
      // is downloaded that will not be shown.
      const byId = new Map<string, { hit: PagefindHit; words: number; score: number }>();
      for (const word of term.split(' ').filter((word) => word.length >= 3)) {
        for (const hit of (await pagefind.search(word, { filters })).results) {
          const seen = byId.get(hit.id);
          byId.set(hit.id, { hit, words: (seen?.words ?? 0) + 1, score: (seen?.score ?? 0) + hit.score });
        }
      }
      hits = [...byId.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.hit);
    }
    if (!current()) return;
    const count = hits.length;
    // Each result's data is one more download: fetch a screenful at a time, more on request.
    // With no network, a result whose page is not in the offline copy cannot load: leave it out,
    // and say that only what is saved is shown rather than a count that cannot all be opened.
    let unsaved = 0;
    const loader = async (from: number) =>
      (await Promise.allSettled(hits.slice(from, from + pageSize).map((hit) => hit.data()))).flatMap((result) => {
        if (result.status === 'fulfilled') return [result.value];
        unsaved++;
        return [];
      });
    let shown = 0;
    const nextScreenful = async () => {
      let added = 0;
      // A screenful can come back empty (no real match, or pages not in the offline copy): go on.
      while (added === 0 && shown < count) {
        const batch = (await loader(shown)).filter(reallyMatches);
        if (!current()) return added;
        shown += pageSize;
        const ranked = [...batch.filter(aboutTheQuery), ...batch.filter((result) => !aboutTheQuery(result))];
        for (const result of ranked) resultList.append(resultItem(result));
        added += ranked.length;
      }
      more.hidden = shown >= count;
      return added;
    };
    showMore = nextScreenful;
    const first = await nextScreenful();
    if (!current()) return;
    status.textContent = unsaved > 0 ? data.labels.offlineOnly : first ? plural(count) : '';
    if (!first) showFallback(unsaved > 0 ? data.labels.offlineOnly : data.labels.none);
  } catch {
    if (!current()) return;
    status.textContent = '';
    showFallback(data.labels.unavailable);
  }
}

// A new search from this page's own form stays on the page: the address changes as the form
// would change it (so the search can still be linked, and Back returns to the last one), but
// the page and Pagefind are not loaded again, which on a weak connection is most of the wait.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && (name === 'q' || value)) params.append(name, value);
  history.pushState(null, '', `${form.action}?${params}`);
  void run(searchInAddress());
});
window.addEventListener('popstate', () => void run(searchInAddress()));

void run(searchInAddress());
