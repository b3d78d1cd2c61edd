import { z } from 'astro/zod';
import { entryBase, entryBaseSharedFields, type ReferenceField } from './entry-base';
import { calendarDate, entryId, guidanceSource, namedValues } from './fields';

export const algorithmStatuses = ['field-testing', 'published', 'retired'] as const;
export const audiences = ['adults', 'children', 'teenagers', 'parents', 'older-people', 'people-with-disabilities', 'displaced-people', 'teachers'] as const;
/** In what capacity someone checked an algorithm: as police, as the rescue service (ДСНС), as a medic, as a lawyer, as an NGO. */
export const reviewerCapacities = ['police', 'rescue', 'medic', 'lawyer', 'ngo'] as const;

/** A whole number that goes up by one with every change of substance. */
export const versionField = z.number().int().positive().meta({ description: 'A whole number, raised by one with every change of substance.', examples: [1] });
/** In a translation only: the version of the original this text translates. */
export const translationOfField = z.number().int().positive().optional().meta({ description: 'Translations only: the version of the original this text translates.', examples: [1] });
/** The day the text was last checked against its sources. */
export const reviewedField = calendarDate.meta({ description: 'The day the text was last checked against its sources, YYYY-MM-DD.', examples: ['2026-11-24'] });
/** The day by which it must be checked again. */
export const nextReviewField = calendarDate.meta({ description: 'The day by which it must be checked again, YYYY-MM-DD.', examples: ['2027-05-24'] });

/** What changed in each version, newest last; the last item is the current version. */
export const changelogField = z
  .array(
    z
      .object({
        version: z.number().int().positive().meta({ description: 'The version this item describes.' }),
        date: calendarDate.meta({ description: 'The day the version was published, YYYY-MM-DD.', examples: ['2026-11-24'] }),
        /** What changed, in a sentence. */
        note: z.string().min(3).meta({ description: 'What changed, in a sentence.', examples: ['Перша версія.'] }),
      })
      .strict(),
  )
  .min(1)
  .meta({ description: 'One item per version, oldest first: its number, the day it was published and what changed. The last item is the current version.', examples: [[{ version: 1, date: '2026-11-24', note: 'Перша версія.' }]] });

/** The organisations that wrote a text: ids from `content/data/organisations.yaml`. */
export const developedByField = z.array(entryId).min(1).meta({ description: 'The organisations that wrote it, from the list of organisations.', examples: [['legal-space']] });

/** Whether, when and with whom a text was tried out with the people it is for, in plain words. */
export const fieldTestingField = z
  .object({
    status: namedValues(['not-tested', 'in-progress', 'tested'], 'fieldTesting').meta({ description: 'Whether it was tested: not yet, under way, or done.' }),
    /** When, in plain words. */
    when: z.string().min(3).optional().meta({ description: 'When, in plain words; needed once testing has begun.', examples: ['березень–квітень 2017'] }),
    /** With whom, in plain words. */
    with: z.string().min(3).optional().meta({ description: 'With whom, in plain words; needed once testing has begun.' }),
  })
  .strict()
  .refine((value) => value.status === 'not-tested' || (value.when && value.with), {
    message: 'say when and with whom it was tested (fields "when" and "with")',
  })
  .meta({ description: 'Whether it was tried out with the people it is for and, once it was, when and with whom.', examples: [{ status: 'not-tested' }] });

/** Signed reviews by specialists outside the editors, copied from signed review sheets; a review covers one version. */
export const reviewedByField = z
  .array(
    z
      .object({
        organisation: entryId.meta({ description: 'The organisation, from the list of organisations.', examples: ['npu-kherson'] }),
        capacity: namedValues(reviewerCapacities, 'capacity').meta({ description: 'In what capacity they checked it.', examples: ['police'] }),
        /** The version the reviewer read, from the top of the review sheet. */
        version: z.number().int().positive().meta({ description: 'The version printed on the signed review sheet.', examples: [3] }),
        /** The day on the signature. */
        date: calendarDate.meta({ description: 'The day the sheet was signed, YYYY-MM-DD.', examples: ['2026-12-10'] }),
        /** The reviewer's name, if they agreed to have it published. */
        name: z.string().min(3).optional().meta({ description: 'The reviewer’s name, only if they agreed to its publication.' }),
      })
      .strict(),
  )
  .default([])
  .meta({
    description: 'Signed reviews by specialists outside the editors, copied from the signed sheets: the organisation, in what capacity, the version they read, the day they signed, and their name if they agreed.',
    examples: [[{ organisation: 'npu-kherson', capacity: 'police', version: 3, date: '2026-12-10' }]],
  });

/** What a versioned, sourced entry (an algorithm, a lesson) holds that its rules across fields read. */
interface VersionedText {
  version: number;
  changelog: { version: number }[];
  reviewedBy: { version: number }[];
  sources: { id?: string | undefined }[];
  reviewed: Date;
  nextReview: Date;
}

/**
 * The rules across fields of a versioned, sourced entry: the changelog ends at the current
 * version, no review is of a later version, source ids are unique, the next review comes later.
 */
export function versionedTextRules(value: VersionedText, context: z.RefinementCtx): void {
  const last = value.changelog.at(-1);
  if (last && last.version !== value.version) {
    context.addIssue({
      code: 'custom',
      path: ['changelog'],
      message: `the last changelog item is version ${last.version}, but "version" is ${value.version}: add an item for version ${value.version}`,
      // The content check says it in the editors' language from these (see schema-messages.ts).
      params: { key: 'check.schema.changelogVersion', vars: { last: last.version, version: value.version } },
    });
  }
  value.reviewedBy.forEach((review, index) => {
    if (review.version > value.version) {
      context.addIssue({
        code: 'custom',
        path: ['reviewedBy', index, 'version'],
        message: `a review of version ${review.version}, but the text is at version ${value.version}: write the version printed on the signed sheet`,
        params: { key: 'check.schema.reviewVersion', vars: { reviewed: review.version, version: value.version } },
      });
    }
  });
  const seen = new Set<string>();
  value.sources.forEach((source, index) => {
    if (source.id === undefined) return;
    if (seen.has(source.id)) {
      context.addIssue({
        code: 'custom',
        path: ['sources', index, 'id'],
        message: `two sources have the id "${source.id}": give each its own`,
        params: { key: 'check.schema.sourceIdTwice', vars: { id: source.id } },
      });
    }
    seen.add(source.id);
  });
  if (value.nextReview <= value.reviewed) {
    context.addIssue({ code: 'custom', path: ['nextReview'], message: 'the next review must come after "reviewed"' });
  }
}

/**
 * An algorithm: step-by-step instructions for a dangerous situation,
 * in `content/algorithms/<lang>/<id>.mdx`. The file name is its permanent id.
 */
export const algorithmSchema = entryBase
  .extend({
    type: z.literal('algorithm').default('algorithm'),
    /** The topic, an id from `content/data/categories.yaml`. */
    category: entryId.meta({ description: 'The topic, from the list of topics.', examples: ['theft-and-robbery'] }),
    /** Who the instructions are written for. */
    audience: z.array(namedValues(audiences, 'audience')).min(1).meta({ description: 'Who it is written for: one group of readers or more.', examples: [['adults']] }),
    /**
     * `field-testing`: published while tested with residents; `published`; `retired`: kept
     * online for reference, no longer maintained. (A draft is `draft: true`, as in every collection.)
     */
    status: namedValues(algorithmStatuses, 'entryStatus').meta({ description: 'Where it stands: published while it is tested with residents, published, or no longer updated and kept for reference.', examples: ['published'] }),
    /** A whole number that goes up by one with every change of substance. */
    version: versionField,
    /**
     * In a translation only: the version of the original this text translates. When the
     * original's version moves past it, the page says the translation may be out of date.
     */
    translationOf: translationOfField,
    /** What changed in each version, newest last; the last item is the current version. */
    changelog: changelogField,
    /** The organisations that wrote it: ids from `content/data/organisations.yaml`. */
    developedBy: developedByField,
    /** Whether, when and with whom it was tried out with residents, in plain words. */
    fieldTesting: fieldTestingField,
    /** The day the text was last checked against its sources. */
    reviewed: reviewedField,
    /** The day by which it must be checked again. */
    nextReview: nextReviewField,
    /**
     * The signed reviews: who checked which version, in what capacity, and when, copied from a
     * signed review sheet. Leave it empty until someone outside the editors has; the page then
     * says so. A review covers one version: after a new version the page says it is not yet
     * reviewed, until a review of that version is added.
     */
    reviewedBy: reviewedByField,
    /** The official guidance it follows: at least two pages, each with its publisher and the day it was checked. */
    sources: z
      .array(guidanceSource)
      .min(2, 'cite at least two guidance pages (a page with the instructions, or a law or order with its number)')
      .meta({ description: 'At least two official pages with the guidance, each with its short name, title, address, publisher and the day it was checked.' }),
    /** Algorithms a reader of this one may need next (bleeding after shelling, gas after a fire): their ids. */
    related: z.array(entryId).default([]).meta({ description: 'Algorithms a reader may need next.', examples: [['fire-gas-or-collapse']] }),
    /** Words residents would type to find it: synonyms and everyday words, in the page's language. */
    keywords: z.array(z.string().min(2)).min(1).meta({ description: 'Words residents would search for.', examples: [['крадіжка', 'обікрали']] }),
    /** The numbers it tells people to call: ids from `content/data/contacts.yaml`. */
    contacts: z.array(entryId).min(1).meta({ description: 'The phone numbers it tells people to call, from the list of phone numbers.', examples: [['police']] }),
  })
  .strict()
  .superRefine(versionedTextRules);

export type Algorithm = z.output<typeof algorithmSchema>;

/** The facts of any versioned, reviewed text (algorithms, lessons) that a translation must agree on. */
export const versionedTextSharedFields = ['status', 'version', 'developedBy', 'fieldTesting.status', 'reviewed', 'nextReview'] as const;

/**
 * The bookkeeping of any versioned text (algorithms, lessons): its version and the record of
 * versions. The web editor shows these after the text, marked as such.
 */
export const versionedTextTechnicalFields = ['version', 'translationOf', 'changelog'] as const;

/** Fields that are facts rather than language: a translation must agree with the original. */
export const algorithmSharedFields = [
  'category',
  'audience',
  ...versionedTextSharedFields,
  'contacts',
  'reviewedBy',
  'related',
  ...entryBaseSharedFields,
] as const;

export const algorithmReferences = [
  { path: 'category', target: 'categories' },
  { path: 'developedBy.*', target: 'organisations' },
  { path: 'contacts.*', target: 'contacts' },
  { path: 'reviewedBy.*.organisation', target: 'organisations' },
  { path: 'related.*', target: 'algorithms' },
] as const satisfies readonly ReferenceField[];
