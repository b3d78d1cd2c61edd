import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { isVisible, splitId } = await import('../../src/lib/entries');
const { pathTo, switchLanguage } = await import('../../src/lib/permalinks');

describe('permalinks', () => {
  it('builds stable paths with a trailing slash', () => {
    expect(pathTo('uk')).toBe('/uk/');
    expect(pathTo('en', 'algorithms')).toBe('/en/algorithms/');
    expect(pathTo('uk', 'algorithms', 'street-robbery')).toBe('/uk/algorithms/street-robbery/');
  });

  it('switches language and keeps the rest of the path', () => {
    expect(switchLanguage('/uk/algorithms/street-robbery/', 'en')).toBe('/en/algorithms/street-robbery/');
    expect(switchLanguage('/en/', 'uk')).toBe('/uk/');
  });

  it('splits a content id into language and permanent id', () => {
    expect(splitId('en/street-robbery')).toEqual({ lang: 'en', id: 'street-robbery' });
  });
});

describe('drafts', () => {
  it('are shown while editing and hidden in production', () => {
    expect(isVisible({ draft: true }, true)).toBe(true);
    expect(isVisible({ draft: true }, false)).toBe(false);
    expect(isVisible({ draft: true })).toBe(false);
    expect(isVisible({ draft: true }, false)).toBe(false);
    expect(isVisible({ draft: false }, false)).toBe(true);
    expect(isVisible({}, false)).toBe(true);
  });
});
