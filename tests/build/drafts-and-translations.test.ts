import { spawn } from 'node:child_process';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/astro-cli';
import { buildFixtureSite, fixtureDist, fixtureEnv } from '../support/fixture-site-build';
import { htmlFiles, page, pageExists, sitemapPaths } from '../support/dist-pages';
import { validFixture } from '../support/fixture-content';
import { lockAstroProject } from '../support/astro-project-lock';
import { loadedMachineWait } from '../support/loaded-machine-wait';
import { astroBin, outputDir, projectRoot } from '../support/paths';

describe('a production build of the fixture content', () => {
  beforeAll(async () => {
    await buildFixtureSite();
  });

  it('leaves drafts out entirely', () => {
    expect(pageExists('/uk/algorithms/sample-draft/', fixtureDist)).toBe(false);
    expect(pageExists('/en/algorithms/sample-draft/', fixtureDist)).toBe(false);
    expect(sitemapPaths(fixtureDist).filter((listed) => listed.includes('sample-draft'))).toEqual([]);
    const leaking = htmlFiles(fixtureDist).filter((file) => readFileSync(path.join(fixtureDist, file), 'utf8').includes('DRAFT-MARKER'));
    expect(leaking).toEqual([]);
    expect(page('/uk/categories/fixture-topic/', fixtureDist)('main').text()).not.toContain('Чернетка алгоритму');
  });

  it('shows an untranslated entry in its original language under a notice', () => {
    const $ = page('/en/algorithms/sample-untranslated/', fixtureDist);
    expect($('.notice').first().text()).toContain('has not been translated into English yet');
    expect($('article').attr('lang')).toBe('uk');
    expect($('article').text()).toContain('UNTRANSLATED-MARKER');
    expect($('html').attr('lang')).toBe('en');
  });

  it('shows no such notice on a translated entry or in the original language', () => {
    expect(page('/en/algorithms/sample-untranslated/', fixtureDist)('main').text()).not.toContain('may be out of date');
    expect(page('/uk/algorithms/sample-untranslated/', fixtureDist)('main').text()).not.toContain('ще не перекладено');
  });

  it('says when a translation translates an older version, and links to the original', () => {
    const $ = page('/en/algorithms/sample-published/', fixtureDist);
    expect($('.notice').text()).toContain('this translation may be out of date');
    expect($('.notice a').attr('href')).toBe('/uk/algorithms/sample-published/');
  });

  it('lists what is missing and out of date on the editors’ status page', () => {
    const text = page('/en/translations/', fixtureDist)('main').text();
    // The fixture's lesson is translated and up to date.
    expect(text).toContain('1 up to date, 1 out of date, 4 not translated');
    expect(text).toContain('translates version 1, the original is at version 2');
    expect(text).toContain('algorithms/en/sample-untranslated.mdx');
    expect(text).not.toContain('sample-draft');
  });

  it('says plainly on the page and the leaflet when an algorithm is overdue for review, and lists what is due for editors', () => {
    // The fixture's algorithms promised a review by 1 August 2026; that day has passed for good.
    const $ = page('/uk/algorithms/sample-published/', fixtureDist);
    expect($('.notice').text()).toContain('Перегляд прострочено: цей алгоритм мали перевірити до 1 серпня 2026 р.');
    expect($('dl.facts').text()).toContain('(прострочено)');
    expect(page('/uk/leaflets/sample-published/', fixtureDist)('.leaflet__overdue').text()).toBe('Перегляд прострочено (мав бути до 1 серпня 2026 р.): звіряйтеся з повною версією на сайті.');
    const editors = page('/en/translations/', fixtureDist)('#reviews-due').parent();
    expect(editors.find('li').map((_, item) => page('/en/translations/', fixtureDist)(item).text().replace(/\s+/g, ' ').trim()).get()).toEqual([
      `Fixture algorithm (${validFixture}/algorithms/en/sample-published.mdx): overdue, was due by 1 August 2026`,
      `Тестовий алгоритм (${validFixture}/algorithms/uk/sample-published.mdx): overdue, was due by 1 August 2026`,
      `Неперекладений алгоритм (${validFixture}/algorithms/uk/sample-untranslated.mdx): overdue, was due by 1 August 2026`,
      `Police (${validFixture}/data/contacts.yaml, police): checked 1 January 2026`,
    ]);
  });

  it('writes participant counts and months in correct Ukrainian', () => {
    const text = page('/uk/minutes/2026-01-15-fixture-meeting/', fixtureDist)('main').text();
    expect(text).toContain('(2 особи)');
    expect(text).toContain('(5 осіб)');
    expect(text).toContain('березень 2026');
  });

  it('splits a topic into pages, so no page grows with the number of algorithms', () => {
    const first = page('/uk/categories/fixture-topic/', fixtureDist);
    expect(first('.card-list > li').length).toBe(1);
    expect(first('a[rel="next"]').attr('href')).toBe('/uk/categories/fixture-topic/2/');
    const second = page('/uk/categories/fixture-topic/2/', fixtureDist);
    expect(second('.card-list > li').length).toBe(1);
    expect(second('a[rel="prev"]').attr('href')).toBe('/uk/categories/fixture-topic/');
    expect(second('.pagination').text()).toContain('сторінка 2 з 2');
  });

  it('keeps an old id’s addresses working: a redirect page in each language and a _redirects line', () => {
    for (const lang of ['uk', 'en']) {
      const $ = page(`/${lang}/algorithms/sample-old-name/`, fixtureDist);
      const target = `http://127.0.0.1:4321/${lang}/algorithms/sample-untranslated/`;
      expect($('html').attr('lang')).toBe(lang);
      expect($('link[rel="canonical"]').attr('href')).toBe(target);
      expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
      expect($('body a').attr('href')).toBe(target);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      expect(page(`/${lang}/leaflets/sample-old-name/`, fixtureDist)('link[rel="canonical"]').attr('href')).toBe(
        `http://127.0.0.1:4321/${lang}/leaflets/sample-untranslated/`,
      );
    }
    const redirects = readFileSync(path.join(fixtureDist, '_redirects'), 'utf8').split('\n');
    expect(redirects).toContain('/uk/algorithms/sample-old-name/ /uk/algorithms/sample-untranslated/ 301');
    expect(redirects).toContain('/en/algorithms/sample-old-name /en/algorithms/sample-untranslated/ 301');
    expect(redirects).toContain('/api/v1/uk/algorithms/sample-old-name.json /api/v1/uk/algorithms/sample-untranslated.json 301');
    expect(sitemapPaths(fixtureDist).filter((listed) => listed.includes('sample-old-name'))).toEqual([]);
  });

  it('writes redirect pages that are valid HTML', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(fixtureDist, 'uk/algorithms/sample-old-name/index.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  it('splits print packs into pages too, each with its own choice, and lists no leaflet on the leaflets page', () => {
    const first = page('/uk/leaflets/pack/all/', fixtureDist);
    expect(first('[data-leaflet]').length).toBe(1);
    expect(first('.leaflet-choice input[name="only"]').length).toBe(0); // one leaflet: nothing to choose
    expect(first('a[rel="next"]').attr('href')).toBe('/uk/leaflets/pack/all/2/');
    expect(page('/uk/leaflets/pack/all/2/', fixtureDist)('[data-leaflet]').length).toBe(1);
    expect(page('/uk/leaflets/pack/fixture-topic/2/', fixtureDist)('h1').text()).toContain('2 з 2');
    expect(page('/uk/leaflets/', fixtureDist)('input[name="only"], [data-leaflet]').length).toBe(0);
  });

  it('counts algorithms per topic with the right plural', () => {
    expect(page('/uk/algorithms/', fixtureDist)('main').text()).toContain('2 алгоритми');
    expect(page('/en/algorithms/', fixtureDist)('main').text()).toContain('2 guides');
  });
});

describe('the editors’ preview (astro dev)', () => {
  const port = 4398;
  let server: ReturnType<typeof spawn> | undefined;
  let release: (() => void) | undefined;
  let output = '';

  beforeAll(async () => {
    release = await lockAstroProject(projectRoot);
    server = spawn(astroBin, ['dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: projectRoot, env: cleanEnv(fixtureEnv) });
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + loadedMachineWait;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/uk/`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  afterAll(async () => {
    if (server && server.exitCode === null) await new Promise((resolve) => server!.once('exit', resolve).kill());
    release?.();
  });

  it('shows a draft under a visible DRAFT banner', async () => {
    const html = await (await fetch(`http://127.0.0.1:${port}/uk/algorithms/sample-draft/`)).text();
    expect(html).toContain('DRAFT-MARKER');
    expect(html).toMatch(/class="draft-banner"[^>]*>ЧЕРНЕТКА/);
  });

  it('does not restart when other tests write builds and project copies under tests/.output', async () => {
    // The third-language test copies the project there, config and all, while this one runs.
    const probe = path.join(outputDir, 'dev-watch-probe');
    mkdirSync(probe, { recursive: true });
    for (const file of ['astro.config.mjs', 'tsconfig.json']) copyFileSync(path.join(projectRoot, file), path.join(probe, file));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    rmSync(probe, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(output).not.toMatch(/Restarting|changed tsconfig file/);
  });

  it('shows no banner on a published entry', async () => {
    const html = await (await fetch(`http://127.0.0.1:${port}/uk/algorithms/sample-published/`)).text();
    expect(html).not.toContain('class="draft-banner"');
    expect(html).toContain('Тестовий алгоритм');
  });
});

it('keeps the fixture build apart from the real one', () => {
  expect(existsSync(path.join(fixtureDist, 'uk/algorithms/sample-published/index.html'))).toBe(true);
});
