import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/paths';
import { titleCardPng } from '../../src/cards/title-card';
import { page } from '../support/dist-pages';
import { expectedPages } from '../support/expected-pages';

const jsonLd = (path: string) => JSON.parse(page(path)('script[type="application/ld+json"]').text()) as Record<string, unknown>;

describe('structured data and link previews', () => {
  it('describes an algorithm as a schema.org HowTo whose steps link to their permanent anchors', () => {
    const data = jsonLd('/uk/algorithms/street-robbery/') as { '@type': string; name: string; step: { '@type': string; url: string; position: number; text: string }[] };
    const $ = page('/uk/algorithms/street-robbery/');
    expect(data['@type']).toBe('HowTo');
    expect(data.name).toBe($('h1').text());
    expect(data.step.length).toBe($('li.step').length);
    for (const step of data.step) {
      expect(step['@type']).toBe('HowToStep');
      const anchor = new URL(step.url).hash.slice(1);
      expect($(`li.step[id="${anchor}"]`).index('li.step') + 1).toBe(step.position);
      expect(step.text.length).toBeGreaterThan(3);
    }
  });

  it('describes minutes as an article about a meeting with its date and place', () => {
    const data = jsonLd('/en/minutes/2017-02-21-first-working-meeting/') as { '@type': string; about: { '@type': string; startDate: string; location: { name: string } } };
    expect(data['@type']).toBe('Article');
    expect(data.about['@type']).toBe('Event');
    expect(data.about.startDate).toBe('2017-02-21');
    expect(data.about.location.name.length).toBeGreaterThan(3);
  });

  it('gives every page Open Graph and Twitter tags that match its title and address, with a title card', () => {
    const images = new Set<string>();
    for (const expected of expectedPages('content').filter((candidate) => candidate.kind !== '404')) {
      const $ = page(expected.path);
      const og = (property: string) => $(`meta[property="og:${property}"]`).attr('content');
      expect({ path: expected.path, url: og('url') }).toEqual({ path: expected.path, url: $('link[rel="canonical"]').attr('href') });
      expect(og('title')?.length).toBeGreaterThan(2);
      expect(og('site_name')).toBe(expected.lang === 'uk' ? 'Безпечне місто' : 'Safe City');
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      images.add(new URL($('meta[property="og:image"]').attr('content')!).pathname);
    }
    // Every card exists, is a PNG of the size the page declares, and entries have their own.
    for (const image of images) {
      const png = PNG.sync.read(readFileSync(path.join(distDir, image)));
      expect({ image, width: png.width, height: png.height }).toEqual({ image, width: 600, height: 315 });
    }
    expect(images).toContain('/cards/uk/algorithms/street-robbery.png');
    expect(images).toContain('/cards/en/minutes/2017-02-21-first-working-meeting.png');
    expect(images).toContain('/cards/uk/site.png');
    expect(page('/en/algorithms/street-robbery/')('meta[property="og:type"]').attr('content')).toBe('article');
    // Leaflets share the head: a school's link to a leaflet previews the algorithm's card.
    const leaflet = page('/uk/leaflets/street-robbery/');
    expect(leaflet('meta[property="og:image"]').attr('content')).toBe('http://127.0.0.1:4321/cards/uk/algorithms/street-robbery.png');
    expect(leaflet('link[rel="alternate"][hreflang="x-default"]').attr('href')).toBe('http://127.0.0.1:4321/uk/leaflets/street-robbery/');
  });

  it("draws an entry's card from its page's own words: site, title, and what the page is", async () => {
    for (const [lang, site, kind] of [['uk', 'Безпечне місто', 'Що робити'], ['en', 'Safe City', 'What to do']] as const) {
      const $ = page(`/${lang}/algorithms/street-robbery/`);
      const category = $('a[href*="/categories/"]').first().text();
      const expected = await titleCardPng({ site, title: $('h1').text(), label: `${kind} · ${category}` });
      expect({ lang, same: readFileSync(path.join(distDir, `cards/${lang}/algorithms/street-robbery.png`)).equals(expected) }).toEqual({ lang, same: true });
    }
  });
});
