/**
 * Finds phone numbers typed by hand in text, so that every number shown comes from the
 * contacts data (which records its source and when it was checked) and none goes stale.
 */

import { dialDigits } from '../formats/phone-number';

/** A run of digits with the separators people put inside phone numbers. */
const candidate = /(?<![\p{L}\p{N}])\+?\d[\d \u00a0\-()]*\d(?![\p{L}\p{N}])/gu;
/** Ukrainian numbers: 0XX XXX XX XX, +380…, 0 800 …. */
const ukrainianNumber = /^(\+?38)?0\d{9}$/;

export interface FoundNumber {
  text: string;
  index: number;
}

/** Hand-typed numbers in `text`: any known contact's number, or anything shaped like a Ukrainian phone number. */
export function findPhoneNumbers(text: string, knownNumbers: Iterable<string>): FoundNumber[] {
  const known = new Set([...knownNumbers].map(dialDigits));
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(candidate)) {
    // Split "102 або 103" style runs into their parts only where a space separates known numbers.
    const digits = dialDigits(match[0]);
    if (known.has(digits) || ukrainianNumber.test(digits)) {
      found.push({ text: match[0], index: match.index });
      continue;
    }
    for (const part of match[0].matchAll(/\d+/g)) {
      if (known.has(part[0])) found.push({ text: part[0], index: match.index + part.index });
    }
  }
  return found;
}
