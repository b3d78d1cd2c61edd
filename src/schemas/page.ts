import { z } from 'astro/zod';

/**
 * A page of running text that is not an entry (an introduction, an "about" text),
 * in `content/pages/<lang>/<id>.mdx`. Pages that need it place it by id.
 */
export const pageSchema = z
  .object({
    type: z.literal('page').default('page'),
    /** The heading shown above the text. */
    title: z.string().min(3).max(90).meta({ description: 'The heading shown above the text.' }),
  })
  .strict();

export type Page = z.output<typeof pageSchema>;
