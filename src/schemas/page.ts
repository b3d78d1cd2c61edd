import { z } from 'astro/zod';
import { entryBase } from './entry-base';

/**
 * A page of running text that is not an entry (an introduction, an "about" text),
 * in `content/pages/<lang>/<id>.mdx`. Pages that need it place it by id.
 */
export const pageSchema = z
  .object({
    type: z.literal('page').default('page'),
    /** The heading shown above the text. */
    title: z.string().min(3).max(90).meta({ description: 'The heading shown above the text.' }),
    /** true for a page with its own address, /<lang>/<id>/ (privacy, staying safe online). */
    standalone: z.boolean().default(false).meta({ description: 'Whether the page has an address of its own: /<lang>/<file name>/.' }),
    /** One or two sentences for search engines and link previews; standalone pages only. */
    summary: z.string().min(20).max(240).optional().meta({ description: 'One or two sentences describing a standalone page.' }),
    draft: entryBase.shape.draft,
  })
  .strict();

export type Page = z.output<typeof pageSchema>;
