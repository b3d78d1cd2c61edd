import type { BrowserContext, Locator, Page } from 'playwright-core';
import { useTranslations } from '../../src/i18n/translator';

/**
 * Drives the web editor at /admin/ (Sveltia CMS) as an editor would, by what its Ukrainian
 * interface says: for the browser test and for the screenshots in CONTRIBUTING.
 */

/**
 * The site's editor saves to GitHub; its test backend keeps what it saves in the browser's own
 * storage. `servedFrom` is where the configuration really is when the page's address is another.
 */
export async function useTestBackend(context: BrowserContext, servedFrom?: string): Promise<void> {
  await context.route(
    (url) => url.pathname.endsWith('/admin/config.yml'),
    async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch(servedFrom ? { url: `${servedFrom}${url.pathname}${url.search}` } : {});
      // The test backend has no pull requests to make: it saves straight away.
      const config = (await response.text()).replace(/^backend:\n(?: .*\n)+/m, 'backend:\n  name: test-repo\n').replace(/^publish_mode: .*\n/m, '');
      await route.fulfill({ response, body: config });
    },
  );
}

export const testBackendButton = 'Працювати з тестовим репозиторієм';

/** The button of a rich-text field that shows its Markdown. */
export const markdownModeButton = 'Редагувати в Markdown';

type Scope = Page | Locator;

export class WebEditorForm {
  constructor(readonly page: Page) {}

  /** The form of one language: `Українська`, `Англійська`. */
  language(name: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Редагувати вміст \\(.${name}.\\)$`) });
  }

  /** The field with key `key` ("Заголовок (title)") or label `key` ("Текст") within `scope`, drawn or not. */
  fieldGroup(scope: Scope, key: string): Locator {
    return scope.getByRole('group', { name: new RegExp(`^Поле «\\u2068?(?:[^«»]* \\()?${key}\\)?\\u2069?»$`) }).first();
  }

  /** A field, scrolled to: the editor draws the fields further down a form only as they come into view. */
  async reveal(scope: Scope, label: string): Promise<Locator> {
    const group = this.fieldGroup(scope, label);
    for (let tries = 0; (await group.count()) === 0 && tries < 40; tries += 1) {
      await scope.getByRole('group', { name: /^Поле «/ }).last().hover();
      await this.page.mouse.wheel(0, 600);
      await this.page.waitForTimeout(100);
    }
    await group.scrollIntoViewIfNeeded();
    return group;
  }

  async control(scope: Scope, label: string, role: 'textbox' | 'spinbutton' | 'combobox' | 'date'): Promise<Locator> {
    const group = await this.reveal(scope, label);
    return role === 'date' ? group.locator('input').first() : group.getByRole(role).first();
  }

  /**
   * The text field `label` in Markdown, as written: the field opens in rich text, with the
   * vocabulary's components; its "Edit in Markdown" button shows the text itself.
   */
  async markdownBody(scope: Scope, label: string): Promise<Locator> {
    const group = await this.reveal(scope, label);
    const toggle = group.getByRole('button', { name: markdownModeButton });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    return group.getByRole('textbox').first();
  }

  /**
   * Picks the option whose value is `id` from a select list: a record shown as `Name (id)`, or an
   * allowed value shown by its `label`.
   */
  async choose(scope: Scope, key: string, id: string, label?: string): Promise<void> {
    const group = await this.reveal(scope, key);
    const shown = (label ?? id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const name = new RegExp(`\\(${id}\\)$|^${shown}$`);
    const box = group.getByRole('combobox').first();
    // Chosen: among the chosen (several) or shown in the box (one choice). The box itself may not
    // be drawn yet when its field is (the form is still drawing fields below), so it is not
    // waited for here: the attempts below wait for it.
    const chosen = async () => (await group.getByRole('gridcell', { name }).count()) > 0 || ((await box.count()) > 0 && name.test((await box.innerText()).trim()));
    // The list can be drawn again while it opens: try again.
    for (let attempt = 0; attempt < 5 && !(await chosen()); attempt += 1) {
      try {
        await box.click({ timeout: 15_000 });
        await this.page.getByRole('option', { name }).click({ timeout: 15_000 });
      } catch {
        await this.page.keyboard.press('Escape');
        await group.scrollIntoViewIfNeeded();
      }
    }
    if (!(await chosen())) throw new Error(`Could not choose "${id}" in the field ${key}.`);
  }

  /** Adds an item to a list field and returns the new item. */
  async addItem(scope: Scope, label: string): Promise<Locator> {
    const list = await this.reveal(scope, label);
    await list.getByRole('button', { name: /^Додати/ }).last().click();
    return list.getByRole('group').filter({ has: this.page.getByRole('group', { name: /^Поле «/ }) }).last();
  }

  /** The file name of a new entry, in the side panel. */
  slug(): Locator {
    return this.page.getByRole('group', { name: 'Slug' });
  }

  save(): Promise<void> {
    return this.page.getByRole('button', { name: 'Зберегти' }).click();
  }

  /**
   * Puts files into the test backend's repository, by path from its root, as if they were in
   * the repository the editor works on. Call it before signing in.
   */
  seedRepository(files: Record<string, string>): Promise<void> {
    return this.page.evaluate(`(async (files) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
      for (const [file, text] of Object.entries(files)) {
        const parts = file.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    })(${JSON.stringify(files)})`);
  }

  /** The files the test backend saved, by path from the repository's root. */
  savedFiles(): Promise<Record<string, string>> {
    // A string, so that the function reaches the page exactly as written.
    return this.page.evaluate(`(async () => {
      const found = {};
      const walk = async (dir, prefix) => {
        for await (const [name, handle] of dir.entries()) {
          if (handle.kind === 'directory') await walk(handle, prefix + name + '/');
          else found[prefix + name] = await (await handle.getFile()).text();
        }
      };
      const root = await navigator.storage.getDirectory();
      try {
        await walk(await root.getDirectoryHandle('sveltia-cms-test'), '');
      } catch {}
      return found;
    })()`);
  }
}

/** What an algorithm says in one language: the words, which each language has its own of. */
export interface AlgorithmWords {
  title: string;
  summary: string;
  note: string;
  publisher: string;
  /** id, title, address. */
  sources: [string, string, string][];
  keyword: string;
  body: string;
  /** The label of the text field, from the UI strings. */
  bodyLabel: string;
}

/** Fills in the words of an algorithm in one language's form. */
export async function fillAlgorithmWords(form: WebEditorForm, scope: Locator, words: AlgorithmWords): Promise<void> {
  await (await form.control(scope, 'title', 'textbox')).fill(words.title);
  await (await form.control(scope, 'summary', 'textbox')).fill(words.summary);
  const change = await form.addItem(scope, 'changelog');
  await (await form.control(change, 'version', 'spinbutton')).fill('1');
  await (await form.control(change, 'date', 'date')).fill('2026-12-02');
  await (await form.control(change, 'note', 'textbox')).fill(words.note);
  for (const [id, title, url] of words.sources) {
    const source = await form.addItem(scope, 'sources');
    await (await form.control(source, 'id', 'textbox')).fill(id);
    await (await form.control(source, 'title', 'textbox')).fill(title);
    await (await form.control(source, 'url', 'textbox')).fill(url);
    await (await form.control(source, 'publisher', 'textbox')).fill(words.publisher);
    await (await form.control(source, 'checked', 'date')).fill('2026-12-02');
  }
  const keywords = await form.addItem(scope, 'keywords');
  await keywords.getByRole('textbox').last().fill(words.keyword);
  await (await form.markdownBody(scope, words.bodyLabel)).fill(words.body);
}

/** Fills in the facts of an algorithm, once, in the original's form: allowed values by their Ukrainian names. */
export async function fillAlgorithmFacts(form: WebEditorForm, scope: Locator): Promise<void> {
  const t = useTranslations('uk');
  await form.choose(scope, 'category', 'fraud');
  await form.choose(scope, 'audience', 'adults', t('audience.adults'));
  await (await form.reveal(scope, 'status')).getByRole('radio', { name: t('entryStatus.published'), exact: true }).check();
  await (await form.control(scope, 'version', 'spinbutton')).fill('1');
  await form.choose(scope, 'developedBy', 'safe-city-editors');
  await form.fieldGroup(await form.reveal(scope, 'fieldTesting'), 'status').getByRole('radio', { name: t('fieldTesting.not-tested'), exact: true }).check();
  await (await form.control(scope, 'reviewed', 'date')).fill('2026-12-02');
  await (await form.control(scope, 'nextReview', 'date')).fill('2027-06-02');
  await form.choose(scope, 'contacts', 'police');
}
