import { describe, expect, it } from 'vitest';
import { cardsOfSite } from '../../src/cards/cards-ahead';
import { checkContent } from '../../src/lib/content-check';
import { validFixture } from '../support/fixture-content';

const { model } = checkContent(process.cwd(), validFixture);
const cards = cardsOfSite(model, ['uk', 'en']);
const find = (lang: string, collection: string | undefined, id: string | undefined) => cards.find((planned) => planned.lang === lang && planned.collection === collection && planned.id === id)?.card;

describe('the title cards drawn ahead of the pages', () => {
  it('plans one card per language for the site and for each visible entry, and none for drafts', () => {
    const addresses = cards.map((planned) => `${planned.lang}/${planned.collection ?? ''}/${planned.id ?? 'site'}`).sort();
    const entries = ['algorithms/sample-published', 'algorithms/sample-untranslated', 'minutes/2026-01-15-fixture-meeting', 'recommendations/sample-recommendation'];
    expect(addresses).toEqual(['en', 'uk'].flatMap((lang) => [`${lang}//site`, ...entries.map((entry) => `${lang}/${entry}`)]).sort());
  });

  it('words a card as its page does: the translation, or the original until there is one, labelled in the page language', () => {
    const untranslated = find('en', 'algorithms', 'sample-untranslated')!;
    expect(untranslated.title).toBe(find('uk', 'algorithms', 'sample-untranslated')!.title);
    expect(untranslated.site).toBe('Safe City');
    expect(untranslated.label).toMatch(/^What to do · /);
    expect(find('en', 'algorithms', 'sample-published')!.title).not.toBe(find('uk', 'algorithms', 'sample-published')!.title);
    expect(find('uk', 'minutes', '2026-01-15-fixture-meeting')!.label).toMatch(/15 січня 2026/);
  });
});
