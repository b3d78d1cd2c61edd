import { z } from 'astro/zod';
import { writtenNumber } from '../formats/phone-number';
import { calendarDate, entryId, inEveryLanguage, localizedText, localizedWords, namedValues, sourceUrl } from './fields';

/** "Поліція" in every language, for the examples of a service's name. */
const policeExample = inEveryLanguage((t) => {
  const name = t('addressee.police');
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
});

/**
 * A phone number people are told to call, in `content/data/contacts.yaml`: the only place a
 * number is written. Pages and leaflets read it from here, so none shows a stale copy.
 */
export const contactSchema = z
  .object({
    /** How content refers to this contact, e.g. `police`. */
    id: entryId.meta({ description: 'How content refers to this contact.', examples: ['police'] }),
    /** The number as people read it, e.g. `15-47` or `0 800 500 335`. */
    number: z.string().regex(writtenNumber, 'write digits, spaces and hyphens only').meta({ description: 'The number as people read it.', examples: ['102'] }),
    /** The service's name in each language. */
    name: localizedText.meta({ description: 'The service name in each language.', examples: [policeExample] }),
    /** A short name for the emergency strip, e.g. "Поліція"; falls back to `name`. */
    shortName: localizedText.optional().meta({ description: 'A short name for the emergency strip.', examples: [policeExample] }),
    /** Everyday words residents search with to find this number ("міліція", "швидка"). */
    aliases: localizedWords.default({}).meta({ description: 'Everyday words residents search with to find this number, per language.', examples: [inEveryLanguage((t) => [t('capacity.medic')])] }),
    /** What the service helps with, in a sentence per language. */
    description: localizedText.meta({ description: 'What the service helps with.' }),
    /** When it answers, in each language. */
    hours: localizedText.meta({ description: 'When it answers.' }),
    /** Whether a call is free of charge. */
    free: z.boolean().meta({ description: 'Whether calls are free of charge.' }),
    /** Whether deaf or hard-of-hearing people can reach it by text message. */
    sms: z.boolean().default(false).meta({ description: 'Whether deaf or hard-of-hearing people can text it.' }),
    /** Where the number was confirmed. */
    source: z
      .object({
        title: z.string().min(3).meta({ description: 'The title of the page that confirms the number.' }),
        url: sourceUrl.meta({ description: 'The address of the page that confirms the number (not a home page).', examples: ['https://mvs.gov.ua/news/do-kincia-2024-roku-planujetsia-posiriti-robotu-sluzbi-112-na-vsiu-teritoriiu-ukrayini'] }),
      })
      .strict()
      .meta({ description: 'Where the number was confirmed.' }),
    /** `official`: confirmed by a public authority; `secondary`: only by another source. */
    confidence: namedValues(['official', 'secondary'], 'confidence').meta({ description: 'How sure the source of the number is.' }),
    /** The day someone last checked the number against its source. */
    checked: calendarDate.meta({ description: 'The day someone last checked the number against its source.', examples: ['2026-11-24'] }),
    /** Position in the emergency strip shown on every page; leave out to keep it off the strip. */
    strip: z.number().int().positive().optional().meta({ description: 'Position in the emergency strip on every page; leave out to keep it off.', examples: [1] }),
    /** A warning shown with the number, per language (e.g. what it means abroad). */
    note: localizedText.optional().meta({ description: 'A warning shown with the number, per language.' }),
  })
  .strict()
  .meta({ description: 'Every phone number on the site, and nowhere else. Each one records where it was confirmed (source), how sure that source is (confidence) and the day it was last checked (checked). Check a number against its source before changing "checked". Never copy a number from a page of the occupation administration of the left bank.' });

export type Contact = z.output<typeof contactSchema>;
