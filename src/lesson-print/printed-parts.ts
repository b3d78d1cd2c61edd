import { load } from 'cheerio';

/** The parts of a lesson's text that sheets print as the page renders them (the questions come from the page's summary of them). */
export type PrintedLessonPart = 'rules' | 'why' | 'practice' | 'parents';

/** One part of a lesson as paper shows it. */
export interface PrintedPart {
  /** Its HTML, without its heading (each sheet sets its own, at its own level). */
  html: string;
  /** How many characters of text it prints, for choosing the type size. */
  characters: number;
  /** How many list items and paragraphs it has: each starts a new line on paper. */
  blocks: number;
}

/**
 * The parts of a lesson's rendered text (`<section class="lesson-part lesson-part--rules">` …),
 * made ready for paper: the source marks are page furniture that links to a list paper does
 * not have, so they go, with every id (several sheets share a pack's page). A part the lesson
 * does not have (`why` for the youngest) is undefined.
 */
export function printedLessonParts(html: string): Partial<Record<PrintedLessonPart, PrintedPart>> {
  // htmlparser2, as the open data reads the same HTML: it is well-formed, as the compiled MDX wrote it.
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' } }, false);
  $('.cite').remove();
  $('[id]').removeAttr('id');
  const parts: Partial<Record<PrintedLessonPart, PrintedPart>> = {};
  for (const name of ['rules', 'why', 'practice', 'parents'] as const) {
    const section = $(`section.lesson-part--${name}`).first();
    if (section.length === 0) continue;
    section.children('h2').first().remove();
    const text = section.text().replace(/\s+/g, ' ').trim();
    parts[name] = { html: section.html()!.trim(), characters: text.length, blocks: section.find('li, p').length };
  }
  return parts;
}
