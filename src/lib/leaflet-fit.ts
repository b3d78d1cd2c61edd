import { withoutSourceMarks } from '../markdown/statements';
import { fittingTypeSize, type SheetCapacity } from './type-fit';

/**
 * What an algorithm's leaflet holds on one A4 or US Letter page. Calibrated by printing the
 * leaflets on US Letter, the shorter of the two papers (tests/browser/leaflets.test.ts).
 */
export const leafletCapacity: SheetCapacity = { at10pt: 2100, largest: 18 };

/**
 * A box (a care card, "do", "don't", a note) takes the paper of more than its words: a heading,
 * a border and the space around it, about a line and a half. A number to call takes a line.
 */
const boxCost = 100;
const contactCost = 40;

/** How long the printed text of a leaflet is, counted in characters of running text. */
export function printedLength(body: string, summary: string, contactCount: number): number {
  const boxes = body.match(/^:::(?!steps\b)[a-z]+/gm)?.length ?? 0;
  // Leaflets leave the source marks out: they take no paper.
  const printed = withoutSourceMarks(body);
  return printed.length + summary.length + contactCount * contactCost + boxes * boxCost;
}

/** The type size, in points, of a leaflet whose printed text has `characters` characters. */
export function leafletTypeSize(characters: number): number {
  return fittingTypeSize(characters, leafletCapacity);
}
