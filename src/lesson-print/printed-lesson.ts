import type { LocalizedEntry } from '../lib/entries';
import { render } from 'astro:content';
import type { QuestionSummary } from '../markdown/lesson-render';
import { entryHtml } from '../open-data/entry-html';
import { printedLessonParts } from './printed-parts';
import type { LessonSheetText } from './sheet-type-size';

const printed = new Map<string, Promise<LessonSheetText>>();

/**
 * What a lesson's sheets print, worked out once per entry however many sheets and packs show
 * it: the parts of its text exactly as its page renders them (the same compiled MDX the open
 * data reads), its self-check questions with their answers and why (the page's own summary of
 * them), its title, objectives and how many numbers it names.
 */
export function printedLesson(item: LocalizedEntry<'lessons'>): Promise<LessonSheetText> {
  const key = `${item.entry.id}#${item.entry.digest ?? ''}`;
  let text = printed.get(key);
  if (!text || import.meta.env.DEV) printed.set(key, (text = readLesson(item)));
  return text;
}

async function readLesson(item: LocalizedEntry<'lessons'>): Promise<LessonSheetText> {
  const { remarkPluginFrontmatter } = await render(item.entry);
  const { data } = item.entry;
  return {
    title: data.title,
    objectives: data.objectives,
    parts: printedLessonParts(await entryHtml(item)),
    questions: remarkPluginFrontmatter.questions as QuestionSummary[],
    contactCount: data.contacts.length,
  };
}
