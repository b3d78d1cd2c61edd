import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles, page, pageExists, readerPages, sitemapPaths } from '../support/dist-pages';
import { adminContentSecurityPolicy } from '../../src/lib/content-security-policy';
import { expectedPages } from '../support/expected-pages';
import { distDir } from '../support/paths';
import { addressOfFile, isTracked, parsePublishedList } from '../../src/lib/addresses/published-list';
import { reviewSheetsFolder, sectionCollections, templateAnchorsOf, webEditorPath } from '../../src/site-structure';
import { reviewSheetPath } from '../../src/lib/permalinks';
import type { Lang } from '../../src/i18n/locales';

const pages = expectedPages('content');
const contacts = readFileSync(path.resolve('content/data/contacts.yaml'), 'utf8');

describe('the built site', () => {
  it('has every page in both languages', () => {
    const missing = pages.filter((expected) => !pageExists(expected.path)).map((expected) => expected.path);
    expect(missing).toEqual([]);
    expect(pages.filter((expected) => expected.kind === 'algorithm').length).toBeGreaterThanOrEqual(12);
  });

  it('still answers at every address it ever published, and lists every page it publishes', () => {
    const listed = parsePublishedList(readFileSync(path.resolve('content/published-urls.txt'), 'utf8'));
    const gone = listed.filter((address) => {
      const [pagePath, anchor] = address.split('#');
      return !pageExists(pagePath!) || (anchor !== undefined && page(pagePath!)(`[id="${anchor}"]`).length !== 1);
    });
    expect(gone).toEqual([]);
    const unlisted = htmlFiles()
      .map(addressOfFile)
      .filter((address) => address !== undefined && isTracked(address) && !listed.includes(address));
    expect(unlisted).toEqual([]);
    expect(listed).toContain('/uk/algorithms/street-robbery/');
    expect(listed).toContain('/en/algorithms/street-robbery/#step-1');
  });

  it('marks each page with its language and a canonical address', () => {
    for (const expected of pages.filter((candidate) => candidate.kind !== '404')) {
      const $ = page(expected.path);
      expect({ path: expected.path, lang: $('html').attr('lang') }).toEqual({ path: expected.path, lang: expected.lang });
      expect(new URL($('link[rel=canonical]').attr('href')!).pathname).toBe(expected.path);
      expect($('link[rel=alternate][hreflang]').length).toBe(3);
      expect(new URL($('link[rel=alternate][hreflang=x-default]').attr('href')!).pathname).toBe(`/uk/${expected.path.split('/').slice(2).join('/')}`);
      expect($('h1').length).toBe(1);
    }
  });

  it('puts 112, 102 and 103 one tap away on every page', () => {
    for (const file of readerPages()) {
      if (file === 'index.html') continue; // the root only redirects
      const $ = page(`/${file}`);
      const strip = $('aside.emergency a[href^="tel:"]').map((_, link) => $(link).attr('href')).get();
      expect({ file, strip }).toEqual({ file, strip: ['tel:112', 'tel:102', 'tel:103'] });
    }
  });

  it('ships JavaScript only where it adds something (offline reading and its controls, search, the leaflet choice, the quick exit, sharing), never inline', () => {
    const needsScript = (file: string, html: string) => /^(uk|en)\/(contacts|search|leaflets\/pack\/[a-z0-9-]+(\/\d+)?)\/index\.html$/.test(file) || html.includes('data-quick-exit') || html.includes('data-share');
    for (const file of readerPages()) {
      if (file === 'index.html') continue; // the root only redirects
      const html = readFileSync(path.join(distDir, file), 'utf8');
      const all = html.match(/<script(?![^>]*application\/(ld\+)?json)[^>]*>/gi) ?? [];
      expect({ file, offline: all.filter((script) => script.includes('/OfflineReading.astro_')).length }).toEqual({ file, offline: 1 });
      const scripts = all.filter((script) => !script.includes('/OfflineReading.astro_'));
      expect({ file, scripts: scripts.length > 0 }).toEqual({ file, scripts: needsScript(file, html) });
      for (const script of scripts) expect({ file, script }).toEqual({ file, script: expect.stringContaining(' src="/_astro/') });
    }
  });

  it('declares a Content-Security-Policy of its own origin only on every page', () => {
    for (const file of readerPages()) {
      const policy = page(`/${file}`)('meta[http-equiv="Content-Security-Policy"]').attr('content');
      expect({ file, policy }).toEqual({ file, policy: expect.stringMatching(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/) });
      expect(policy).not.toMatch(/https?:/);
    }
  });

  it('bundles no code-highlighting grammar with the web editor: its body is written in raw mode', () => {
    const assets = readdirSync(path.join(distDir, '_astro')).filter((file) => file.endsWith('.js'));
    const grammars = assets.filter((file) => /"scopeName":"/.test(readFileSync(path.join(distDir, '_astro', file), 'utf8')));
    expect(grammars).toEqual([]);
    expect(assets.length).toBeGreaterThan(5);
  });

  it('keeps the web editor apart: its own policy, which lets it reach GitHub alone, no index, no sitemap, no offline copy, no search', () => {
    const $ = page(`/${webEditorPath}`);
    const policy = $('meta[http-equiv="Content-Security-Policy"]').attr('content')!;
    expect(policy).toBe(adminContentSecurityPolicy);
    expect(policy.match(/https:\/\/[^\s;]+/g)).toEqual(['https://avatars.githubusercontent.com', 'https://api.github.com']);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect($('link[rel="cms-config-url"]').attr('href')).toBe(`/${webEditorPath}config.yml`);
    expect(sitemapPaths().filter((listed) => listed.includes(webEditorPath))).toEqual([]);
    const offline = readFileSync(path.join(distDir, 'offline/uk.json'), 'utf8');
    expect(offline).not.toContain(webEditorPath);
    expect(readFileSync(path.resolve('content/published-urls.txt'), 'utf8')).not.toContain(`/${webEditorPath}`);
    // Search knows only pages marked for it; the editor's is not.
    expect(readFileSync(path.join(distDir, `${webEditorPath}index.html`), 'utf8')).not.toContain('data-pagefind-body');
    // The configuration is generated, with the ids of today's data files to choose from.
    const config = readFileSync(path.join(distDir, `${webEditorPath}config.yml`), 'utf8');
    expect(config).toContain('folder: content/algorithms');
    expect(config).toContain('value: police');
  });

  it('keeps the review sheets for editors: one per algorithm and language, linked from the editors\' page, no index, no sitemap, no offline copy, no search', () => {
    const algorithms = pages.filter((expected) => expected.kind === 'algorithm');
    const sheets = algorithms.map((expected) => reviewSheetPath(expected.lang as Lang, expected.id!));
    expect(sheets.filter((sheet) => !pageExists(sheet))).toEqual([]);
    for (const sheet of sheets) {
      expect({ sheet, robots: page(sheet)('meta[name="robots"]').attr('content') }).toEqual({ sheet, robots: 'noindex' });
      expect(readFileSync(path.join(distDir, sheet, 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
    }
    expect(sitemapPaths().filter((listed) => listed.includes(`/${reviewSheetsFolder}/`))).toEqual([]);
    for (const lang of ['uk', 'en']) {
      const offline = readFileSync(path.join(distDir, `offline/${lang}.json`), 'utf8');
      expect(offline).not.toContain(`/${reviewSheetsFolder}/`);
      const editors = page(`/${lang}/translations/`);
      const linked = editors('a[href]').map((_, link) => editors(link).attr('href')).get();
      expect(sheets.filter((sheet) => !linked.includes(sheet))).toEqual([]);
    }
  });

  it('marks each statement with its sources, which lead to the source in the list and back, and reads as "джерело N"', () => {
    const $ = page('/uk/algorithms/missing-child/');
    const marks = $('article sup.cite a');
    expect(marks.length).toBeGreaterThan($('li.step').length);
    $('li.step').each((_, step) => {
      expect({ step: $(step).attr('id'), marks: $(step).find('sup.cite a').length }).not.toEqual({ step: $(step).attr('id'), marks: 0 });
    });
    const sources = $('#sources-heading').parent().find('ol.source-list > li');
    marks.each((_, mark) => {
      const target = $(mark).attr('href')!;
      const listed = sources.filter(`[id="${target.slice(1)}"]`);
      expect(listed.length).toBe(1);
      // The number shown is the source's place in the list, and a screen reader hears "джерело N".
      expect($(mark).text()).toBe(`джерело ${sources.index(listed) + 1}`);
    });
    // Every source is cited, and links back to each statement it supports: to a mark citing it.
    sources.each((_, source) => {
      const back = $(source).find('.source-list__back a');
      expect(back.length).toBeGreaterThan(0);
      back.each((_, link) => expect($(`sup.cite a[id="${$(link).attr('href')!.slice(1)}"]`).attr('href')).toBe(`#${$(source).attr('id')}`));
    });
    // Leaflets print the same text without the marks.
    expect(readFileSync(path.join(distDir, 'uk/leaflets/missing-child/index.html'), 'utf8')).toMatch(/\.leaflet \.step__link, ?\.leaflet \.cite ?\{ ?display: ?none/);
  });

  it('shows the quick exit on every page of a sensitive topic, and only there', () => {
    for (const file of htmlFiles()) {
      const sensitive = /(algorithms|leaflets|categories)\/domestic-violence\/|leaflets\/pack\/(domestic-violence|all)\//.test(file);
      expect({ file, quickExit: page(`/${file}`)('a[data-quick-exit]').length }).toEqual({ file, quickExit: sensitive ? 1 : 0 });
    }
  });

  it('builds a search index per language', () => {
    const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const published = (lang: string) => pages.filter((expected) => expected.lang === lang && ['algorithm', 'minutes', 'recommendation', 'lesson'].includes(expected.kind)).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'uk']);
    expect(entry.languages.uk!.page_count).toBe(published('uk'));
    expect(entry.languages.en!.page_count).toBe(published('en'));
  });

  it('splits the search index into small files, so a first search fetches only a few kilobytes of it', () => {
    const index = path.join(distDir, 'pagefind/index');
    const files = readdirSync(index).map((file) => ({ file, bytes: statSync(path.join(index, file)).size }));
    // Pagefind's default puts up to 20,000 word positions in a file: all of this site in one.
    expect(files.filter(({ file }) => file.startsWith('uk_')).length).toBeGreaterThan(1);
    expect(files.filter(({ bytes }) => bytes > 6 * 1024)).toEqual([]);
  });

  it('keeps each search result download to the words of its page: no per-step copies, no step furniture', () => {
    const folder = path.join(distDir, 'pagefind/fragment');
    const fragments = readdirSync(folder).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; anchors: unknown[] });
    const street = fragments.find((fragment) => fragment.url === '/uk/algorithms/street-robbery/')!;
    expect(street.content).toContain('Зверніть увагу на прикмети нападника.');
    expect(fragments.filter((fragment) => fragment.anchors.length > 0).map((fragment) => fragment.url)).toEqual([]);
    // A step's number and its "Link to step 3" are page furniture: "1Call" is not a word.
    expect(fragments.filter((fragment) => /Посилання на крок|Link to step|\d\p{Lu}/u.test(fragment.content)).map((fragment) => fragment.url)).toEqual([]);
  });

  it('sends the root to Ukrainian and offers both languages without JavaScript', () => {
    const $ = page('/');
    expect($('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/uk/');
    expect($('a[href="/uk/"]').length).toBe(1);
    expect($('a[href="/en/"]').length).toBe(1);
  });

  it('switches language to the same entry', () => {
    const $ = page('/uk/algorithms/street-robbery/');
    expect($('nav.languages a[hreflang=en]').attr('href')).toBe('/en/algorithms/street-robbery/');
    expect(page('/en/algorithms/street-robbery/')('h1').text()).toBe('If you are robbed in the street');
  });

  it('shows an algorithm with its version, review dates, authors, sources and numbers', () => {
    const $ = page('/uk/algorithms/domestic-violence/');
    const facts = $('dl.facts').text();
    expect(facts).toContain('Версія');
    expect(facts).toContain('4 грудня 2026');
    expect(facts).toContain('4 червня 2027');
    expect(facts).toContain('Редакція сайту «Безпечне місто»');
    expect(facts).toContain('Ще не перевірено фахівцями поза редакцією.');
    expect($('a[href="https://zakon.rada.gov.ua/laws/show/2229-19"]').length).toBe(1);
    const source = $('#sources-heading').parent().find('li').first().text();
    expect(source).toContain('Верховна Рада України: ');
    expect(source).toContain('(перевірено 2 грудня 2026 р.)');
    expect($('.call-box a[href="tel:1547"]').text()).toContain('15\u201147');
    expect($('.notice').text()).toContain('ще не перевірено з мешканцями');
  });

  it('lets a reader report a mistake on every page with a source, with the page, version and language filled in, except where a quick exit is', () => {
    const reportOf = (urlPath: string) => page(urlPath)('a.report-mistake').attr('href');
    const algorithm = new URL(reportOf('/uk/algorithms/street-robbery/')!);
    expect(`${algorithm.origin}${algorithm.pathname}`).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
    const body = algorithm.searchParams.get('body')!;
    expect(body).toContain(`Сторінка: ${page('/uk/algorithms/street-robbery/')('link[rel="canonical"]').attr('href')}`);
    expect(body).toMatch(/\nВерсія: \d+\nМова: Українська\n/);
    expect(new URL(reportOf('/en/contacts/')!).searchParams.get('title')).toBe('Mistake on the page “Phone numbers for help”');
    for (const listed of sitemapPaths()) {
      const $ = page(listed);
      const quickExit = $('a[data-quick-exit]').length > 0;
      const hasSource = $('.page-source').length > 0;
      expect({ listed, report: $('a.report-mistake').length }).toEqual({ listed, report: hasSource && !quickExit ? 1 : 0 });
    }
    expect(reportOf('/uk/algorithms/domestic-violence/')).toBeUndefined();
    // No address is published until the project has one: the e-mail link needs SAFE_CITY_REPORT_EMAIL.
    expect(page('/uk/contacts/')('a[href^="mailto:"]').length).toBe(0);
  });

  it('says when each entry last changed and links to its source for editing', () => {
    for (const expected of pages.filter((candidate) => ['algorithm', 'minutes', 'recommendation', 'lesson'].includes(candidate.kind))) {
      const $ = page(expected.path);
      const collection = { algorithm: 'algorithms', minutes: 'minutes', recommendation: 'recommendations', lesson: 'lessons' }[expected.kind]!;
      const edit = $('.page-source a').attr('href');
      expect(edit).toMatch(new RegExp(`/edit/main/content/${collection}/${expected.lang}/${expected.id}\\.mdx$`));
      expect($('.page-source time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives each kind of page exactly the template anchors the registry says it has', () => {
    for (const collection of sectionCollections) {
      const files = htmlFiles().filter((file) => new RegExp(`^uk/${collection}/[^/]+/index\\.html$`).test(file));
      const seen = new Set<string>();
      for (const file of files) {
        const $ = page(`/${file}`);
        const ids = $('[id$="-heading"], [id^="related-"]').map((_, element) => $(element).attr('id')).get();
        for (const id of ids) {
          expect({ file, id, listed: templateAnchorsOf(collection).includes(id) }).toEqual({ file, id, listed: true });
          seen.add(id);
        }
      }
      // Every anchor listed is written in the collection's template, an entry component it uses or
      // the vocabulary that renders the text
      // (a list with nothing in it is left out of the page, so the content alone cannot tell).
      const template = [path.resolve(`src/pages/[lang]/${collection}/[id].astro`), ...readdirSync(path.resolve('src/components/entry')).map((name) => path.resolve('src/components/entry', name)), path.resolve('src/markdown/remark-vocabulary.ts'), path.resolve('src/markdown/lesson-render.ts')].map((file) => readFileSync(file, 'utf8')).join('\n');
      expect({ collection, unwritten: templateAnchorsOf(collection).filter((id) => id !== 'main' && !template.includes(`"${id}"`) && !template.includes(`'${id}'`)) }).toEqual({ collection, unwritten: [] });
      expect(seen.size).toBeGreaterThan(0);
    }
  });

  it('links every content page to the file it comes from, and that file exists', () => {
    for (const listed of sitemapPaths()) {
      const href = page(listed)('.page-source a').attr('href');
      expect({ listed, href }).toEqual({ listed, href: expect.stringContaining('/edit/main/') });
      expect({ listed, exists: existsSync(path.resolve(decodeURIComponent(href!.split('/edit/main/')[1]!))) }).toEqual({ listed, exists: true });
    }
  });

  it('numbers steps across the page, each with a permanent anchor', () => {
    const $ = page('/uk/algorithms/theft-from-home-or-car/');
    expect($('li.step').map((_, step) => $(step).attr('id')).get()).toEqual(['step-1', 'step-2', 'step-3', 'block-cards', 'step-5', 'step-6', 'step-7', 'step-8']);
    expect($('ol.steps__list').map((_, list) => $(list).attr('start') ?? '1').get()).toEqual(['1', '2', '5']);
    expect($('li.step a.step__link[href="#block-cards"]').length).toBe(1);
  });

  it('takes every number it shows from the contacts data file', () => {
    const numbers = new Set([...contacts.matchAll(/number: "([^"]+)"/g)].map((match) => match[1]!.replace(/\D/g, '')));
    for (const file of htmlFiles()) {
      const $ = page(`/${file}`);
      for (const href of $('a[href^="tel:"]').map((_, link) => $(link).attr('href')).get()) {
        expect({ file, number: numbers.has(href.slice(4)) }).toEqual({ file, number: true });
      }
    }
  });

  it('opens every algorithm with its title, summary, immediate-danger card and numbers to call, and links the algorithms related to it', () => {
    for (const expected of pages.filter((candidate) => candidate.kind === 'algorithm')) {
      const $ = page(expected.path);
      // Title, summary, the card, then the numbers to call: what a reader in danger needs first.
      const opening = $('article[data-pagefind-body] > :not([hidden])').slice(0, 4).map((_, element) => $(element).attr('class') ?? element.tagName).get();
      expect({ page: expected.path, opening }).toEqual({ page: expected.path, opening: ['h1', 'lead', 'callout callout--immediate', 'call-box'] });
    }
    const shelling = page('/en/algorithms/air-raid-alert-and-shelling/');
    expect(shelling('#related-algorithms').parent().find('a[href="/en/algorithms/explosive-objects/"]').length).toBe(1);
  });

  it('puts the most urgent topics first on the home page', () => {
    const topics = page('/uk/')('#home-categories ~ ul a').map((_, link) => page('/uk/')(link).attr('href')).get();
    expect(topics.slice(0, 3)).toEqual(['/uk/categories/shelling/', '/uk/categories/injuries/', '/uk/categories/explosive-objects/']);
    expect(topics.indexOf('/uk/categories/road-accidents/')).toBe(topics.length - 1);
  });

  it('says what kind of record the minutes are', () => {
    const meeting = page('/uk/minutes/2017-02-21-first-working-meeting/');
    expect(meeting('dl.facts').text()).toContain('Складено для цього сайту з опублікованого звіту про зустріч');
    expect(meeting('main').text()).not.toContain('протокол складено');
  });

  it('lists minutes and recommendations, and says what is still to come', () => {
    expect(page('/uk/minutes/')('a[href="/uk/minutes/2017-02-21-first-working-meeting/"]').length).toBe(1);
    const meeting = page('/en/minutes/2017-02-21-first-working-meeting/');
    expect(meeting('table').text()).toContain('April 2017');
    expect(meeting('table').text()).toContain('outcome not reported');
    expect(page('/uk/recommendations/')('main').text()).toContain('Цих рекомендацій на сайті ще немає');
    expect(page('/uk/')('main').text()).toContain('Перша робоча зустріч громадськості та поліції');
  });

  it('has a "not found" page per language, and one at the root', () => {
    expect(page('/uk/404/')('h1').text()).toBe('Сторінку не знайдено');
    expect(page('/en/404/')('h1').text()).toBe('Page not found');
    expect(page('/uk/404.html')('h1').text()).toBe('Сторінку не знайдено');
    expect(page('/404.html')('main').text()).toContain('Page not found');
  });

  it('lists published pages in the sitemap with language alternates, and no "not found" pages', () => {
    const listed = sitemapPaths();
    for (const expected of pages.filter((candidate) => candidate.kind !== '404')) expect(listed).toContain(expected.path);
    expect(listed.filter((listedPath) => listedPath.includes('404'))).toEqual([]);
    const xml = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
    const entry = xml.match(/<url><loc>[^<]*\/en\/algorithms\/street-robbery\/<\/loc>.*?<\/url>/)?.[0] ?? '';
    expect(entry).toContain('hreflang="uk-UA" href="http://127.0.0.1:4321/uk/algorithms/street-robbery/"');
    expect(entry).toContain('hreflang="en" href="http://127.0.0.1:4321/en/algorithms/street-robbery/"');
    expect(entry).toContain('hreflang="x-default" href="http://127.0.0.1:4321/uk/algorithms/street-robbery/"');
  });

  it('lets crawlers in and points them to the sitemap from robots.txt (a preview shuts them out: sub-path.test.ts)', () => {
    const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).toContain('Sitemap: http://127.0.0.1:4321/sitemap-index.xml');
    expect(page('/uk/algorithms/street-robbery/')('meta[name="robots"]').length).toBe(0);
    const siteWide = readFileSync(path.join(distDir, '_headers'), 'utf8').split(/\n(?=\S)/)[0]!;
    expect(siteWide).toMatch(/^\/\*\n/);
    expect(siteWide).not.toContain('X-Robots-Tag');
    expect(existsSync(path.join(distDir, 'sitemap-index.xml'))).toBe(true);
  });
});
