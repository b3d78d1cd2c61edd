import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileFor, page, sitemapPaths } from '../support/dist-pages';
import { expectedPages } from '../support/expected-pages';
import { distDir } from '../support/paths';
import { checkContent } from '../../src/lib/content-check';
import { projectRoot } from '../support/paths';
import { lessonSheets } from '../../src/site-structure';
import { sitePaths } from '../../src/lib/permalinks';

const lessons = expectedPages('content').filter((expected) => expected.kind === 'lesson');
const { model } = checkContent(projectRoot, 'content');
const original = (id: string) => model.entries.find((entry) => entry.collection === 'lessons' && entry.lang === 'uk' && entry.id === id)!;

/** The first round trip of a slow connection carries about 14 KB: a lesson's HTML (its CSS is inline) fits in it, as an algorithm's does. */
const firstRoundTrip = 14 * 1024;

describe('a lesson page', () => {
  it('exists for each of the ten lessons in both languages', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(20);
  });

  it('shows the title, the age band, what the children will be able to do, the rules and the part for parents', () => {
    for (const { path: pagePath, id, lang } of lessons) {
      const $ = page(pagePath);
      const data = original(id!).data as { ageBand: string; objectives: string[] };
      expect($('h1').text().trim().length).toBeGreaterThan(3);
      expect($('.lesson__band').text()).toContain(lang === 'uk' ? { '6-10': '1–4 класи', '10-15': '5–9 класи', '15-17': '10–11 класи' }[data.ageBand] : { '6-10': 'classes 1–4', '10-15': 'classes 5–9', '15-17': 'classes 10–11' }[data.ageBand]);
      expect($('#objectives-heading').text()).toBe(lang === 'uk' ? 'Що діти вмітимуть' : 'What the children will be able to do');
      expect($('.lesson-part--objectives li').length).toBe(data.objectives.length);
      const rules = $('.lesson-part--rules ol > li').length;
      expect({ pagePath, rules: rules >= 3 && rules <= 5 }).toEqual({ pagePath, rules: true });
      expect($('#parents-heading').length).toBe(1);
      expect({ pagePath, why: $('#why-heading').length }).toEqual({ pagePath, why: data.ageBand === '6-10' ? 0 : 1 });
    }
  });

  it('gives five self-check questions whose answers open without JavaScript, exactly one of them right, each with why', () => {
    for (const { path: pagePath } of lessons) {
      const $ = page(pagePath);
      expect($('script:not([type="application/ld+json"])').filter((_, element) => !$(element).attr('src')).length).toBe(0);
      const questions = $('.lesson-part--questions .question');
      expect({ pagePath, questions: questions.length }).toEqual({ pagePath, questions: 5 });
      questions.each((_, question) => {
        const answers = $(question).find('details.answer');
        expect(answers.length).toBeGreaterThanOrEqual(2);
        expect(answers.find('summary').length).toBe(answers.length);
        expect($(question).find('.answer__right').length).toBe(1);
        expect($(question).find('.answer__wrong').length).toBe(answers.length - 1);
        // The answers give nothing away before they are opened: no ticked boxes.
        expect($(question).find('input').length).toBe(0);
        answers.each((__, answer) => expect($(answer).children('p').last().text().trim().length).toBeGreaterThan(10));
      });
    }
  });

  it('marks each statement with its sources, as an algorithm does, and every source is cited', () => {
    for (const { path: pagePath } of lessons) {
      const $ = page(pagePath);
      const cited = new Set($('sup.cite a').map((_, link) => $(link).attr('href')).get());
      const listed = $('.source-list > li').map((_, item) => `#${$(item).attr('id')}`).get();
      expect({ pagePath, uncited: listed.filter((id) => !cited.has(id)) }).toEqual({ pagePath, uncited: [] });
      expect($('.lesson-part--rules ol > li').filter((_, rule) => $(rule).find('sup.cite').length === 0).length).toBe(0);
    }
  });

  it('says it is not yet tested with children, and links to the algorithm it teaches, which links back', () => {
    for (const { path: pagePath, id, lang } of lessons) {
      const $ = page(pagePath);
      const algorithm = (original(id!).data as { algorithm: string }).algorithm;
      expect($('.notice').text()).toContain(lang === 'uk' ? 'ще не перевірено з дітьми' : 'not yet been tested with children');
      expect($(`.lesson__algorithm a[href="/${lang}/algorithms/${algorithm}/"]`).length).toBe(1);
      expect(page(`/${lang}/algorithms/${algorithm}/`)(`#lessons-heading + ul a[href="${pagePath}"]`).length).toBe(1);
    }
  });

  it('fits its HTML, inline CSS included, in the first round trip (gzip)', () => {
    for (const { path: pagePath } of lessons) {
      const html = readFileSync(path.join(distDir, fileFor(pagePath)));
      expect($links(html.toString())).toEqual([]);
      expect({ pagePath, bytes: gzipSync(html).length < firstRoundTrip }).toEqual({ pagePath, bytes: true });
    }
  });
});

/** Stylesheets a page would fetch before it can show anything. */
function $links(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((match) => match[0]);
}

describe('the section for schools', () => {
  it('lists every lesson by age band, youngest first, and no other entries', () => {
    for (const lang of ['uk', 'en']) {
      const $ = page(`/${lang}/lessons/`);
      const bands = $('main section h2').map((_, heading) => $(heading).attr('id')).get();
      expect(bands).toEqual(['band-6-10', 'band-10-15', 'band-15-17']);
      const linked = $('main section h3 a').map((_, link) => $(link).attr('href')).get();
      expect(linked.sort()).toEqual(lessons.filter((lesson) => lesson.lang === lang).map((lesson) => lesson.path).sort());
    }
  });

  it('is one tap from the home page and in the menu of every page', () => {
    for (const lang of ['uk', 'en']) {
      expect(page(`/${lang}/`)(`main a[href="/${lang}/lessons/"]`).length).toBeGreaterThanOrEqual(1);
      expect(page(`/${lang}/algorithms/`)(`.site-nav a[href="/${lang}/lessons/"]`).length).toBe(1);
    }
  });

  it('is in the sitemap, the open data and the feeds', () => {
    const sitemap = sitemapPaths();
    for (const lesson of lessons) expect(sitemap).toContain(lesson.path);
    for (const lang of ['uk', 'en']) {
      const index = JSON.parse(readFileSync(path.join(distDir, 'api/v1', lang, 'lessons.json'), 'utf8'));
      expect(index.type).toBe('lesson');
      expect(index.count).toBe(lessons.filter((lesson) => lesson.lang === lang).length);
      const record = JSON.parse(readFileSync(path.join(distDir, 'api/v1', lang, 'lessons/mines-6-10.json'), 'utf8'));
      expect(record.questions).toHaveLength(5);
      for (const question of record.questions) expect(question.answers.filter((answer: { right: boolean }) => answer.right)).toHaveLength(1);
      expect(record.rules.length).toBeGreaterThanOrEqual(3);
      expect(record.algorithm.id).toBe('explosive-objects');
      expect(readFileSync(path.join(distDir, lang, 'feed.xml'), 'utf8')).toContain(`/${lang}/lessons/`);
    }
    expect(JSON.parse(readFileSync(path.join(distDir, 'api/v1/schema/lesson.json'), 'utf8')).title).toBe('Safe City lesson');
  });
});

describe('a lesson’s paper', () => {
  const sheetsOf = (lang: string, id: string) => lessonSheets.map((sheet) => `/${sitePaths.lessonSheet(lang as 'uk', id, sheet)}`);
  const printPages = () => lessons.flatMap(({ lang, id }) => sheetsOf(lang, id!));
  const packs = ['uk', 'en'].flatMap((lang) => ['6-10', '10-15', '15-17'].map((band) => `/${sitePaths.lessonPack(lang as 'uk', band as '6-10')}`));
  /** A pack's first page and those that continue it (/2/, /3/…). */
  const pagesOf = (pack: string) => [pack, ...readdirSync(path.join(distDir, pack)).filter((name) => /^\d+$/.test(name)).map((name) => `${pack}${name}/`)];

  it('is linked from the lesson’s page with plain links: the pupils’, teacher’s and parents’ sheets and the poster on A3 and A4', () => {
    for (const { path: pagePath, lang, id } of lessons) {
      const $ = page(pagePath);
      const linked = $('.lesson-print a').map((_, link) => $(link).attr('href')).get();
      expect({ pagePath, linked }).toEqual({ pagePath, linked: sheetsOf(lang, id!) });
    }
  });

  it('gathers each age band’s sheets in a class pack linked from «Для шкіл»', () => {
    for (const lang of ['uk', 'en']) {
      const $ = page(`/${lang}/lessons/`);
      expect($('.lesson-pack-link a').map((_, link) => $(link).attr('href')).get()).toEqual(packs.filter((pack) => pack.startsWith(`/${lang}/`)));
    }
    for (const pack of packs) {
      const pages = pagesOf(pack);
      const [, lang, , , band] = pack.split('/');
      const inBand = lessons.filter((lesson) => lesson.lang === lang && lesson.id!.endsWith(`-${band}`));
      const sheets = pages.flatMap((packPage) => {
        const $ = page(packPage);
        return $('article[data-lesson-sheet]').map((_, sheet) => `${$(sheet).attr('data-lesson')}:${$(sheet).attr('data-lesson-sheet')}`).get();
      });
      expect({ pack, sheets: sheets.sort() }).toEqual({
        pack,
        sheets: inBand.flatMap((lesson) => [`${lesson.id}:pupils`, `${lesson.id}:parents`]).sort(),
      });
    }
  });

  it('is in the sitemap as leaflets are, but neither in the search index nor in the offline copy', () => {
    const sitemap = new Set(sitemapPaths());
    const offline = ['uk', 'en'].flatMap((lang) => {
      const list = JSON.parse(readFileSync(path.join(distDir, `offline/${lang}.json`), 'utf8')) as { automatic: string[]; optional: string[] };
      return [...list.automatic, ...list.optional];
    });
    for (const printed of [...printPages(), ...packs]) {
      const html = readFileSync(path.join(distDir, fileFor(printed)), 'utf8');
      expect({ printed, sitemap: sitemap.has(printed), indexed: html.includes('data-pagefind-body'), noindex: html.includes('noindex') }).toEqual({ printed, sitemap: true, indexed: false, noindex: false });
    }
    expect(offline.filter((file) => file.includes('/lessons/'))).toEqual([]);
  });

  it('fits each sheet’s and pack’s HTML, inline CSS included, in the first round trip (gzip), its print styles only on paper pages', () => {
    for (const printed of [...printPages(), ...packs.flatMap(pagesOf)]) {
      const html = readFileSync(path.join(distDir, fileFor(printed)));
      expect($links(html.toString())).toEqual([]);
      expect({ printed, bytes: gzipSync(html).length < firstRoundTrip }).toEqual({ printed, bytes: true });
    }
    expect(readFileSync(path.join(distDir, fileFor(printPages()[0]!)), 'utf8')).toContain('.self-check__box');
    expect(readFileSync(path.join(distDir, fileFor(lessons[0]!.path)), 'utf8')).not.toContain('.self-check__box');
    expect(readFileSync(path.join(distDir, 'uk/leaflets/street-robbery/index.html'), 'utf8')).not.toContain('.self-check__box');
  });
});
