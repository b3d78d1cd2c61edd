import { z } from 'astro/zod';
import { changelogField, developedByField, fieldTestingField, nextReviewField, reviewedByField, reviewedField, translationOfField, versionedTextRules, versionedTextSharedFields, versionField } from './algorithm';
import { entryBase, entryBaseSharedFields, type ReferenceField } from './entry-base';
import { entryId, guidanceSource, namedValues } from './fields';

/**
 * The age bands lessons are written for, by the children's age: 6–10 (1–4 класи), 10–15 (5–9),
 * 15–17 (10–11). A lesson's id ends with its band: `mines-6-10`.
 */
export const ageBands = ['6-10', '10-15', '15-17'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The bands old enough to be told why: a `:::why` box is for these only. */
export const bandsWithWhy: readonly AgeBand[] = ['10-15', '15-17'];

/** A lesson's file name: the topic, then its age band (`mines-6-10`, `fraud-15-17`). */
export const lessonIdPattern = new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*-(?:${ageBands.join('|')})$`);

export const lessonStatuses = ['published', 'retired'] as const;

/**
 * A lesson for schools: the rules of one algorithm for one age band, with what to practise in
 * class, five self-check questions and a part for parents, in `content/lessons/<lang>/<id>.mdx`.
 * The file name is its permanent id and names topic and band: `mines-6-10`.
 */
export const lessonSchema = entryBase
  .extend({
    type: z.literal('lesson').default('lesson'),
    /** The algorithm the lesson teaches: its id, from `content/algorithms/`. */
    algorithm: entryId.meta({ description: 'The algorithm the lesson teaches.', examples: ['explosive-objects'] }),
    /** The children's age: 6-10 (1–4 класи), 10-15 (5–9 класи) or 15-17 (10–11 класи). */
    ageBand: namedValues(ageBands, 'ageBand').meta({ description: "The children's age, by their classes at school.", examples: ['6-10'] }),
    /** `published`, or `retired`: kept online for reference, no longer maintained. (A draft is `draft: true`.) */
    status: namedValues(lessonStatuses, 'entryStatus').meta({ description: 'Where it stands: published, or no longer updated and kept for reference.', examples: ['published'] }),
    /** A whole number that goes up by one with every change of substance. */
    version: versionField,
    /** In a translation only: the version of the original this text translates. */
    translationOf: translationOfField,
    /** What changed in each version, newest last; the last item is the current version. */
    changelog: changelogField,
    /** The organisations that wrote it: ids from `content/data/organisations.yaml`. */
    developedBy: developedByField,
    /** Whether, when and with whom it was tried out with children; the page says so until it is. */
    fieldTesting: fieldTestingField,
    /** The day the text was last checked against its sources. */
    reviewed: reviewedField,
    /** The day by which it must be checked again. */
    nextReview: nextReviewField,
    /** Signed reviews by a teacher, psychologist or specialist, as for algorithms; empty until there is one. */
    reviewedBy: reviewedByField,
    /** The official material it follows, each with an id its statements cite it by. */
    sources: z.array(guidanceSource).min(1, 'cite at least one official source').meta({ description: 'The official material it follows, each with its short name, title, address, publisher and the day it was checked.' }),
    /** The numbers the lesson and its parents' part name: ids from `content/data/contacts.yaml`. */
    contacts: z.array(entryId).min(1).meta({ description: 'The phone numbers it tells people to call, from the list of phone numbers.', examples: [['emergency', 'fire-rescue']] }),
    /** Words a teacher or parent would type to find it: the topic, the classes, everyday words. */
    keywords: z.array(z.string().min(2)).min(1).meta({ description: 'Words a teacher or parent would search for (topic, classes).', examples: [['урок', 'мінна безпека', '3 клас']] }),
    /** What the children will be able to do after the lesson, one short item each. */
    objectives: z.array(z.string().min(3)).min(1).max(6).meta({ description: 'What the children will be able to do, one to six short items.', examples: [['Не торкатися незнайомих предметів.']] }),
  })
  .strict()
  .superRefine(versionedTextRules);

export type Lesson = z.output<typeof lessonSchema>;

/** Fields that are facts rather than language: a translation must agree with the original. */
export const lessonSharedFields = [
  'algorithm',
  'ageBand',
  ...versionedTextSharedFields,
  'reviewedBy',
  'contacts',
  'sources.*.id',
  ...entryBaseSharedFields,
] as const;

export const lessonReferences = [
  { path: 'algorithm', target: 'algorithms' },
  { path: 'developedBy.*', target: 'organisations' },
  { path: 'contacts.*', target: 'contacts' },
  { path: 'reviewedBy.*.organisation', target: 'organisations' },
] as const satisfies readonly ReferenceField[];
