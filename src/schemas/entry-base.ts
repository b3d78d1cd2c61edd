import { z } from 'astro/zod';
import { entryId } from './fields';

/**
 * Fields every entry (algorithm, minutes, recommendation) has. Each collection extends this
 * with its own fields and a literal `type`, so code can tell entries apart.
 */
export const entryBase = z.object({
  /** The page title: short, in the words a resident would use. */
  title: z
    .string()
    .min(3)
    .max(90, 'keep the title under 90 characters')
    .meta({ description: 'The page title, under 90 characters.', examples: ['Якщо вас пограбували на вулиці'] }),
  /** One or two plain sentences shown in lists and search results. */
  summary: z
    .string()
    .min(20, 'write one or two sentences (at least 20 characters)')
    .max(240, 'keep the summary to one or two sentences (under 240 characters)')
    .meta({ description: 'One or two sentences, under 240 characters.', examples: ['Що робити одразу після пограбування і куди звертатися.'] }),
  /**
   * The ids the entry had before it was renamed or merged into this one. Links to the old
   * addresses keep working: each old address redirects here. Set it in the original (Ukrainian)
   * file; translations follow the original. Never remove an id from this list.
   */
  previousIds: z
    .array(entryId)
    .default([])
    .meta({ description: 'Ids this entry had before a rename or merge; their addresses redirect here. Never remove one.', examples: [['robbery']] }),
  /** true while it is being written: shown only in the editors' preview, never published. */
  draft: z.boolean().default(false).meta({ description: "Whether the text is still being written: a draft shows only in the editors' preview, never on the site." }),
});

/** Fields of the base that must be equal in the original and every translation. */
export const entryBaseSharedFields = ['draft'] as const;

/**
 * Fields of the base that keep records rather than say anything (the addresses an entry had):
 * the web editor shows them after the text, marked as such.
 */
export const entryBaseTechnicalFields = ['previousIds'] as const;

/** Whether an entry is kept out of every build but the editors' preview: one marker for every collection. */
export function isDraft(data: { draft?: unknown }): boolean {
  return data.draft === true;
}

/**
 * A reference from one field of an entry to an id in another collection. The schemas sit below
 * the site registry, so here a target is any name; the registry holds every target to a
 * collection it has, and TypeScript fails on a name it lacks.
 */
export interface ReferenceField<Target extends string = string> {
  /** Dotted path to the field; `*` stands for every item of a list. */
  path: string;
  /** The collection the id must exist in. */
  target: Target;
}
