/**
 * How large the type of a sheet of paper can be and still fit its one page, chosen at build time
 * from the length of its text, so the page prints right with no script. Text takes paper in
 * proportion to the square of its size: a sheet that holds C characters at 10 pt holds
 * C·(10/s)² at s pt. Short text therefore grows until the sheet is full; long text never goes
 * below 10 pt. The browser tests print every sheet and fail, naming it, when one runs over.
 */

/** The smallest type printed on any sheet: 10 pt. */
export const minimumTypeSize = 10;

/** How much a kind of sheet holds, measured on its paper. */
export interface SheetCapacity {
  /** Characters of running text (with the costs of boxes and items added) that fit at 10 pt. */
  at10pt: number;
  /** The largest type worth printing on it, in points. */
  largest: number;
}

/** The type size, in points, for a sheet of `characters` characters: rounded down to half a point. */
export function fittingTypeSize(characters: number, capacity: SheetCapacity): number {
  const size = minimumTypeSize * Math.sqrt(capacity.at10pt / Math.max(characters, 1));
  return Math.max(minimumTypeSize, Math.min(capacity.largest, Math.floor(size * 2) / 2));
}

/** The type size as the CSS custom property the print styles read (`--print-size`). */
export function printSizeStyle(points: number): string {
  return `--print-size: ${points}pt`;
}
