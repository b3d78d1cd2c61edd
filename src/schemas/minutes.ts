import { z } from 'astro/zod';
import { entryBase, type ReferenceField } from './entry-base';
import { calendarDate, citation, entryId, monthOrDate } from './fields';

export const actionStatuses = ['open', 'in-progress', 'done', 'dropped', 'not-reported'] as const;

/**
 * The minutes of one working meeting, in `content/minutes/<lang>/<yyyy-mm-dd>-<slug>.mdx`.
 * Record only what the meeting's own record or a published report says.
 */
export const minutesSchema = entryBase
  .extend({
    type: z.literal('minutes').default('minutes'),
    /** The day of the meeting; it must match the date at the start of the file name. */
    date: calendarDate,
    /** Where the meeting took place, in the page's language. */
    place: z.string().min(3).meta({ examples: ['Приміщення ГУНП в Херсонській області'] }),
    /** Who took part: an organisation id or, for a group, a description; `count` people where known. */
    participants: z
      .array(
        z
          .object({
            organisation: entryId.optional(),
            /** A group that is not one organisation, in the page's language. */
            group: z.string().min(3).optional(),
            /** How many people came, only where the record says. */
            count: z.number().int().positive().optional(),
          })
          .strict()
          .refine((value) => Boolean(value.organisation) !== Boolean(value.group), {
            message: 'give either "organisation" (an id) or "group" (a description), not both',
          }),
      )
      .min(1)
      .meta({ examples: [[{ organisation: 'patrol-police' }, { group: 'Представники шкіл', count: 3 }]] }),
    /** The questions discussed, in order. */
    agenda: z.array(z.string().min(3)).min(1),
    /** What the meeting decided or agreed, one item each. */
    decisions: z.array(z.string().min(3)).default([]),
    /** Who does what by when. */
    actions: z
      .array(
        z
          .object({
            what: z.string().min(3),
            /** The organisation responsible; leave out where the record does not say. */
            owner: entryId.optional(),
            /** A month (YYYY-MM) or a day (YYYY-MM-DD). */
            due: monthOrDate.optional(),
            status: z.enum(actionStatuses).meta({ description: `One of: ${actionStatuses.join(', ')}.` }),
          })
          .strict(),
      )
      .default([]),
    /** Algorithms discussed: their ids. */
    relatedAlgorithms: z.array(entryId).default([]),
    /** Recommendations discussed or made: their ids. */
    relatedRecommendations: z.array(entryId).default([]),
    /** Published records of the meeting: title and, where online, address. */
    sources: z.array(citation).default([]),
    /** true while the minutes are not yet agreed: shown only while editing. */
    draft: z.boolean().default(false),
  })
  .strict();

export type Minutes = z.output<typeof minutesSchema>;

export const minutesSharedFields = [
  'date',
  'participants.*.organisation',
  'participants.*.count',
  'actions.*.owner',
  'actions.*.due',
  'actions.*.status',
  'relatedAlgorithms',
  'relatedRecommendations',
  'draft',
] as const;

export const minutesReferences: ReferenceField[] = [
  { path: 'participants.*.organisation', target: 'organisations' },
  { path: 'actions.*.owner', target: 'organisations' },
  { path: 'relatedAlgorithms.*', target: 'algorithms' },
  { path: 'relatedRecommendations.*', target: 'recommendations' },
];

/** Minutes file names start with the meeting's date: `2017-02-21-first-working-meeting`. */
export const minutesIdPattern = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
