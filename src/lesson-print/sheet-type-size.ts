import type { QuestionSummary } from '../markdown/lesson-render';
import type { LessonSheet } from '../site-structure';
import type { PrintedPart } from './printed-parts';
import { fittingTypeSize, type SheetCapacity } from '../lib/type-fit';

/**
 * How much each of a lesson's sheets holds on its paper, calibrated by printing every lesson's
 * sheets (tests/browser/lesson-print.test.ts): the pupils', teacher's and parents' sheets on US
 * Letter, the shorter of A4 and Letter; the poster on A3 (its A4 copy is the same, scaled).
 */
export const lessonSheetCapacity: Record<Exclude<LessonSheet, 'poster-a4'>, SheetCapacity> = {
  pupils: { at10pt: 3100, largest: 16 },
  teacher: { at10pt: 2600, largest: 13 },
  parents: { at10pt: 4000, largest: 16 },
  poster: { at10pt: 7300, largest: 64 },
};

/** A poster on A4 is the A3 poster scaled by the ratio of the papers' sides. */
export const a4PosterScale = Math.SQRT1_2;

/**
 * A heading, a paragraph or a list item begins a new line and leaves the end of its last one
 * empty: on average half a line, some 40 characters at 10 pt. A box with a border (the numbers
 * to call, the lines for the school's numbers) takes about three lines.
 */
const blockCost = 40;
const boxCost = 240;
const posterBlockCost = 20;

const partLength = (part: PrintedPart | undefined) => (part ? part.characters + (part.blocks + 1) * blockCost : 0);
const questionsLength = (questions: QuestionSummary[], withWhy: boolean) =>
  questions.reduce((sum, question) => sum + question.question.length + blockCost + question.answers.reduce((all, answer) => all + answer.text.length + 4, 0) + (withWhy ? question.why.length + blockCost : 0), blockCost);

/** What a lesson's sheets print, as the sheet components have it. */
export interface LessonSheetText {
  title: string;
  objectives: string[];
  parts: Partial<Record<'rules' | 'why' | 'practice' | 'parents', PrintedPart>>;
  questions: QuestionSummary[];
  contactCount: number;
}

/** The type size, in points, of one of a lesson's sheets. */
export function lessonSheetTypeSize(sheet: LessonSheet, text: LessonSheetText): number {
  const { parts } = text;
  const title = text.title.length * 2 + blockCost;
  switch (sheet) {
    case 'pupils':
      return fittingTypeSize(title + partLength(parts.rules) + partLength(parts.practice) + questionsLength(text.questions, false), lessonSheetCapacity.pupils);
    case 'teacher': {
      const objectives = text.objectives.reduce((sum, objective) => sum + objective.length + blockCost, blockCost);
      return fittingTypeSize(title + objectives + partLength(parts.rules) + partLength(parts.why) + partLength(parts.practice) + questionsLength(text.questions, true), lessonSheetCapacity.teacher);
    }
    case 'parents':
      return fittingTypeSize(title + partLength(parts.parents) + text.contactCount * blockCost + 2 * boxCost, lessonSheetCapacity.parents);
    case 'poster': {
      // A poster's lines hold a few words each, so a rule leaves less of a line empty than on a sheet.
      const rules = parts.rules ? parts.rules.characters + (parts.rules.blocks + 1) * posterBlockCost : 0;
      return fittingTypeSize(text.title.length + rules, lessonSheetCapacity.poster);
    }
    case 'poster-a4':
      return Math.max(10, Math.floor(lessonSheetTypeSize('poster', text) * a4PosterScale * 2) / 2);
  }
}
