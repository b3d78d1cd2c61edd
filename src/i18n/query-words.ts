import { stemmer as ukrainianStemmer } from '@orama/stemmers/ukrainian';
import type { Lang } from './locales';

/**
 * What a query word becomes before Pagefind looks it up, for the languages Pagefind does not
 * stem itself. Pagefind matches any indexed word that starts with a query word, so a word cut
 * to its stem finds every form: "крадіжок" finds "крадіжка". A language not listed is searched
 * as typed.
 */
export type QueryWordForm = (word: string) => string;

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

export const queryWordForms: Partial<Record<Lang, QueryWordForm>> = {
  uk: ukrainianWord,
};
