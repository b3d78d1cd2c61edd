import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist-pages';
import { checkContent } from '../../src/lib/content-check';
import { distDir, projectRoot } from '../support/paths';

const feedOf = (lang: string) => parseAtomFeed(readFileSync(path.join(distDir, lang, 'feed.xml'), 'utf8'));

describe('the Atom feeds', () => {
  it('parse as Atom, one per language, with the site as author and a link to themselves', () => {
    for (const lang of ['uk', 'en']) {
      const feed = feedOf(lang);
      expect(feed.id).toBe(`http://127.0.0.1:4321/${lang}/feed.xml`);
      expect(feed.links?.some((link) => link.rel === 'self' && link.href === feed.id)).toBe(true);
      expect(feed.authors?.[0]?.name).toBe(lang === 'uk' ? 'Безпечне місто' : 'Safe City');
    }
  });

  it('carry new algorithms and lessons, meetings and changes of recommendation status, newest first', () => {
    const entries = feedOf('en').entries ?? [];
    const titles = entries.map((entry) => entry.title?.value ?? '');
    expect(titles.some((title) => title.startsWith('New guide: '))).toBe(true);
    expect(titles.some((title) => title.startsWith('New lesson: '))).toBe(true);
    // A feed carries the newest changes only (feedLength): an older meeting or status change is
    // in it when it is as new as the oldest item the feed keeps.
    const oldest = Math.min(...entries.map((entry) => Date.parse(entry.updated!)));
    const { model } = checkContent(projectRoot, 'content');
    const newest = (collection: string, dateOf: (data: Record<string, unknown>) => string) =>
      Math.max(...model.entries.filter((entry) => entry.collection === collection && entry.lang === 'en').map((entry) => Date.parse(dateOf(entry.data))));
    const meeting = newest('minutes', (data) => String(data.date));
    const status = newest('recommendations', (data) => String((data.history as { date: string }[]).at(-1)!.date));
    // On the oldest day kept, ties are cut by id: a change of that day may or may not be in.
    const keptIf = (kept: boolean, date: number) => expect({ kept, date }).toEqual({ kept: date === oldest ? kept : date > oldest, date });
    keptIf(titles.some((title) => title.startsWith('Meeting minutes: ')), meeting);
    keptIf(titles.some((title) => title.startsWith('Recommendation “')), status);
    const dates = entries.map((entry) => Date.parse(entry.updated!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    // Each version of an algorithm is its own entry, the newest first.
    const robbery = entries.filter((entry) => entry.links?.[0]?.href === 'http://127.0.0.1:4321/en/algorithms/street-robbery/').map((entry) => entry.id);
    const robberyData = model.entries.find((entry) => entry.id === 'street-robbery' && entry.lang === 'en')!.data as { version: number; changelog: { date: string }[] };
    expect(robbery[0]).toBe(`http://127.0.0.1:4321/en/algorithms/street-robbery/#version-${robberyData.version}`);
    keptIf(robbery.includes('http://127.0.0.1:4321/en/algorithms/street-robbery/#version-1'), Date.parse(robberyData.changelog[0]!.date));
  });

  it('are announced in every page head', () => {
    expect(page('/uk/algorithms/street-robbery/')('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe('/uk/feed.xml');
  });
});
