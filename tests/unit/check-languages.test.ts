import { describe, expect, it } from 'vitest';
import { langCodes } from '../../src/i18n/locales';
import { fieldLabel, schemaText } from '../../src/i18n/schema-text';
import { uiStrings } from '../../src/i18n/ui';
import { fieldRows } from '../../src/lib/reference/field-reference';
import { unwrap } from '../../src/lib/schema-shape';
import { vocabulary } from '../../src/markdown/vocabulary';
import { dataRegistry, entryRegistry } from '../../src/site-structure';

const checkKeys = (lang: (typeof langCodes)[number]) => Object.keys(uiStrings[lang]).filter((key) => key.startsWith('check.')).sort();

describe('the content check speaks every language it is asked to', () => {
  it('has every message in English as well as in Ukrainian, so --lang en never falls back mid-sentence', () => {
    // Plural forms a language does not use (English has no "few") are the only difference.
    const withoutOtherPlurals = (keys: string[]) => keys.filter((key) => !/\.(few|many)$/.test(key));
    expect(withoutOtherPlurals(checkKeys('en'))).toEqual(withoutOtherPlurals(checkKeys('uk')));
  });

  it('explains every field, file-name hint and vocabulary setting the schemas describe in Ukrainian', () => {
    const english = new Set<string>();
    for (const collection of [...entryRegistry, ...dataRegistry]) {
      for (const row of fieldRows(collection.schema)) if (row.description) english.add(row.description);
      const described = unwrap(collection.schema).meta.description;
      if (described) english.add(described);
    }
    for (const collection of entryRegistry) english.add(collection.idHint);
    for (const spec of vocabulary) for (const rule of Object.values(spec.attributes)) english.add(rule.description);
    expect(english.size).toBeGreaterThan(80);
    expect([...english].filter((text) => schemaText('uk', text) === text)).toEqual([]);
  });

  it('names every field of every schema in Ukrainian for the web editor, beside its key', () => {
    const keys = new Set([...entryRegistry, ...dataRegistry].flatMap((collection) => fieldRows(collection.schema).map((row) => row.path.split('.').at(-1)!)));
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((key) => !/\(\w+\)$/.test(fieldLabel('uk', key)) && !langCodes.includes(key as never))).toEqual([]);
    expect(fieldLabel('uk', 'title')).toBe('Заголовок (title)');
  });
});
