import { z } from 'astro/zod';
import { algorithmStatuses, audiences, reviewerCapacities } from '../schemas/algorithm';
import { ageBands, lessonStatuses } from '../schemas/lesson';
import { actionStatuses } from '../schemas/minutes';
import { addressees, recommendationStatuses } from '../schemas/recommendation';
import { sectionEntryTypes, type OpenDataSchemaName } from '../site-structure';

/**
 * The shapes of the open-data files under /api/v1/. They are promises to partners' apps:
 * add fields freely, but never rename or remove one within v1. The JSON Schemas published
 * under /api/v1/schema/ are generated from these.
 */

const day = z.iso.date().meta({ description: 'A date, YYYY-MM-DD.' });
const url = z.url().meta({ description: 'An absolute address.' });
const named = z.object({ id: z.string(), name: z.string() }).meta({ description: 'An id from the site’s data files and its name in this language.' });
const citation = z.object({
  title: z.string(),
  url: url.optional(),
  publisher: z.string().optional(),
  checked: day.optional().meta({ description: 'The day an editor last read the source against the text.' }),
});
const sourceIds = z.array(z.string()).min(1).meta({ description: 'The ids of the sources (in `sources`) that support it; at least one.' });
const step = z
  .object({
    number: z.int().positive(),
    anchor: z.string().meta({ description: 'The step’s permanent anchor, without #.' }),
    url: url.meta({ description: 'The permanent link to this step.' }),
    text: z.string(),
    html: z.string(),
    sources: sourceIds,
  })
  .meta({ description: 'One step, with its permanent link and the sources that support it.' });
const cardLine = z.object({ text: z.string(), sources: sourceIds }).meta({ description: 'One line of the care card: a danger in which to call at once.' });
const guidance = citation.extend({ id: z.string().meta({ description: 'The short id steps and card lines cite it by; the same in every language.' }) });
const contact = z.object({
  id: z.string(),
  name: z.string(),
  number: z.string().meta({ description: 'The number as people read it.' }),
  dial: z.string().meta({ description: 'The digits to dial (a tel: link).' }),
  free: z.boolean(),
  hours: z.string(),
  source: citation.meta({ description: 'Where the number was checked.' }),
  checked: day.meta({ description: 'The day the number was last checked against its source.' }),
});

const common = {
  $schema: url,
  id: z.string().meta({ description: 'The permanent id; the same in every language.' }),
  lang: z.string().meta({ description: 'The language of this file and its page.' }),
  contentLang: z.string().meta({ description: 'The language the text is in: the original’s when there is no translation yet.' }),
  translated: z.boolean(),
  url: url.meta({ description: 'The permanent address of the page.' }),
  alternates: z.record(z.string(), url).meta({ description: 'The page in every language, by language code.' }),
  previousIds: z.array(z.string()).meta({ description: 'Old ids whose addresses redirect to this page.' }),
  title: z.string(),
  summary: z.string(),
  html: z.string().meta({ description: 'The text as HTML; in-page links are absolute.' }),
  text: z.string().meta({ description: 'The text as plain text, one paragraph or list item per line.' }),
};

export const algorithmRecord = z
  .object({
    ...common,
    type: z.literal('algorithm'),
    category: named,
    audience: z.array(z.enum(audiences)),
    status: z.enum(algorithmStatuses),
    version: z.int().positive(),
    translationOf: z.int().positive().optional().meta({ description: 'The version of the original this translation translates.' }),
    outdated: z.boolean().meta({ description: 'true when the translation translates an older version than the original’s.' }),
    changelog: z.array(z.object({ version: z.int().positive(), date: day, note: z.string() })),
    reviewed: day,
    nextReview: day,
    developedBy: z.array(named),
    fieldTesting: z.object({ status: z.enum(['not-tested', 'in-progress', 'tested']), when: z.string().optional(), with: z.string().optional() }),
    reviewedBy: z
      .array(z.object({ organisation: named, capacity: z.enum(reviewerCapacities), version: z.int().positive(), date: day, name: z.string().optional() }))
      .meta({ description: 'Signed reviews by specialists outside the editors: who, in what capacity, which version, when.' }),
    reviewedVersion: z.boolean().meta({ description: 'true when a specialist has signed a review of the current version.' }),
    sources: z.array(guidance),
    related: z.array(url).meta({ description: 'Algorithms a reader may need next.' }),
    keywords: z.array(z.string()),
    contacts: z.array(contact),
    card: z.array(cardLine).meta({ description: 'The lines of the opening care card, with the sources that support each.' }),
    steps: z.array(step),
    leaflet: url.optional().meta({ description: 'The printable leaflet, for published algorithms.' }),
  })
  .meta({ title: 'Safe City algorithm', description: 'Step-by-step instructions for one dangerous situation.' });

export const minutesRecord = z
  .object({
    ...common,
    type: z.literal('minutes'),
    date: day,
    place: z.string(),
    participants: z.array(z.object({ organisation: named.optional(), group: z.string().optional(), count: z.int().positive().optional() })),
    agenda: z.array(z.string()),
    decisions: z.array(z.string()),
    actions: z.array(
      z.object({
        what: z.string(),
        owner: named.optional(),
        due: z.string().optional().meta({ description: 'A month (YYYY-MM) or a day (YYYY-MM-DD).' }),
        status: z.enum(actionStatuses),
      }),
    ),
    relatedAlgorithms: z.array(url),
    relatedRecommendations: z.array(url),
    sources: z.array(citation),
  })
  .meta({ title: 'Safe City meeting minutes', description: 'The record of one public–police working meeting.' });

export const recommendationRecord = z
  .object({
    ...common,
    type: z.literal('recommendation'),
    addressee: z.array(z.enum(addressees)),
    status: z.enum(recommendationStatuses),
    history: z.array(z.object({ status: z.enum(recommendationStatuses), date: day, note: z.string().optional() })),
    evidence: z.array(citation),
    relatedMinutes: z.array(url),
    relatedAlgorithms: z.array(url),
  })
  .meta({ title: 'Safe City recommendation', description: 'A recommendation to the city or the police, with its status over time.' });

const sourced = z.object({ text: z.string(), sources: sourceIds });
const fieldTesting = z.object({ status: z.enum(['not-tested', 'in-progress', 'tested']), when: z.string().optional(), with: z.string().optional() });

export const lessonRecord = z
  .object({
    ...common,
    type: z.literal('lesson'),
    algorithm: z.object({ id: z.string(), url }).meta({ description: 'The algorithm the lesson teaches.' }),
    ageBand: z.enum(ageBands).meta({ description: 'The children’s age: 6-10 (classes 1–4), 10-15 (5–9), 15-17 (10–11).' }),
    status: z.enum(lessonStatuses),
    version: z.int().positive(),
    translationOf: z.int().positive().optional().meta({ description: 'The version of the original this translation translates.' }),
    outdated: z.boolean().meta({ description: 'true when the translation translates an older version than the original’s.' }),
    changelog: z.array(z.object({ version: z.int().positive(), date: day, note: z.string() })),
    reviewed: day,
    nextReview: day,
    developedBy: z.array(named),
    fieldTesting: fieldTesting.meta({ description: 'Whether it has been tried out with children.' }),
    sources: z.array(guidance),
    keywords: z.array(z.string()),
    contacts: z.array(contact),
    objectives: z.array(z.string()).meta({ description: 'What the children will be able to do.' }),
    rules: z.array(sourced).meta({ description: 'The three to five rules, in order, with the sources that support each.' }),
    why: z.array(sourced).meta({ description: 'Why the rules are so, one item per paragraph (older age bands only; empty for 6-10).' }),
    practice: z.array(sourced).meta({ description: 'What to practise in class.' }),
    questions: z
      .array(z.object({ question: z.string(), answers: z.array(z.object({ text: z.string(), right: z.boolean() })), why: z.string(), sources: sourceIds }))
      .meta({ description: 'The five self-check questions, each with exactly one right answer and why it is right.' }),
    parents: z.array(sourced).meta({ description: 'The part for parents, line by line.' }),
  })
  .meta({ title: 'Safe City lesson', description: 'A school lesson on one algorithm for one age band, with self-check questions and a part for parents.' });

export const indexRecord = z
  .object({
    $schema: url,
    lang: z.string(),
    type: z.enum(sectionEntryTypes),
    count: z.int().nonnegative(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        summary: z.string(),
        url: url.meta({ description: 'The page.' }),
        data: url.meta({ description: 'The entry’s full open-data file.' }),
        updated: day.meta({ description: 'The day of the latest change: version, meeting or status.' }),
      }),
    ),
  })
  .meta({ title: 'Safe City open-data index', description: 'Every entry of one kind in one language, with the address of its full file.' });

/** Every published schema, by the file name it is published under. */
export const recordSchemas = {
  algorithm: algorithmRecord,
  minutes: minutesRecord,
  recommendation: recommendationRecord,
  lesson: lessonRecord,
  index: indexRecord,
} as const satisfies Record<OpenDataSchemaName, z.ZodType>;
export type RecordSchemaName = keyof typeof recordSchemas;

/** A schema as a JSON Schema document, with its own address as `$id`. */
export function jsonSchemaOf(name: RecordSchemaName, schemaUrl: string): Record<string, unknown> {
  return { ...z.toJSONSchema(recordSchemas[name], { target: 'draft-2020-12' }), $id: schemaUrl };
}
