import { z } from 'astro/zod';
import { entryId, localizedText, namedValues, webUrl } from './fields';

export const organisationKinds = ['police', 'ngo', 'funder', 'local-government', 'editorial'] as const;

/** An organisation, in `content/data/organisations.yaml`. Entries refer to it by `id`. */
export const organisationSchema = z
  .object({
    /** How content refers to this organisation, e.g. in `developedBy`. */
    id: entryId.meta({ description: 'How content refers to this organisation.', examples: ['legal-space'] }),
    /** The organisation's name in each language. */
    name: localizedText.meta({ description: 'The name in each language.' }),
    /** What sort of organisation it is. */
    kind: namedValues(organisationKinds, 'orgKind').meta({ description: 'What sort of organisation it is.' }),
    /** Its own website, only where the address is known to be right. */
    website: webUrl.optional(),
  })
  .strict()
  .meta({ description: 'Organisations that content refers to by id (developedBy, participants, action owners). Add a website only when you are sure the address is the organisation’s own.' });

export type Organisation = z.output<typeof organisationSchema>;
