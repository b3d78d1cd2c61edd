import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro-cli';
import { uk } from '../../src/i18n/ui/uk';
import { page } from '../support/dist-pages';
import { validFixture } from '../support/fixture-content';
import { outputDir, projectRoot } from '../support/paths';

// A copy of the project with Polish added the way CONTRIBUTING says a language is added: an
// entry in locales.ts, a strings file registered in ui/index.ts, and content. Nothing else changes.
const project = path.join(outputDir, 'third-language');
const dist = path.join(project, 'dist');

function edit(file: string, from: string, to: string) {
  const text = readFileSync(path.join(project, file), 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not found in ${file}`);
  writeFileSync(path.join(project, file), text.replace(from, to));
}

describe('a third language added by configuration, strings and content alone', () => {
  beforeAll(async () => {
    rmSync(project, { recursive: true, force: true });
    mkdirSync(project, { recursive: true });
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(path.join(projectRoot, item), path.join(project, item), { recursive: true });
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'));

    // The spelling check (npm run check, not the build) would also need the named dictionary installed.
    edit('src/i18n/locales.ts', "intl: 'en-GB', spelling: '@cspell/dict-en-gb-mit' },", "intl: 'en-GB', spelling: '@cspell/dict-en-gb-mit' },\n  { code: 'pl', endonym: 'Polski', hreflang: 'pl', intl: 'pl-PL', spelling: '@cspell/dict-pl_pl' },");
    writeFileSync(path.join(project, 'src/i18n/ui/pl.ts'), "import type { UiStrings } from './types';\n\nexport const pl: UiStrings = {\n  'site.name': 'Bezpieczne Miasto',\n  'nav.algorithms': 'Co robić',\n};\n");
    edit('src/i18n/ui/index.ts', "import { uk } from './uk';", "import { uk } from './uk';\nimport { pl } from './pl';");
    edit('src/i18n/ui/index.ts', '{ uk, en }', '{ uk, en, pl }');

    const content = path.join(project, 'content-fixture');
    cpSync(path.join(projectRoot, validFixture), content, { recursive: true });
    mkdirSync(path.join(content, 'algorithms/pl'), { recursive: true });
    const english = readFileSync(path.join(content, 'algorithms/en/sample-published.mdx'), 'utf8');
    writeFileSync(path.join(content, 'algorithms/pl/sample-published.mdx'), english.replace('title: Fixture algorithm', 'title: Algorytm testowy'));

    const { code, output } = await runAstro(['build'], { SAFE_CITY_CONTENT: 'content-fixture' }, project);
    if (code !== 0) throw new Error(output);
  });

  it('builds its pages: the translation in Polish, the rest in the original with a notice', () => {
    const home = page('/pl/', dist);
    expect(home('html').attr('lang')).toBe('pl');
    expect(home('.site-name').text()).toBe('Bezpieczne Miasto');
    const translated = page('/pl/algorithms/sample-published/', dist);
    expect(translated('h1').text()).toBe('Algorytm testowy');
    const untranslated = page('/pl/algorithms/sample-untranslated/', dist);
    expect(untranslated('article').attr('lang')).toBe('uk');
    // The notice that the page is not translated yet (Polish falls back to Ukrainian strings);
    // the fixture's algorithm also says its review is overdue.
    expect(untranslated('.notice').map((_, notice) => untranslated(notice).text().trim()).get()).toContain(uk['translation.missing']);
    expect(page('/uk/', dist)('nav.languages a[hreflang="pl"]').text()).toBe('Polski');
  });

  it('indexes it for search, and gives it a feed and open data', () => {
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toContain('pl');
    expect(readFileSync(path.join(dist, 'pl/feed.xml'), 'utf8')).toContain('Algorytm testowy');
    const api = JSON.parse(readFileSync(path.join(dist, 'api/v1/pl/algorithms.json'), 'utf8')) as { items: { id: string; title: string }[] };
    expect(api.items.find((item) => item.id === 'sample-published')?.title).toBe('Algorytm testowy');
    expect(existsSync(path.join(dist, 'offline/pl.json'))).toBe(true);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain('hreflang="pl"');
  });
});
