import { z } from 'astro/zod';
import { entryBase, entryBaseSharedFields, type ReferenceField } from './entry-base';
import { idPattern } from '../formats/id-pattern';
import { calendarDate, citation, entryId, monthOrDate, namedValues } from './fields';

export const actionStatuses = ['open', 'in-progress', 'done', 'dropped', 'not-reported'] as const;
/**
 * What kind of record the page is: the meeting's own agreed minutes, notes taken at it, or a
 * page compiled afterwards from a published report. Only the first speaks for the meeting.
 */
export const recordKinds = ['official-minutes', 'notes', 'compiled-from-report'] as const;

/**
 * The minutes of one working meeting, in `content/minutes/<lang>/<yyyy-mm-dd>-<slug>.mdx`.
 * Record only what the meeting's own record or a published report says.
 */
export const minutesSchema = entryBase
  .extend({
    type: z.literal('minutes').default('minutes'),
    /** What kind of record this is; anything but official minutes must name its source. */
    record: namedValues(recordKinds, 'record').meta({ description: 'What kind of record this is: the minutes the meeting agreed, notes taken at it, or a page compiled from a published report.', examples: ['compiled-from-report'] }),
    /** The day of the meeting; it must match the date at the start of the file name. */
    date: calendarDate.meta({ description: 'The day of the meeting, the same as at the start of the file name.', examples: ['2017-02-21'] }),
    /** Where the meeting took place, in the page's language. */
    place: z.string().min(3).meta({ description: 'Where the meeting took place.', examples: ['Приміщення ГУНП в Херсонській області'] }),
    /** Who took part: an organisation id or, for a group, a description; `count` people where known. */
    participants: z
      .array(
        z
          .object({
            organisation: entryId.optional().meta({ description: 'The organisation, from the list of organisations.', examples: ['patrol-police'] }),
            /** A group that is not one organisation, in the page's language. */
            group: z.string().min(3).optional().meta({ description: 'A group that is not one organisation, described in words.', examples: ['Представники шкіл'] }),
            /** How many people came, only where the record says. */
            count: z.number().int().positive().optional().meta({ description: 'How many people came, only where the record says.', examples: [3] }),
          })
          .strict()
          .refine((value) => Boolean(value.organisation) !== Boolean(value.group), {
            message: 'give either "organisation" (an id) or "group" (a description), not both',
          }),
      )
      .min(1)
      .meta({ description: 'Who took part: an organisation or a group each.', examples: [[{ organisation: 'patrol-police' }, { group: 'Представники шкіл', count: 3 }]] }),
    /** The questions discussed, in order. */
    agenda: z.array(z.string().min(3)).min(1).meta({ description: 'The questions discussed, in order.', examples: [['Опитування мешканців']] }),
    /** What the meeting decided or agreed, one item each. */
    decisions: z.array(z.string().min(3)).default([]).meta({ description: 'What the meeting decided or agreed.' }),
    /** Who does what by when. */
    actions: z
      .array(
        z
          .object({
            what: z.string().min(3).meta({ description: 'What is to be done.' }),
            /** The organisation responsible; leave out where the record does not say. */
            owner: entryId.optional().meta({ description: 'The organisation responsible; leave it empty where the record does not say.', examples: ['legal-space'] }),
            /** A month (YYYY-MM) or a day (YYYY-MM-DD). */
            due: monthOrDate.optional(),
            status: namedValues(actionStatuses, 'actionStatus').meta({ description: 'How far it has got.' }),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Who does what by when.' }),
    /** Algorithms discussed: their ids. */
    relatedAlgorithms: z.array(entryId).default([]).meta({ description: 'The algorithms discussed.', examples: [['domestic-violence']] }),
    /** Recommendations discussed or made: their ids. */
    relatedRecommendations: z.array(entryId).default([]).meta({ description: 'The recommendations discussed or made.' }),
    /** Published records of the meeting: title and, where online, address. */
    sources: z.array(citation).default([]).meta({ description: 'Published records of the meeting.' }),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.record !== 'official-minutes' && value.sources.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `a record that is not official minutes ("record: ${value.record}") must name what it was made from: add the report or notes under "sources" (title, and url where it is online)`,
        params: { key: 'check.schema.recordSources', vars: { record: value.record } },
      });
    }
  });

export type Minutes = z.output<typeof minutesSchema>;

export const minutesSharedFields = [
  'record',
  'date',
  'participants.*.organisation',
  'participants.*.count',
  'actions.*.owner',
  'actions.*.due',
  'actions.*.status',
  'relatedAlgorithms',
  'relatedRecommendations',
  ...entryBaseSharedFields,
] as const;

export const minutesReferences = [
  { path: 'participants.*.organisation', target: 'organisations' },
  { path: 'actions.*.owner', target: 'organisations' },
  { path: 'relatedAlgorithms.*', target: 'algorithms' },
  { path: 'relatedRecommendations.*', target: 'recommendations' },
] as const satisfies readonly ReferenceField[];

/** Minutes file names start with the meeting's date: `2017-02-21-first-working-meeting`. */
export const minutesIdPattern = new RegExp(`^\\d{4}-\\d{2}-\\d{2}-${idPattern.source.slice(1)}`);
