import { z } from 'astro/zod';
import { entryBase, entryBaseSharedFields, type ReferenceField } from './entry-base';
import { calendarDate, citation, entryId, namedValues } from './fields';

export const recommendationStatuses = ['proposed', 'accepted', 'in-progress', 'implemented', 'declined'] as const;
export const addressees = ['police', 'city-council', 'city-administration', 'civil-society'] as const;

/** A recommendation to the city or the police, in `content/recommendations/<lang>/<id>.mdx`. */
export const recommendationSchema = entryBase
  .extend({
    type: z.literal('recommendation').default('recommendation'),
    /** Who it is addressed to. */
    addressee: z.array(namedValues(addressees, 'addressee')).min(1).meta({ description: 'Who it is addressed to: one or more.', examples: [['police']] }),
    /** Where it stands now; must equal the last item of `history`. */
    status: namedValues(recommendationStatuses, 'recStatus').meta({ description: 'Where it stands now: the same as the last item of its history.' }),
    /** Each change of status with its date, oldest first. */
    history: z
      .array(
        z
          .object({
            status: namedValues(recommendationStatuses, 'recStatus').meta({ description: 'The status it moved to.' }),
            date: calendarDate.meta({ description: 'The day it changed, YYYY-MM-DD.', examples: ['2017-02-21'] }),
            /** What happened, in the page's language. */
            note: z.string().min(3).optional().meta({ description: 'What happened, in a sentence.' }),
          })
          .strict(),
      )
      .min(1)
      .meta({ description: 'Each change of status with its date, oldest first.' }),
    /** What it is based on: reports, minutes, surveys. */
    evidence: z.array(citation).default([]).meta({ description: 'What it is based on: reports, minutes, surveys.' }),
    /** Meetings where it was made or discussed: minutes ids. */
    relatedMinutes: z.array(entryId).default([]).meta({ description: 'The meetings where it was made or discussed.', examples: [['2017-02-21-first-working-meeting']] }),
    /** Algorithms it concerns: their ids. */
    relatedAlgorithms: z.array(entryId).default([]).meta({ description: 'The algorithms it concerns.' }),
  })
  .strict()
  .superRefine((value, context) => {
    const last = value.history.at(-1);
    if (last && last.status !== value.status) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: `"status" is ${value.status}, but the last history item says ${last.status}: add a history item for the change`,
        params: { key: 'check.schema.statusHistory', vars: { status: value.status, last: last.status } },
      });
    }
    value.history.forEach((item, index) => {
      const previous = value.history[index - 1];
      if (previous && item.date < previous.date) {
        context.addIssue({ code: 'custom', path: ['history', index, 'date'], message: 'history items go oldest first' });
      }
    });
  });

export type Recommendation = z.output<typeof recommendationSchema>;

export const recommendationSharedFields = [
  'addressee',
  'status',
  'history.*.status',
  'history.*.date',
  'relatedMinutes',
  'relatedAlgorithms',
  ...entryBaseSharedFields,
] as const;

export const recommendationReferences = [
  { path: 'relatedMinutes.*', target: 'minutes' },
  { path: 'relatedAlgorithms.*', target: 'algorithms' },
] as const satisfies readonly ReferenceField[];
