import { describe, expect, it } from 'vitest';
import { addressOfFile, comparePublished, formatPublishedList, isTracked, parsePublishedList, stepAddresses } from '../../src/lib/addresses/published-list';
import { redirectsIn } from '../../src/lib/addresses/redirects';
import type { CheckedEntry, ContentModel } from '../../src/lib/content-check/model';

function algorithm(id: string, lang: string, data: Record<string, unknown>): CheckedEntry {
  return { collection: 'algorithms', lang, id, file: `content/algorithms/${lang}/${id}.mdx`, data, valid: data, body: '', bodyLine: 1, lineOf: () => 1 };
}
const model = (...entries: CheckedEntry[]): ContentModel => ({ entries, records: {} });

describe('moved addresses', () => {
  it('leads every old id to the new page in every language, leaflets included', () => {
    const redirects = redirectsIn(model(algorithm('street-robbery', 'uk', { status: 'published', previousIds: ['robbery'] })));
    expect(redirects).toContainEqual({ from: 'uk/algorithms/robbery/', to: 'uk/algorithms/street-robbery/' });
    expect(redirects).toContainEqual({ from: 'en/algorithms/robbery/', to: 'en/algorithms/street-robbery/' });
    expect(redirects).toContainEqual({ from: 'uk/leaflets/robbery/a5/', to: 'uk/leaflets/street-robbery/a5/' });
    expect(redirects).toContainEqual({ from: 'api/v1/en/algorithms/robbery.json', to: 'api/v1/en/algorithms/street-robbery.json' });
  });

  it('leads the leaflet address of an algorithm without a leaflet to the algorithm', () => {
    const redirects = redirectsIn(model(algorithm('old-advice', 'uk', { status: 'retired', previousIds: [] })));
    expect(redirects).toContainEqual({ from: 'en/leaflets/old-advice/', to: 'en/algorithms/old-advice/' });
  });

  it('leads a renamed lesson’s sheets to the new ones, and a retired lesson’s to its page', () => {
    const lesson = (id: string, data: Record<string, unknown>): CheckedEntry => ({ ...algorithm(id, 'uk', data), collection: 'lessons', file: `content/lessons/uk/${id}.mdx` });
    const renamed = redirectsIn(model(lesson('mines-6-10', { status: 'published', previousIds: ['bombs-6-10'] })));
    expect(renamed).toContainEqual({ from: 'uk/lessons/bombs-6-10/pupils/', to: 'uk/lessons/mines-6-10/pupils/' });
    expect(renamed).toContainEqual({ from: 'en/lessons/bombs-6-10/poster/a4/', to: 'en/lessons/mines-6-10/poster/a4/' });
    const retired = redirectsIn(model(lesson('fire-6-10', { status: 'retired', previousIds: [] })));
    expect(retired).toContainEqual({ from: 'uk/lessons/fire-6-10/teacher/', to: 'uk/lessons/fire-6-10/' });
    expect(retired).not.toContainEqual(expect.objectContaining({ from: 'uk/leaflets/fire-6-10/' }));
  });

  it('makes no address for a draft, and reads old ids from the original only', () => {
    expect(redirectsIn(model(algorithm('new', 'uk', { draft: true, previousIds: ['old'] })))).toEqual([]);
    expect(redirectsIn(model(algorithm('new', 'en', { status: 'published', previousIds: ['old'] })))).toEqual([]);
  });
});

describe('the list of published addresses', () => {
  it('finds a listed address the build no longer makes, and new pages to add', () => {
    const built = new Set(['/uk/', '/uk/algorithms/new/', '/uk/categories/theft/2/', '/uk/404/']);
    expect(comparePublished(['/uk/', '/uk/algorithms/gone/'], built)).toEqual({ missing: ['/uk/algorithms/gone/'], added: ['/uk/algorithms/new/'] });
  });

  it('does not hold later pages of a list, "not found" or "offline" to the list', () => {
    expect(isTracked('/uk/categories/theft/2/')).toBe(false);
    expect(isTracked('/en/offline/')).toBe(false);
    expect(isTracked('/uk/404/')).toBe(false);
    expect(isTracked('/uk/algorithms/street-robbery/')).toBe(true);
  });

  it('knows the address of each built page', () => {
    expect(addressOfFile('index.html')).toBe('/');
    expect(addressOfFile('uk/algorithms/street-robbery/index.html')).toBe('/uk/algorithms/street-robbery/');
    expect(addressOfFile('404.html')).toBeUndefined();
  });

  it('counts each step of an algorithm page as an address partners may link to', () => {
    const html = '<ol><li class="step" id="step-1">A</li><li class="step" id="call-police">B</li></ol>';
    expect(stepAddresses('/uk/algorithms/x/', html)).toEqual(['/uk/algorithms/x/#step-1', '/uk/algorithms/x/#call-police']);
    expect(stepAddresses('/uk/leaflets/x/', html)).toEqual([]);
  });

  it('round-trips through its file format, sorted and without repeats', () => {
    const text = formatPublishedList(['/uk/b/', '/uk/a/', '/uk/b/']);
    expect(text.startsWith('#')).toBe(true);
    expect(parsePublishedList(text)).toEqual(['/uk/a/', '/uk/b/']);
  });
});
