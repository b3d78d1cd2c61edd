/**
 * schema.org descriptions of pages, as JSON-LD, so search engines and apps can read an
 * algorithm's steps (each with its permanent link) and a meeting's date and place.
 */

export interface HowToInput {
  title: string;
  summary: string;
  url: string;
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  version: number;
  steps: { number: number; url: string; text: string }[];
  authors: string[];
  publisher: string;
  sources: string[];
}

export function howTo(input: HowToInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: input.title,
    description: input.summary,
    url: input.url,
    inLanguage: input.inLanguage,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    version: input.version,
    author: input.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: { '@type': 'Organization', name: input.publisher },
    citation: input.sources,
    step: input.steps.map((step) => ({ '@type': 'HowToStep', position: step.number, url: step.url, text: step.text })),
  };
}

export interface MeetingInput {
  title: string;
  summary: string;
  url: string;
  inLanguage: string;
  date: string;
  place: string;
  publisher: string;
}

/** Minutes are an article about a meeting that took place: the Event is what the article is about. */
export function meetingRecord(input: MeetingInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.summary,
    url: input.url,
    inLanguage: input.inLanguage,
    datePublished: input.date,
    publisher: { '@type': 'Organization', name: input.publisher },
    about: {
      '@type': 'Event',
      name: input.title,
      startDate: input.date,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: input.place },
    },
  };
}

/** JSON that is safe inside a <script> element: no "</script>" or "<!--" can close it early. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
