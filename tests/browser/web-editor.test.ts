import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { useTranslations } from '../../src/i18n/translator';
import { checkContent } from '../../src/lib/content-check';
import { schemaText } from '../../src/i18n/schema-text';
import { algorithmSchema } from '../../src/schemas/algorithm';
import { contactSchema } from '../../src/schemas/contact';
import { entryCollections } from '../../src/site-structure';
import { runAstro } from '../support/astro-cli';
import { useBrowser } from '../support/browser';
import { fixtureContent } from '../support/fixture-content';
import { fillAlgorithmFacts, fillAlgorithmWords, testBackendButton, useTestBackend, WebEditorForm } from '../../scripts/support/web-editor-form';
import { page as builtPage } from '../support/dist-pages';
import { outputDir, projectRoot } from '../support/paths';
import { contentFiles, realRecord } from '../support/real-content';

/**
 * The web editor at /admin/, driven as an editor would: with the editor's test backend, which
 * keeps the files it saves in the browser's own storage instead of a GitHub repository. The
 * files it writes then go through the content check and a build, as a pull request's would.
 */
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let form: WebEditorForm;
const foreignResponses: string[] = [];
const t = useTranslations('uk');

/** A new algorithm's form, in a fresh tab, signed in to the test backend. */
async function startNewAlgorithm(): Promise<Locator> {
  await page.close();
  page = await context.newPage();
  form = new WebEditorForm(page);
  await page.goto(`${inject('baseUrl')}/admin/`);
  const signIn = page.getByRole('button', { name: testBackendButton });
  const signedIn = page.getByRole('button', { name: 'Створити запис або ресурси' });
  await expect.poll(async () => (await signIn.isVisible()) || (await signedIn.isVisible())).toBe(true);
  if (await signIn.isVisible()) await signIn.click();
  await page.goto(`${inject('baseUrl')}/admin/#/collections/algorithms/new`);
  return form.language('Українська');
}

beforeAll(async () => {
  // An English browser: the editor still speaks the editors' language.
  context = await browser().newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const origin = new URL(inject('baseUrl')).origin;
  context.on('response', (response) => {
    if (new URL(response.url()).origin !== origin && !response.url().startsWith('data:')) foreignResponses.push(response.url());
  });
  await useTestBackend(context);
});
afterAll(async () => {
  await context?.close();
});

describe('the web editor at /admin/', () => {
  it('opens in Ukrainian, served from this site alone, and asks search engines to leave it out', async () => {
    await page.goto(`${inject('baseUrl')}/admin/`);
    await expect.poll(() => page.getByRole('button', { name: 'Працювати з тестовим репозиторієм' }).isVisible()).toBe(true);
    expect(await page.title()).toBe(t('cms.title'));
    const served = await (await page.request.get(`${inject('baseUrl')}/admin/`)).text();
    expect(served).toMatch(/<meta name="robots" content="noindex[^"]*"/);
    // The editor's own fonts would come from a CDN; its policy refuses them (it has them bundled).
    expect(foreignResponses).toEqual([]);
  });

  it('shows a required field left empty, and a file name it cannot take, before anything is saved', async () => {
    const uk = await startNewAlgorithm();
    await form.slug().getByRole('textbox').fill('Шахраї');
    await form.save();
    await expect.poll(() => form.fieldGroup(uk, 'title').getByRole('alert').innerText()).toContain('Це поле обов’язкове.');
    // The file name's rule, in the words the content check uses for it.
    const algorithms = entryCollections.find((collection) => collection.name === 'algorithms')!;
    await expect.poll(() => form.slug().getByRole('alert').innerText()).toContain(schemaText('uk', algorithms.idHint));
    expect(await form.savedFiles()).toEqual({});
  });

  it('creates an algorithm with steps, an immediate-danger card and a call, and its translation, as files that pass the check and build', async () => {
    const uk = await startNewAlgorithm();
    await fillAlgorithmWords(form, uk, {
      title: 'Якщо телефонують шахраї',
      summary: 'Що робити, якщо вам телефонують шахраї, і куди повідомити.',
      note: 'Перша версія.',
      publisher: 'Національна поліція України',
      sources: [
        ['npu-one', 'Перша сторінка настанов', 'https://example.gov.ua/guidance/one'],
        ['npu-two', 'Друга сторінка настанов', 'https://example.gov.ua/guidance/two'],
      ],
      keyword: 'шахраї',
      body: ':::callout{level="immediate" contact="police"}\n- шахраї погрожують вам або вимагають гроші. :source[npu-one]\n:::\n\n:::steps\n1. Покладіть слухавку. :source[npu-one]\n2. Зателефонуйте :call{contact="police"}. :source[npu-two]\n:::\n',
      bodyLabel: t('cms.body'),
    });
    // The facts, once, in the original.
    await fillAlgorithmFacts(form, uk);
    await form.slug().getByRole('textbox').fill('phone-fraudsters');

    // The translation's form is beside the original's: the editor has no preview pane here.
    const en = form.language('Англійська');
    await fillAlgorithmWords(form, en, {
      title: 'If fraudsters call you',
      summary: 'What to do if fraudsters call you, and where to report it.',
      note: 'First version.',
      publisher: 'National Police of Ukraine',
      sources: [
        ['npu-one', 'First guidance page', 'https://example.gov.ua/guidance/one'],
        ['npu-two', 'Second guidance page', 'https://example.gov.ua/guidance/two'],
      ],
      keyword: 'fraudsters',
      body: ':::callout{level="immediate" contact="police"}\n- fraudsters threaten you or demand money. :source[npu-one]\n:::\n\n:::steps\n1. Hang up. :source[npu-one]\n2. Call :call{contact="police"}. :source[npu-two]\n:::\n',
      bodyLabel: t('cms.body'),
    });
    await (await form.control(en, 'translationOf', 'spinbutton')).fill('1');
    await form.save();
    await expect.poll(async () => Object.keys(await form.savedFiles()).sort()).toEqual(['content/algorithms/en/phone-fraudsters.mdx', 'content/algorithms/uk/phone-fraudsters.mdx']);

    // The repository with the editor's files in it, as the pull request would make it.
    const contentDir = 'tests/.output/content/web-editor';
    const root = path.join(projectRoot, contentDir);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
    for (const [file, text] of Object.entries(await form.savedFiles())) writeFileSync(path.join(root, file.replace(/^content\//, '')), text);
    expect(checkContent(projectRoot, contentDir).problems).toEqual([]);

    // Built into the small fixture site, with the topic and organisation the editor chose: the
    // check above read them beside the real content; the build proves the files make pages.
    const site = fixtureContent('web-editor-site', [
      { file: 'data/categories.yaml', text: (old) => `${old}\n${realRecord('categories.yaml', 'fraud')}` },
      { file: 'data/organisations.yaml', text: (old) => `${old}\n${realRecord('organisations.yaml', 'safe-city-editors')}` },
      ...Object.entries(await form.savedFiles()).map(([file, text]) => ({ file: file.replace(/^content\//, ''), text })),
    ]);
    const dist = path.join(outputDir, 'web-editor-dist');
    const { code, output } = await runAstro(['build', '--outDir', dist], { SAFE_CITY_CONTENT: site });
    expect(code, output).toBe(0);
    for (const [lang, title, step] of [
      ['uk', 'Якщо телефонують шахраї', 'Покладіть слухавку.'],
      ['en', 'If fraudsters call you', 'Hang up.'],
    ]) {
      const $ = builtPage(`/${lang}/algorithms/phone-fraudsters/`, dist);
      expect($('h1').text()).toBe(title);
      expect($('.callout--immediate').length).toBe(1);
      expect($('li.step').first().text()).toContain(step);
      expect($('li.step a[href^="tel:"]').length).toBe(1);
    }
  });

  it('edits a published algorithm and a phone number’s check date, keeping the text byte for byte and the other fields as they were', async () => {
    // A fresh browser, whose test repository holds the site's real content.
    const editing = await browser().newContext({ locale: 'uk-UA', viewport: { width: 1280, height: 900 } });
    await useTestBackend(editing);
    const tab = await editing.newPage();
    const editor = new WebEditorForm(tab);
    const repository = contentFiles();
    await tab.goto(`${inject('baseUrl')}/admin/`);
    await tab.getByRole('button', { name: testBackendButton }).waitFor();
    await editor.seedRepository(repository);
    await tab.getByRole('button', { name: testBackendButton }).click();

    await tab.goto(`${inject('baseUrl')}/admin/#/collections/algorithms/entries/street-robbery`);
    await (await editor.control(editor.language('Українська'), 'reviewed', 'date')).fill('2026-12-01');
    await editor.save();
    const original = 'content/algorithms/uk/street-robbery.mdx';
    await expect.poll(async () => (await editor.savedFiles())[original] !== repository[original]).toBe(true);

    await tab.goto(`${inject('baseUrl')}/admin/#/collections/data/entries/contacts`);
    await (await editor.control(tab, 'checked', 'date')).fill('2026-12-01');
    await editor.save();
    const contacts = 'content/data/contacts.yaml';
    await expect.poll(async () => (await editor.savedFiles())[contacts] !== repository[contacts]).toBe(true);

    const saved = await editor.savedFiles();
    await editing.close();
    for (const file of [original, 'content/algorithms/en/street-robbery.mdx']) {
      const before = splitEntry(repository[file]!);
      const after = splitEntry(saved[file]!);
      expect(after.body, file).toBe(before.body);
      // The shared fact changed in the original and its translation alike; nothing else did
      // (as the schema reads them: the editor writes out defaults such as "draft: false").
      expect(algorithmSchema.parse(after.data), file).toEqual(algorithmSchema.parse({ ...before.data, reviewed: '2026-12-01' }));
    }
    const read = (text: string) => (parse(text) as unknown[]).map((record) => contactSchema.parse(record));
    const [first, ...others] = read(saved[contacts]!);
    const [firstBefore, ...othersBefore] = read(repository[contacts]!);
    expect(first).toEqual({ ...firstBefore, checked: new Date('2026-12-01T00:00:00Z') });
    expect(others).toEqual(othersBefore);

    const contentDir = 'tests/.output/content/web-editor-edits';
    const root = path.join(projectRoot, contentDir);
    rmSync(root, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
    for (const [file, text] of Object.entries(saved)) writeFileSync(path.join(root, file.replace(/^content\//, '')), text);
    expect(checkContent(projectRoot, contentDir).problems).toEqual([]);
  });
});

/** An entry file's frontmatter, read, and its text as written. */
function splitEntry(text: string): { data: Record<string, unknown>; body: string } {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(frontmatter) as Record<string, unknown>, body };
}
