import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { useTranslations } from '../../src/i18n/translator';
import { checkContent } from '../../src/lib/content-check';
import { runAstro } from '../support/astro-cli';
import { useBrowser } from '../support/browser';
import { fixtureContent } from '../support/fixture-content';
import { fillAlgorithmFacts, fillAlgorithmWords, markdownModeButton, testBackendButton, useTestBackend, WebEditorForm } from '../../scripts/support/web-editor-form';
import { page as builtPage } from '../support/dist-pages';
import { outputDir, projectRoot } from '../support/paths';
import { contentFiles, realRecord } from '../support/real-content';

/**
 * The text field of the web editor at /admin/ in rich text, with the components for the
 * authoring vocabulary (src/cms/editor-components.ts): every real algorithm and lesson opens
 * and stays byte for byte what it was, and steps, a care card, a call and a source inserted
 * through the components make a text that passes the content check and builds.
 */
const browser = useBrowser();
const contexts: BrowserContext[] = [];
const t = useTranslations('uk');

afterAll(async () => {
  for (const context of contexts) await context.close();
});

/** A tab in a fresh browser, signed in to the test backend, whose repository holds `files`. */
async function signedIn(files: Record<string, string>): Promise<{ tab: Page; form: WebEditorForm }> {
  const context = await browser().newContext({ locale: 'uk-UA', viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  await useTestBackend(context);
  const tab = await context.newPage();
  const form = new WebEditorForm(tab);
  await tab.goto(`${inject('baseUrl')}/admin/`);
  await tab.getByRole('button', { name: testBackendButton }).waitFor();
  await form.seedRepository(files);
  await tab.getByRole('button', { name: testBackendButton }).click();
  await tab.getByRole('button', { name: 'Створити запис або ресурси' }).waitFor();
  return { tab, form };
}

describe('the text field in rich text, with the vocabulary’s components', () => {
  it('opens every real algorithm and lesson, in both languages, without changing a byte of its text', { timeout: 1_500_000 }, async () => {
    const repository = contentFiles();
    const { tab, form } = await signedIn(repository);
    const entries = ['algorithms', 'lessons'].flatMap((collection) =>
      readdirSync(path.join(projectRoot, 'content', collection, 'uk')).map((file) => [collection, file.replace(/\.mdx$/, '')] as const),
    );
    expect(entries.length).toBeGreaterThanOrEqual(27);
    const changed: string[] = [];
    for (const [collection, slug] of entries) {
      await tab.goto(`${inject('baseUrl')}/admin/#/collections/${collection}/entries/${slug}`);
      for (const lang of ['Українська', 'Англійська']) {
        // One language's form at a time: the other's tab shows it.
        await tab.getByRole('radio', { name: lang }).first().waitFor();
        if ((await form.language(lang).count()) === 0) await tab.getByRole('radio', { name: lang }).first().click();
        const body = await form.reveal(form.language(lang), t('cms.body'));
        await body.locator('.lexical-root').first().waitFor();
        // The text is in rich text, in components: a list of steps or a lesson's rules.
        await body.getByRole('group', { name: /:::(?:steps|rules)\)$/ }).first().waitFor();
      }
      // The editor writes the text back from its components a moment after it draws them; a
      // text that came back other than it was would be a change to save.
      await tab.waitForTimeout(1500);
      if (await tab.getByRole('button', { name: 'Зберегти' }).isEnabled()) changed.push(`${collection}/${slug}`);
      await tab.goto(`${inject('baseUrl')}/admin/#/collections/${collection}`);
    }
    expect(changed).toEqual([]);

    // Saved after a change elsewhere, the text is the file's, byte for byte.
    await tab.goto(`${inject('baseUrl')}/admin/#/collections/algorithms/entries/drone-attack`);
    if ((await form.language('Українська').count()) === 0) await tab.getByRole('radio', { name: 'Українська' }).first().click();
    await (await form.reveal(form.language('Українська'), t('cms.body'))).locator('.lexical-root').first().waitFor();
    await (await form.control(form.language('Українська'), 'reviewed', 'date')).fill('2026-12-01');
    await form.save();
    const file = 'content/algorithms/uk/drone-attack.mdx';
    await expect.poll(async () => (await form.savedFiles())[file] !== repository[file]).toBe(true);
    expect(bodyOf((await form.savedFiles())[file]!)).toBe(bodyOf(repository[file]!));
    await tab.close();
  });

  it('makes steps, an immediate-danger card, a call and a source through the components, as a text that passes the check and builds', async () => {
    const { tab, form } = await signedIn({});
    await tab.goto(`${inject('baseUrl')}/admin/#/collections/algorithms/new`);
    const uk = form.language('Українська');
    // The words first, the text left as the starter has it; the facts; the file name.
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
      body: '',
      bodyLabel: t('cms.body'),
    });
    await fillAlgorithmFacts(form, uk);
    await form.slug().getByRole('textbox').fill('phone-fraudsters');

    // The text emptied in Markdown, then made in rich text from the Insert menu.
    const body = await form.reveal(uk, t('cms.body'));
    await body.getByRole('button', { name: markdownModeButton }).click();
    const editor = body.locator('.lexical-root').first();
    await editor.waitFor();
    const insert = async (label: string) => {
      await body.getByRole('button', { name: 'Вставити' }).click();
      await tab.getByRole('menuitem', { name: label }).click();
    };
    const pickContact = async (scope: Locator, id: string) => {
      const box = form.fieldGroup(scope, 'contact').getByRole('combobox').first();
      await box.click();
      await tab.getByRole('option', { name: new RegExp(`\\(${id}\\)$`) }).click();
      await expect.poll(() => box.innerText()).toContain(`(${id})`);
    };

    await insert(t('cms.component.callout'));
    const card = body.getByRole('group', { name: t('cms.component.callout') });
    await form.fieldGroup(card, 'level').getByRole('radio', { name: /\(immediate\)$/ }).click();
    await pickContact(card, 'police');
    await (await form.control(card, t('cms.component.text'), 'textbox')).fill('- шахраї погрожують вам або вимагають гроші. :source[npu-one]');

    await editor.press('Control+End');
    await insert(t('cms.component.steps'));
    const steps = body.getByRole('group', { name: t('cms.component.steps') });
    for (const [anchor, text, sources] of [
      ['hang-up', 'Покладіть слухавку.', 'npu-one'],
      ['', 'Повідомте поліцію.', 'npu-one, npu-two'],
    ] as const) {
      const step = await form.addItem(steps, t('cms.component.stepList'));
      if (anchor) await (await form.control(step, 'anchor', 'textbox')).fill(anchor);
      await (await form.control(step, t('cms.component.text'), 'textbox')).fill(text);
      await (await form.control(step, 'source', 'textbox')).fill(sources);
    }

    // A line with a call and a source in it. The menu puts a new paragraph after what it
    // inserts, even inside a line: Backspace joins it back, as an editor would.
    await editor.press('Control+End');
    await tab.keyboard.type('Дзвінок безкоштовний: ');
    await insert(t('cms.component.call'));
    const call = tab.getByRole('dialog', { name: t('cms.component.call') });
    await pickContact(call, 'police');
    await call.getByRole('button', { name: 'Вставити' }).click();
    // A closing dialog gives the focus back to the Insert button: keys pressed before it has
    // closed would land there on a slow machine, not in the text.
    await call.waitFor({ state: 'hidden' });
    await editor.press('Control+End');
    await tab.keyboard.press('Backspace');
    await tab.keyboard.type('. ');
    await insert(t('cms.component.source'));
    const source = tab.getByRole('dialog', { name: t('cms.component.source') });
    await (await form.control(source, 'source', 'textbox')).fill('npu-two');
    await source.getByRole('button', { name: 'Вставити' }).click();
    await source.waitFor({ state: 'hidden' });
    await editor.press('Control+End');
    await tab.keyboard.press('Backspace');

    const expected = [
      ':::callout{level="immediate" contact="police"}',
      '- шахраї погрожують вам або вимагають гроші. :source[npu-one]',
      ':::',
      '',
      ':::steps',
      '1. :anchor{#hang-up} Покладіть слухавку. :source[npu-one]',
      '2. Повідомте поліцію. :source[npu-one, npu-two]',
      ':::',
      '',
      'Дзвінок безкоштовний: :call{contact="police"}. :source[npu-two]',
    ].join('\n');
    // The text as the components wrote it, in Markdown.
    await expect.poll(async () => (await form.markdownBody(uk, t('cms.body'))).inputValue().then((text) => text.trimEnd())).toBe(expected);

    // The translation, in Markdown as before; then saved.
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
      body: ':::callout{level="immediate" contact="police"}\n- fraudsters threaten you or demand money. :source[npu-one]\n:::\n\n:::steps\n1. :anchor{#hang-up} Hang up. :source[npu-one]\n2. Report it to the police. :source[npu-one, npu-two]\n:::\n\nThe call is free: :call{contact="police"}. :source[npu-two]\n',
      bodyLabel: t('cms.body'),
    });
    await (await form.control(en, 'translationOf', 'spinbutton')).fill('1');
    await form.save();
    const files = ['content/algorithms/en/phone-fraudsters.mdx', 'content/algorithms/uk/phone-fraudsters.mdx'];
    await expect.poll(async () => Object.keys(await form.savedFiles()).sort()).toEqual(files);
    const saved = await form.savedFiles();
    // The editor leaves a blank line after the frontmatter, as the site's files have it.
    expect(bodyOf(saved[files[1]!]!)).toBe(`\n${expected}\n`);
    await tab.close();

    // The content check, beside the real content, and a build of the small fixture site.
    const contentDir = 'tests/.output/content/editor-components';
    const root = path.join(projectRoot, contentDir);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
    for (const [file, text] of Object.entries(saved)) writeFileSync(path.join(root, file.replace(/^content\//, '')), text);
    expect(checkContent(projectRoot, contentDir).problems).toEqual([]);
    const site = fixtureContent('editor-components-site', [
      { file: 'data/categories.yaml', text: (old) => `${old}\n${realRecord('categories.yaml', 'fraud')}` },
      { file: 'data/organisations.yaml', text: (old) => `${old}\n${realRecord('organisations.yaml', 'safe-city-editors')}` },
      ...Object.entries(saved).map(([file, text]) => ({ file: file.replace(/^content\//, ''), text })),
    ]);
    const dist = path.join(outputDir, 'editor-components-dist');
    const { code, output } = await runAstro(['build', '--outDir', dist], { SAFE_CITY_CONTENT: site });
    expect(code, output).toBe(0);
    const $ = builtPage('/uk/algorithms/phone-fraudsters/', dist);
    expect($('.callout--immediate').length).toBe(1);
    expect($('li.step').length).toBe(2);
    expect($('#hang-up').length).toBe(1);
    expect($('a[href^="tel:"]').length).toBeGreaterThanOrEqual(2);
  });
});

/** An entry file's text after its frontmatter, as written. */
function bodyOf(text: string): string {
  return /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(text)?.[1] ?? '';
}
