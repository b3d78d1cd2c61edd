import { stemmer as ukrainianStemmer } from '@orama/stemmers/ukrainian';

/**
 * How a resident's query becomes what Pagefind looks for, per language. Pagefind stems some
 * languages itself but not Ukrainian, and it matches any indexed word that starts with a query
 * word; so for Ukrainian each word is cut to a stem, and "крадіжок" finds "крадіжка".
 */
type QueryForms = (word: string) => string;

/** Apostrophes are written four ways; the index and the query must agree on one. */
export function normaliseApostrophes(text: string): string {
  return text.replace(/[ʼ'`‘]/g, '’');
}

/** Latin letters that look like Cyrillic ones, typed by mistake on a mixed keyboard. */
const lookAlikes: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };

function ukrainianWord(typed: string): string {
  // "крадiжка" with a Latin i is still "крадіжка".
  const word = /\p{Script=Cyrillic}/u.test(typed) ? typed.replace(/[a-z]/g, (letter) => lookAlikes[letter] ?? letter) : typed;
  if (word.length < 5 || !/\p{Script=Cyrillic}/u.test(word)) return word;
  const stem = ukrainianStemmer(word);
  // The stemmer leaves some forms whole (genitive plurals such as "крадіжок"); dropping the
  // last two letters still leaves a prefix of the other forms.
  const cut = word.slice(0, Math.max(4, word.length - 2));
  return stem.length < cut.length ? stem : cut;
}

const byLanguage: Record<string, QueryForms> = {
  uk: ukrainianWord,
};

/**
 * Pagefind finds every indexed word that starts with a query word: "на", "в", "to" match half
 * the index, narrow nothing, and each costs the resident one more index download. They are
 * left out when the query has longer words; numbers always stay.
 */
const isSignificant = (word: string) => word.length >= 3 || /\p{N}/u.test(word);

/** The query a resident typed, as Pagefind should search it in `lang`. */
export function searchQuery(query: string, lang: string): string {
  const forms = byLanguage[lang] ?? ((word: string) => word);
  const words = normaliseApostrophes(query.toLowerCase())
    .split(/[\s’]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const significant = words.filter(isSignificant);
  return (significant.length > 0 ? significant : words).map(forms).join(' ');
}
