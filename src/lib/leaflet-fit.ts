import { withoutSourceMarks } from '../markdown/statements';

/**
 * How large a leaflet's type can be and still fit one A4 or US Letter page. Chosen at build
 * time from the length of the text, so printing needs no script; the browser tests print
 * every leaflet and fail, naming it, if one still runs over. Never below 10 pt.
 */
export const leafletSizes = [
  // Calibrated on the starter leaflets printed on US Letter, the shorter of the two papers.
  { className: 'leaflet--13pt', upTo: 1050 },
  { className: 'leaflet--12pt', upTo: 1450 },
  { className: 'leaflet--11pt', upTo: 1800 },
  { className: 'leaflet--10pt', upTo: Number.POSITIVE_INFINITY },
] as const;

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

/** The size class for a leaflet whose printed text has `characters` characters. */
export function leafletSize(characters: number): string {
  return leafletSizes.find((size) => characters <= size.upTo)!.className;
}
