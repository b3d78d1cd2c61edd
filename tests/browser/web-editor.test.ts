import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useTranslations } from '../../src/i18n/translator';
import { checkContent } from '../../src/lib/content-check';
import { schemaText } from '../../src/i18n/schema-text';
import { entryCollections } from '../../src/site-map';
import { runAstro } from '../support/astro-cli';
import { useBrowser } from '../support/browser';
import { fillAlgorithmFacts, fillAlgorithmWords, testBackendButton, useTestBackend, WebEditorForm } from '../../scripts/support/web-editor-form';
import { page as builtPage } from '../support/dist-pages';
import { outputDir, projectRoot } from '../support/paths';

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
    expect(await form.slug().getByRole('alert').innerText()).toContain(schemaText('uk', algorithms.idHint));
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
        ['Перша сторінка настанов', 'https://example.gov.ua/guidance/one'],
        ['Друга сторінка настанов', 'https://example.gov.ua/guidance/two'],
      ],
      keyword: 'шахраї',
      body: ':::callout{level="immediate" contact="police"}\n- шахраї погрожують вам або вимагають гроші.\n:::\n\n:::steps\n1. Покладіть слухавку.\n2. Зателефонуйте :call{contact="police"}.\n:::\n',
      bodyLabel: t('cms.body'),
    });
    // The facts, once, in the original.
    await fillAlgorithmFacts(form, uk);
    await form.slug().getByRole('textbox').fill('phone-fraudsters');

    await uk.getByRole('radio', { name: 'Англійська' }).first().click();
    const en = form.language('Англійська');
    await fillAlgorithmWords(form, en, {
      title: 'If fraudsters call you',
      summary: 'What to do if fraudsters call you, and where to report it.',
      note: 'First version.',
      publisher: 'National Police of Ukraine',
      sources: [
        ['First guidance page', 'https://example.gov.ua/guidance/one'],
        ['Second guidance page', 'https://example.gov.ua/guidance/two'],
      ],
      keyword: 'fraudsters',
      body: ':::callout{level="immediate" contact="police"}\n- fraudsters threaten you or demand money.\n:::\n\n:::steps\n1. Hang up.\n2. Call :call{contact="police"}.\n:::\n',
      bodyLabel: t('cms.body'),
    });
    await (await form.control(en, 'translationOf', 'spinbutton')).fill('1');
    await form.save();
    await expect.poll(async () => Object.keys(await form.savedFiles()).sort(), { timeout: 10_000 }).toEqual(['content/algorithms/en/phone-fraudsters.mdx', 'content/algorithms/uk/phone-fraudsters.mdx']);

    // The repository with the editor's files in it, as the pull request would make it.
    const contentDir = 'tests/.output/content/web-editor';
    const root = path.join(projectRoot, contentDir);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
    for (const [file, text] of Object.entries(await form.savedFiles())) writeFileSync(path.join(root, file.replace(/^content\//, '')), text);
    expect(checkContent(projectRoot, contentDir).problems).toEqual([]);

    const dist = path.join(outputDir, 'web-editor-dist');
    const { code, output } = await runAstro(['build', '--outDir', dist], { SAFE_CITY_CONTENT: contentDir });
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
});
