import { z } from 'astro/zod';
import { defaultLang, langCodes, localeOf, locales } from '../i18n/locales';
import { useTranslations, type Translator } from '../i18n/translator';
import type { UiKey } from '../i18n/ui';
import { idPattern } from '../formats/id-pattern';

/**
 * Field schemas shared by several collections. Each carries a description and an example,
 * which the editors' messages and the field reference use.
 */

/** A stable, language-independent id: lowercase ASCII words joined by hyphens. */
export const entryId = z
  .string()
  .regex(idPattern, 'use lowercase Latin letters, digits and hyphens')
  .meta({ description: 'A stable id: lowercase Latin letters, digits and hyphens.', examples: ['street-robbery'] });

function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written `YYYY-MM-DD`. The content check reads frontmatter without turning
 * dates into objects, so an impossible date such as 2026-02-30 is caught here instead of
 * silently rolling over into March.
 */
export const calendarDate = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'write a date as YYYY-MM-DD' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'write a date as YYYY-MM-DD')
      .refine(isRealDate, 'this date does not exist in the calendar'),
  )
  .transform((text) => new Date(`${text}T00:00:00Z`))
  .meta({ description: 'A date written YYYY-MM-DD.', examples: ['2026-11-24'] });

/** A month (`YYYY-MM`) or a day (`YYYY-MM-DD`), for plans that name only a month. */
export const monthOrDate = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'write YYYY-MM or YYYY-MM-DD' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'write YYYY-MM or YYYY-MM-DD')
      .refine((text) => text.length === 7 || isRealDate(text), 'this date does not exist in the calendar'),
  )
  .meta({ description: 'A month (YYYY-MM) or a day (YYYY-MM-DD).', examples: ['2017-04'] });

/**
 * A field with a fixed list of allowed values, each named to people by a UI string
 * `<labels>.<value>` (`audience.older-people`: «люди похилого віку»), the same words the pages
 * show. The web editor offers the values by these names. TypeScript fails when a value has no
 * such UI string.
 */
export function namedValues<const Values extends readonly [string, ...string[]], Labels extends string>(
  values: Values,
  labels: Labels & (`${Labels}.${Values[number]}` extends UiKey ? unknown : never),
) {
  return z.enum(values).meta({ labels });
}

/** A schema example with a value in every language, from the UI strings, so no language is named here. */
export function inEveryLanguage<T>(pick: (t: Translator) => T): Record<string, T> {
  return Object.fromEntries(langCodes.map((lang) => [lang, pick(useTranslations(lang))]));
}

/**
 * Text given in each language: the default language is required, the others optional
 * (a page falls back to the default language where a translation is missing).
 */
export const localizedText = z
  .object(
    Object.fromEntries(
      locales.map((locale) => [
        locale.code,
        locale.code === defaultLang
          ? z.string().min(1).meta({ description: `In ${locale.endonym} (required).` })
          : z.string().min(1).optional().meta({ description: `In ${locale.endonym}.` }),
      ]),
    ) as Record<string, z.ZodString | z.ZodOptional<z.ZodString>>,
  )
  .strict()
  .meta({ description: `Text per language; ${localeOf(defaultLang).endonym} (${defaultLang}) is required.`, examples: [inEveryLanguage((t) => t('site.name'))] });

/** Text per language; the schema guarantees the default language's. */
export type LocalizedText = Partial<Record<string, string>>;

/** Lists of words per language; each language optional. */
export const localizedWords = z
  .object(Object.fromEntries(locales.map((locale) => [locale.code, z.array(z.string().min(2)).optional().meta({ description: `In ${locale.endonym}.` })])) as Record<string, z.ZodOptional<z.ZodArray<z.ZodString>>>)
  .strict();

/** A web address starting with https:// or http://. */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'write a full web address starting with https://' })
  .meta({ description: 'A full web address.', examples: ['https://zakon.rada.gov.ua/laws/show/2229-19'] });

/**
 * Whether an address is a site's home page rather than a page of it. A home page says nothing
 * an editor can check a step against, and its content changes every day.
 */
export function isHomePage(address: string): boolean {
  const url = URL.parse(address);
  return url !== null && /^\/?(index\.(html?|php))?$/.test(url.pathname) && url.search === '';
}

/** The address of the page a source is on: a page of a site, never its home page. */
export const sourceUrl = webUrl
  .refine((address) => !isHomePage(address), {
    message: 'this is the home page of a site: link the page that says it (the guidance, the law or the article itself)',
  })
  .meta({ description: 'The full web address of the page itself, not of a site’s home page.', examples: ['https://zakon.rada.gov.ua/laws/show/2229-19'] });

/** A document something is based on: a law, an official page, an article. */
export const citation = z
  .object({
    /** The document's title as its publisher gives it. */
    title: z.string().min(3).meta({ description: 'The title of the document.', examples: ['Правила дорожнього руху'] }),
    /** Where to read it; leave out only for a document that is not online or whose address is not known. */
    url: sourceUrl.optional(),
    /** Who published it, where known. */
    publisher: z.string().min(2).optional().meta({ description: 'Who published it, where known.', examples: ['Національна поліція України'] }),
  })
  .strict()
  .meta({ description: 'A source: its title and, where known, its address and publisher.' });

/**
 * Official guidance an algorithm follows: the page itself, who published it, and the day an
 * editor last read it and found the text still says what the algorithm says.
 */
export const guidanceSource = z
  .object({
    /**
     * A short name the algorithm's statements cite it by (`:source[dsns-shelling]`); the same in
     * every language, since a translation cites the same guidance.
     */
    id: entryId.meta({ description: 'A short name the steps cite it by, with :source[…]; the same in every language.', examples: ['dsns-shelling'] }),
    /** The page's title as its publisher gives it. */
    title: z.string().min(3).meta({ description: 'The title of the page or document, as its publisher gives it.', examples: ['Як діяти, якщо опинилися під завалами будівлі?'] }),
    url: sourceUrl.meta({ description: 'The address of the page with the guidance (not a home page).', examples: ['https://mvs.gov.ua/news/iak-diiati-iakshho-opinilisia-pid-zavalami-budivli'] }),
    /** Who published it, in the page's language. */
    publisher: z.string().min(2).meta({ description: 'Who published it.', examples: ['МВС України'] }),
    /** The day an editor last read the page against the algorithm. */
    checked: calendarDate.meta({ description: 'The day an editor last read the page against the algorithm, YYYY-MM-DD.', examples: ['2026-12-02'] }),
  })
  .strict()
  .meta({ description: 'A guidance page: id, title, url, publisher, checked.' });
