import { dialDigits } from '../formats/phone-number';
import { normaliseApostrophes, searchQuery } from './query-forms';

/** A contact as the search page carries it: what to show and the words that find it. */
export interface SearchableContact {
  number: string;
  dial: string;
  name: string;
  /** Names, everyday words and the number, in the page's language. */
  terms: string[];
}

/** Words people add to a request for a number that say nothing about which one. */
const fillers = ['номер', 'телефон', 'дзвонити', 'подзвонити', 'зателефонувати', 'викликати', 'number', 'phone', 'call', 'telephone'];

/**
 * The contacts a query asks for by name or number ("поліція", "швидка", "102", "ambulance"),
 * best first, so the search page can show their numbers before any other result.
 */
export function matchContacts(query: string, contacts: SearchableContact[], lang: string): SearchableContact[] {
  const digits = dialDigits(query);
  const words = searchQuery(query, lang)
    .split(' ')
    .filter((word) => word.length >= 3 && !fillers.some((filler) => filler.startsWith(word)));
  const scored = contacts.map((contact) => {
    if (digits.length >= 3 && contact.dial === digits) return { contact, score: 3 };
    const terms = contact.terms.flatMap((term) => normaliseApostrophes(term.toLowerCase()).split(/[\s’]+/));
    const hits = words.filter((word) => terms.some((term) => term.startsWith(word))).length;
    // Most of what the resident typed must name the contact, not merely mention a word of it.
    return { contact, score: hits > 0 && hits * 2 >= words.length ? 1 + hits / words.length : 0 };
  });
  return scored.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score).map((entry) => entry.contact);
}
