import { describe, expect, it } from 'vitest';
import { langCodes } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translator';
import { uiStrings } from '../../src/i18n/ui';
import { uk } from '../../src/i18n/ui/uk';
import { collectionLabel, dataCollections, entryCollections } from '../../src/site-structure';

describe('UI strings', () => {
  it('Ukrainian plurals use one, few and many correctly', () => {
    const t = useTranslations('uk');
    const forms = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((count) => t.plural('algorithms.count', count));
    expect(forms).toEqual([
      '1 алгоритм',
      '2 алгоритми',
      '4 алгоритми',
      '5 алгоритмів',
      '11 алгоритмів',
      '12 алгоритмів',
      '14 алгоритмів',
      '21 алгоритм',
      '22 алгоритми',
      '25 алгоритмів',
      '101 алгоритм',
      '111 алгоритмів',
    ]);
    expect(t.plural('participants.people', 3)).toBe('3 особи');
    expect(t.plural('participants.people', 0)).toBe('0 осіб');
  });

  it('English plurals use one and other', () => {
    const t = useTranslations('en');
    expect([0, 1, 2, 21].map((count) => t.plural('algorithms.count', count))).toEqual(['0 guides', '1 guide', '2 guides', '21 guides']);
  });

  it('fills placeholders and falls back to Ukrainian for a key a translation lacks', () => {
    const t = useTranslations('en');
    expect(t('contact.call', { name: 'Police', number: '102' })).toBe('Call Police, 102');
    const saved = uiStrings.en['site.name'];
    delete uiStrings.en['site.name'];
    try {
      expect(t('site.name')).toBe(uk['site.name']);
    } finally {
      if (saved !== undefined) uiStrings.en['site.name'] = saved;
    }
  });

  it('every shipped language translates every key', () => {
    for (const lang of langCodes) {
      const missing = Object.keys(uk).filter((key) => {
        if (key in uiStrings[lang]) return false;
        // A plural form this language's grammar never selects is not missing.
        const form = /\.(zero|one|two|few|many)$/.exec(key)?.[1];
        return !(form && !new Intl.PluralRules(lang).resolvedOptions().pluralCategories.includes(form as Intl.LDMLPluralRule));
      });
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });
});

describe('collection labels', () => {
  it('name every collection of the registry in every language, one and several', () => {
    for (const lang of langCodes) {
      const t = useTranslations(lang);
      for (const { name } of [...entryCollections, ...dataCollections]) {
        for (const form of ['singular', 'plural'] as const) {
          const label = collectionLabel(t, name as Parameters<typeof collectionLabel>[1], form);
          expect({ lang, name, form, label: label.startsWith('collection.') ? 'missing' : 'given' }).toEqual({ lang, name, form, label: 'given' });
        }
      }
    }
  });
});
