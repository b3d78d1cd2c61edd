/**
 * How a phone number is written in `content/data/contacts.yaml`, dialled and shown. Two ways
 * of writing a number are the same number when their digits are the same.
 */

/** Digits, spaces and hyphens, as people read a number: `102`, `15-47`, `0 800 500 335`. */
export const writtenNumber = /^[0-9][0-9 -]*[0-9]$/;

/** The digits to dial, for a `tel:` link and for comparing numbers. */
export function dialDigits(number: string): string {
  return number.replace(/\D/g, '');
}

/** The number as shown on a page: non-breaking spaces and hyphens, so it never wraps. */
export function displayNumber(number: string): string {
  return number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
