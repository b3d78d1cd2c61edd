import type { Lang } from '../i18n/locales';
import { queryWordForms } from '../i18n/query-words';

/**
 * How a resident's query becomes what Pagefind looks for: apostrophes made one, short words
 * left out, and each word in the form its language's entry in `src/i18n/query-words.ts` gives.
 */

/** Apostrophes are written four ways; the index and the query must agree on one. */
export function normaliseApostrophes(text: string): string {
  return text.replace(/[ʼ'`‘]/g, '’');
}

/**
 * Pagefind finds every indexed word that starts with a query word: "на", "в", "to" match half
 * the index, narrow nothing, and each costs the resident one more index download. They are
 * left out when the query has longer words; numbers always stay.
 */
const isSignificant = (word: string) => word.length >= 3 || /\p{N}/u.test(word);

/** The query a resident typed, as Pagefind should search it in `lang`. */
export function searchQuery(query: string, lang: string): string {
  const forms = queryWordForms[lang as Lang] ?? ((word: string) => word);
  const words = normaliseApostrophes(query.toLowerCase())
    .split(/[\s’]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const significant = words.filter(isSignificant);
  return (significant.length > 0 ? significant : words).map(forms).join(' ');
}
