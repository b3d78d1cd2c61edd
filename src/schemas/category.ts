import { z } from 'astro/zod';
import { entryId, localizedText } from './fields';

/** A topic that groups algorithms, in `content/data/categories.yaml`. */
export const categorySchema = z
  .object({
    /** How algorithms refer to this topic in their `category` field. */
    id: entryId.meta({ description: 'How algorithms refer to this topic.', examples: ['fraud'] }),
    /** The topic's name in each language. */
    name: localizedText.meta({ description: 'The topic name in each language.' }),
    /** One sentence per language describing the topic. */
    description: localizedText.meta({ description: 'One sentence describing the topic.' }),
    /** Where the topic appears in lists: lower numbers come first. */
    order: z.number().int().min(0).meta({ description: 'Where the topic appears in lists: lower first.', examples: [1] }),
    /** true for topics such as domestic violence, whose pages need a quick exit. */
    sensitive: z.boolean().default(false).meta({ description: 'Whether the topic’s pages need a quick exit, as for domestic violence.' }),
  })
  .strict()
  .meta({ description: 'Topics that group algorithms, most urgent first ("order"): the home page and the topic list follow it, so a resident under shelling never scrolls past road accidents to find help. "sensitive" marks topics (such as domestic violence) whose pages must carry a quick exit.' });

export type Category = z.output<typeof categorySchema>;
