import { defaultLang, type Lang } from './locales';
import { uiStrings, type UiKey } from './ui';
import { uk } from './ui/uk';

type Vars = Record<string, string | number>;

/** Keys that have plural forms, named without their `.one`/`.few`/… suffix. */
export type PluralKey = UiKey extends infer K
  ? K extends `${infer Base}.other`
    ? Base
    : never
  : never;

export interface Translator {
  lang: Lang;
  /** The string for `key` in this language (falling back to Ukrainian), with `{vars}` filled. */
  (key: UiKey, vars?: Vars): string;
  /** The plural form of `key` that suits `count` in this language, with `{count}` filled. */
  plural(key: PluralKey, count: number, vars?: Vars): string;
  /** Every plural form of `key` this language uses, unfilled, for code that counts in the browser. */
  pluralForms(key: PluralKey): Partial<Record<Intl.LDMLPluralRule, string>>;
}

function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

// A translator is the same for every page of a language; thousands of pages ask for one.
const translators = new Map<Lang, Translator>();

/** Resolve a language once per route and pass the returned function down. */
export function useTranslations(lang: Lang): Translator {
  let translator = translators.get(lang);
  if (!translator) translators.set(lang, (translator = makeTranslator(lang)));
  return translator;
}

function makeTranslator(lang: Lang): Translator {
  const strings = uiStrings[lang];
  const lookup = (key: string): string | undefined =>
    (strings as Record<string, string | undefined>)[key] ??
    (lang === defaultLang ? undefined : (uk as Record<string, string>)[key]);

  const rules = new Intl.PluralRules(lang);
  const t = ((key: UiKey, vars?: Vars) => fill(lookup(key) ?? key, vars)) as Translator;
  t.lang = lang;
  t.plural = (key, count, vars) => {
    // The language's own forms first, so a translation never borrows another language's
    // grammar for a form it lacks; then the fallback language's.
    const own = strings as Record<string, string | undefined>;
    const category = rules.select(count);
    const form =
      own[`${key}.${category}`] ??
      own[`${key}.other`] ??
      lookup(`${key}.${category}`) ??
      lookup(`${key}.other`) ??
      key;
    return fill(form, { ...vars, count });
  };
  t.pluralForms = (key) =>
    Object.fromEntries(
      rules.resolvedOptions().pluralCategories.map((category) => [category, (strings as Record<string, string | undefined>)[`${key}.${category}`] ?? lookup(`${key}.${category}`) ?? lookup(`${key}.other`) ?? key]),
    );
  return t;
}
