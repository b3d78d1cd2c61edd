import { expect, it } from 'vitest';
import { translationStatus } from '../../src/lib/translation-status';

it('finds missing and out-of-date translations per language', () => {
  const units = [
    { collection: 'algorithms', id: 'a', lang: 'uk', title: 'А', version: 3 },
    { collection: 'algorithms', id: 'a', lang: 'en', title: 'A', version: 3, translationOf: 2 },
    { collection: 'algorithms', id: 'b', lang: 'uk', title: 'Б', version: 1 },
    { collection: 'algorithms', id: 'b', lang: 'en', title: 'B', version: 1, translationOf: 1 },
    { collection: 'minutes', id: 'c', lang: 'uk', title: 'В' },
  ];
  const [en] = translationStatus(units, ['uk', 'en']);
  expect(en!.lang).toBe('en');
  expect(en!.translated).toBe(1);
  expect(en!.outdated.map(({ translation, original }) => [translation.id, translation.translationOf, original.version])).toEqual([['a', 2, 3]]);
  expect(en!.missing.map((unit) => `${unit.collection}/${unit.id}`)).toEqual(['minutes/c']);
});
