import { describe, expect, it } from 'vitest';
import { matchContacts } from '../../src/search/contact-match';
import { searchQuery } from '../../src/search/query-forms';

const startsEvery = (query: string, forms: string[]) => forms.every((form) => form.startsWith(searchQuery(query, 'uk')));

describe('Ukrainian queries', () => {
  it('become prefixes of the other forms of the same word', () => {
    expect(startsEvery('крадіжок', ['крадіжка', 'крадіжку', 'крадіжки', 'крадіжок'])).toBe(true);
    expect(startsEvery('пограбували', ['пограбування', 'пограбували'])).toBe(true);
    expect(startsEvery('насильстві', ['насильство', 'насильству', 'насильстві'])).toBe(true);
    expect(startsEvery('аварії', ['аварія', 'аварії', 'аварію'])).toBe(true);
    expect(startsEvery('шахраї', ['шахрай', 'шахраї', 'шахрайство'])).toBe(true);
  });

  it('ignore case, apostrophe variants and Latin look-alike letters', () => {
    expect(searchQuery('ДТП', 'uk')).toBe('дтп');
    const forms = ["пам'ятати", 'пам’ятати', 'памʼятати', 'пам`ятати'].map((query) => searchQuery(query, 'uk'));
    expect(new Set(forms).size).toBe(1);
    expect(searchQuery('крадiжка', 'uk')).toBe(searchQuery('крадіжка', 'uk'));
  });

  it('leave short words, numbers and other languages alone', () => {
    expect(searchQuery('102', 'uk')).toBe('102');
    expect(searchQuery('смс', 'uk')).toBe('смс');
    expect(searchQuery('Robbery', 'en')).toBe('robbery');
  });

  it('drop words of one or two letters that would match half the index, unless nothing else is left', () => {
    expect(searchQuery('код з смс', 'uk')).toBe('код смс');
    expect(searchQuery('thief in my flat', 'en')).toBe('thief flat');
    expect(searchQuery('15 47', 'uk')).toBe('15 47');
    expect(searchQuery('в', 'uk')).toBe('в');
  });
});

describe('contacts asked for by name or number', () => {
  const contacts = [
    { number: '102', dial: '102', name: 'Поліція', terms: ['Поліція', 'міліція', 'police', '102'] },
    { number: '103', dial: '103', name: 'Швидка', terms: ['Швидка', 'лікар', 'ambulance', '103'] },
    { number: '104', dial: '104', name: 'Газ', terms: ['газ', 'запах газу', '104'] },
  ];
  const names = (query: string, lang = 'uk') => matchContacts(query, contacts, lang).map((contact) => contact.dial);

  it('are found by everyday word, inflected form, number or the other language', () => {
    expect(names('поліція')).toEqual(['102']);
    expect(names('номер поліції')).toEqual(['102']);
    expect(names('швидку')).toEqual(['103']);
    expect(names('103')).toEqual(['103']);
    expect(names('ambulance')).toEqual(['103']);
  });

  it('are not offered for queries about something else', () => {
    expect(names('крадіжка')).toEqual([]);
    expect(names('поліція приїхала і склала протокол крадіжки')).toEqual([]);
  });
});
