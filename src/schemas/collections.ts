import type { z } from 'astro/zod';
import type { CalloutLevel } from '../markdown/vocabulary';
import { algorithmReferences, algorithmSchema, algorithmSharedFields } from './algorithm';
import { categorySchema } from './category';
import { contactSchema } from './contact';
import { entryBaseSharedFields, type ReferenceField } from './entry-base';
import { idPattern } from '../lib/id-pattern';
import { minutesIdPattern, minutesReferences, minutesSchema, minutesSharedFields } from './minutes';
import { organisationSchema } from './organisation';
import { pageSchema } from './page';
import { recommendationReferences, recommendationSchema, recommendationSharedFields } from './recommendation';

/** A collection of MDX entries, one folder per language: `content/<name>/<lang>/<id>.mdx`. */
export interface EntryCollection {
  name: 'algorithms' | 'minutes' | 'recommendations' | 'pages';
  schema: z.ZodType;
  /** Fields that must be equal in the original and every translation. */
  sharedFields: readonly string[];
  references: ReferenceField[];
  /** What a file name must look like, and how to say so. */
  idPattern: RegExp;
  idHint: string;
  /** The care card the text must open with, if any. */
  openingCard?: CalloutLevel;
}

/** A data file of records with ids: `content/data/<name>.yaml`. */
export interface DataCollection {
  name: 'organisations' | 'contacts' | 'categories';
  schema: z.ZodType;
}

const kebabHint = 'lowercase Latin letters, digits and hyphens, e.g. street-robbery.mdx';

export const entryCollections: EntryCollection[] = [
  {
    name: 'algorithms',
    schema: algorithmSchema,
    sharedFields: algorithmSharedFields,
    references: algorithmReferences,
    idPattern,
    idHint: kebabHint,
    openingCard: 'immediate',
  },
  {
    name: 'minutes',
    schema: minutesSchema,
    sharedFields: minutesSharedFields,
    references: minutesReferences,
    idPattern: minutesIdPattern,
    idHint: 'the meeting date then a short name, e.g. 2017-02-21-first-working-meeting.mdx',
  },
  {
    name: 'recommendations',
    schema: recommendationSchema,
    sharedFields: recommendationSharedFields,
    references: recommendationReferences,
    idPattern,
    idHint: kebabHint,
  },
  { name: 'pages', schema: pageSchema, sharedFields: ['standalone', ...entryBaseSharedFields], references: [], idPattern, idHint: kebabHint },
];

export const dataCollections: DataCollection[] = [
  { name: 'organisations', schema: organisationSchema },
  { name: 'contacts', schema: contactSchema },
  { name: 'categories', schema: categorySchema },
];
