import { localeOf, type Lang } from './locales';

// `a.localeCompare(b, lang)` builds a collator on every call: sorting a thousand titles that
// way took seconds of a build. One collator per language does the same ordering.
const collators = new Map<Lang, Intl.Collator>();

/** Compares two words or titles as a dictionary of `lang` orders them. */
export function alphabeticalOrder(lang: Lang): (a: string, b: string) => number {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(localeOf(lang).intl)));
  return collator.compare;
}
