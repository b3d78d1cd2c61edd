import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsSettings } from '../../src/cms/cms-config';
import { defaultLang, langCodes, type Lang } from '../../src/i18n/locales';
import { schemaText } from '../../src/i18n/schema-text';
import { useTranslations } from '../../src/i18n/translator';
import { fieldRows } from '../../src/lib/reference/field-reference';
import { dataCollections, entryCollections } from '../../src/site-structure';
import { editorStarters, templateContext } from '../../src/lib/scaffold/templates';

interface ConfigField {
  name: string;
  label?: string;
  hint?: string;
  widget?: string;
  i18n?: unknown;
  required?: boolean;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  minimize_collapsed?: unknown;
  pattern?: [string, string];
  maxlength?: number;
  fields?: ConfigField[];
  field?: ConfigField;
}
interface ConfigCollection {
  name: string;
  folder?: string;
  fields?: ConfigField[];
  files?: { name: string; file: string; fields: ConfigField[] }[];
  slug?: { editable: string[]; pattern: [string, string]; hint?: string };
}

const settings: CmsSettings = {
  repository: 'safe-city-kherson/safe-city',
  branch: 'main',
  contentDir: 'content',
  lang: 'uk',
  siteUrl: 'https://example.org',
  base: '/',
  choices: {
    categories: [{ value: 'fraud', label: 'Шахрайство (fraud)' }],
    organisations: [{ value: 'safe-city-editors', label: 'Редакція (safe-city-editors)' }],
    contacts: [{ value: 'police', label: 'Поліція (police)' }],
    algorithms: [{ value: 'street-robbery', label: 'Пограбування (street-robbery)' }],
  },
  starters: { algorithms: ':::callout{level="immediate"}\n:::\n' },
};
const config = cmsConfig(settings) as unknown as { backend: Record<string, unknown>; publish_mode: string; i18n: Record<string, unknown>; collections: ConfigCollection[] };
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name)!;
/** The configuration with its hints and names in `lang`. */
const configIn = (lang: Lang) => cmsConfig({ ...settings, lang }) as unknown as { collections: ConfigCollection[] };

/** Every field of a configuration, nested ones too, with the form it is in. */
function everyField(collections: ConfigCollection[]): { form: string; field: ConfigField }[] {
  const walk = (form: string, fields: ConfigField[]): { form: string; field: ConfigField }[] =>
    fields.flatMap((field) => [{ form, field }, ...walk(form, [...(field.fields ?? []), ...(field.field ? [field.field] : [])])]);
  return collections.flatMap((candidate) => [...walk(candidate.name, candidate.fields ?? []), ...(candidate.files ?? []).flatMap((file) => walk(file.name, file.fields))]);
}

/** Every field of a form as a dotted path, `*` standing for a list's items, as the reference writes `[]`. */
function paths(fields: ConfigField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const nested = field.fields ? paths(field.fields, field.widget === 'list' ? `${path}[].` : `${path}.`) : [];
    return [path, ...nested];
  });
}
function fieldAt(fields: ConfigField[], path: string): ConfigField | undefined {
  const [head, ...rest] = path.split('.').filter((part) => part !== '*');
  const found = fields.find((field) => field.name === head);
  return rest.length && found?.fields ? fieldAt(found.fields, rest.join('.')) : found;
}

describe('the web editor’s configuration, made from the site map and the schemas', () => {
  it('has a form for every collection and every data file, writing where the content check reads', () => {
    for (const entry of entryCollections) expect(collection(entry.name).folder).toBe(`content/${entry.name}`);
    const files = config.collections.flatMap((candidate) => candidate.files ?? []);
    expect(files.map((file) => [file.name, file.file])).toEqual(dataCollections.map((data) => [data.name, `content/data/${data.name}.yaml`]));
  });

  it('has a field for every field of every schema, and no other (the field reference lists the same)', () => {
    for (const entry of entryCollections) {
      const form = paths(collection(entry.name).fields!).filter((path) => path !== 'body');
      expect(form.sort(), entry.name).toEqual(fieldRows(entry.schema).map((row) => row.path).sort());
    }
    for (const data of dataCollections) {
      const file = config.collections.flatMap((candidate) => candidate.files ?? []).find((candidate) => candidate.name === data.name)!;
      expect(paths(file.fields[0]!.fields!).sort(), data.name).toEqual(fieldRows(data.schema).map((row) => row.path).sort());
    }
  });

  it('asks for facts once, in the original, and for words in every language', () => {
    for (const entry of entryCollections) {
      const fields = collection(entry.name).fields!;
      for (const shared of entry.sharedFields) expect(fieldAt(fields, shared)?.i18n, `${entry.name}.${shared}`).toBe('duplicate');
      expect(fieldAt(fields, 'title')?.i18n).toBe(true);
    }
    expect(fieldAt(collection('algorithms').fields!, 'fieldTesting')?.i18n).toBe(true);
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: [...langCodes], default_locale: defaultLang });
  });

  it('says what each data file holds and its rules above its records, as its comments do, in the check’s language', () => {
    const contacts = config.collections.flatMap((candidate) => candidate.files ?? []).find((file) => file.name === 'contacts')!;
    expect((contacts.fields[0] as ConfigField & { hint: string }).hint).toMatch(/^Усі номери телефонів сайту.*окупаційної адміністрації/);
  });

  it('offers the ids of records and entries as lists to choose from', () => {
    const fields = collection('algorithms').fields!;
    expect(fieldAt(fields, 'category')).toMatchObject({ widget: 'select', options: settings.choices.categories });
    expect(fieldAt(fields, 'contacts')).toMatchObject({ widget: 'select', multiple: true, options: settings.choices.contacts });
    expect(fieldAt(fields, 'related')).toMatchObject({ widget: 'select', multiple: true, options: settings.choices.algorithms });
    expect(fieldAt(fields, 'reviewedBy.*.organisation')).toMatchObject({ widget: 'select', options: settings.choices.organisations });
  });

  it('offers every allowed value by the words the pages use for it, never by the bare value the file gets', () => {
    const records = new Set(Object.values(settings.choices).flat());
    for (const lang of langCodes) {
      const valueLists = everyField(configIn(lang).collections).filter(({ field }) => field.widget === 'select' && !field.options!.every((option) => records.has(option as never)));
      // statuses, audiences, capacities, age bands, field testing, record kinds, addressees, …
      expect(valueLists.length, lang).toBeGreaterThan(12);
      for (const { form, field } of valueLists) {
        for (const option of field.options!) {
          expect(option, `${lang}: ${form}.${field.name}`).toMatchObject({ label: expect.any(String), value: expect.any(String) });
          const { label, value } = option as { label: string; value: string };
          // In Ukrainian no value reads as its label; in English some are the same word ("adults").
          if (lang === 'uk') expect(label, `${lang}: ${form}.${field.name}`).not.toBe(value);
          // A UI string that is missing comes back as its key; a value of several words is a key.
          expect(label, `${lang}: ${form}.${field.name}`).not.toMatch(/^[\w-]+\.[\w.-]+$|^[a-z]+(-[a-z]+)+$/);
        }
      }
    }
    const t = useTranslations('uk');
    const algorithms = collection('algorithms').fields!;
    expect(fieldAt(algorithms, 'status')).toMatchObject({ widget: 'select', options: [{ value: 'field-testing' }, { value: 'published', label: t('entryStatus.published') }, { value: 'retired' }] });
    expect(fieldAt(algorithms, 'fieldTesting.status')!.options).toContainEqual({ value: 'not-tested', label: t('fieldTesting.not-tested') });
    expect(fieldAt(algorithms, 'audience')).toMatchObject({ multiple: true });
    expect(fieldAt(algorithms, 'audience')!.options).toContainEqual({ value: 'older-people', label: t('audience.older-people') });
    expect(fieldAt(algorithms, 'reviewedBy.*.capacity')!.options).toContainEqual({ value: 'rescue', label: t('capacity.rescue') });
    expect(fieldAt(collection('lessons').fields!, 'ageBand')!.options).toContainEqual({ value: '6-10', label: t('ageBand.6-10') });
    // A topic, like any record, is offered by its name with its id.
    expect(fieldAt(algorithms, 'category')!.options).toEqual([{ value: 'fraud', label: 'Шахрайство (fraud)' }]);
  });

  it('puts the records kept about an entry (old addresses, versions) after its text, named as such, in the same place in the file', () => {
    const t = useTranslations('uk');
    for (const entry of entryCollections) {
      const fields = collection(entry.name).fields!;
      const names = fields.map((field) => field.name);
      const technical = fields.filter((field) => entry.technicalFields.includes(field.name));
      expect(technical.map((field) => field.name).sort(), entry.name).toEqual([...entry.technicalFields].sort());
      // The text's own fields, the text, then the records: nothing of the text comes after them.
      expect(names.slice(names.length - technical.length), entry.name).toEqual(technical.map((field) => field.name));
      expect(names.indexOf('body'), entry.name).toBe(names.length - technical.length - 1);
      for (const field of fields) expect(field.label!.startsWith(`${t('cms.advanced')}: `), `${entry.name}.${field.name}`).toBe(technical.includes(field));
      for (const list of technical.filter((field) => field.widget === 'list')) expect(list.minimize_collapsed, `${entry.name}.${list.name}`).toBe('auto');
    }
    expect(collection('algorithms').fields!.slice(-4).map((field) => field.name)).toEqual(['previousIds', 'version', 'translationOf', 'changelog']);
    expect(fieldAt(collection('algorithms').fields!, 'version')!.label).toBe('Додатково: версія (version)');
    for (const entry of entryCollections.filter((candidate) => candidate.name !== 'pages')) expect(entry.technicalFields, entry.name).toContain('previousIds');
  });

  it('names and explains the file-name field in the editors’ language, though the editor itself calls it "Slug"', () => {
    for (const entry of entryCollections) {
      const hint = collection(entry.name).slug!.hint!;
      expect(hint, entry.name).toMatch(/^Назва файлу запису \(панель «Slug»/);
      expect(hint, entry.name).toContain(schemaText('uk', entry.idHint));
      expect(hint, entry.name).toContain('«.mdx» не пишіть');
    }
    expect(configIn('en').collections[0]!.slug!.hint).toMatch(/^The entry’s file name \(the “Slug” panel/);
  });

  it('writes its hints in plain words: no true or false, no file paths or commands, no bare values', () => {
    const valueWords = new Set(
      everyField(config.collections)
        .flatMap(({ field }) => field.options ?? [])
        .map((option) => (typeof option === 'string' ? option : option.value))
        .filter((value) => /^[a-z]+(-[a-z]+)+$/.test(value) && !Object.values(settings.choices).flat().some((record) => record.value === value)),
    );
    expect(valueWords).toContain('not-tested');
    for (const lang of langCodes) {
      const collections = configIn(lang).collections;
      const hints = [
        ...everyField(collections).filter(({ field }) => field.name !== 'body' && field.hint).map(({ form, field }) => [`${form}.${field.name}`, field.hint!]),
        ...collections.filter((candidate) => candidate.slug).map((candidate) => [`${candidate.name} file name`, candidate.slug!.hint!]),
      ];
      expect(hints.length, lang).toBeGreaterThan(100);
      for (const [where, hint] of hints) {
        expect(hint, `${lang}: ${where}`).not.toMatch(/\btrue\b|\bfalse\b|npm |content\/|\.ya?ml\b/);
        for (const word of hint!.match(/[a-z]+(?:-[a-z]+)+/g) ?? []) expect(valueWords.has(word), `${lang}: ${where}: "${word}"`).toBe(false);
      }
    }
  });

  it('checks what it can before saving, in the content check’s words', () => {
    const algorithms = collection('algorithms');
    expect(algorithms.slug).toMatchObject({ editable: ['create'], pattern: [entryCollections[0]!.idPattern.source, schemaText('uk', entryCollections[0]!.idHint)] });
    expect(algorithms.slug!.pattern[1]).toMatch(/^малими латинськими/);
    expect(fieldAt(algorithms.fields!, 'title')).toMatchObject({ required: true, maxlength: 90 });
    expect(fieldAt(algorithms.fields!, 'translationOf')?.required).toBe(false);
    expect(fieldAt(algorithms.fields!, 'sources.*.url')?.pattern).toEqual(['^https?://\\S+$', schemaText('uk', 'write a full web address starting with https://')]);
    const previousId = fieldAt(algorithms.fields!, 'previousIds')!.field!;
    expect(previousId.pattern![1]).toBe('використовуйте малі латинські літери, цифри й дефіси');
    const minutesId = collection('minutes').slug!.pattern;
    expect(new RegExp(minutesId[0]).test('2017-02-21-first-working-meeting')).toBe(true);
    expect(new RegExp(minutesId[0]).test('first-working-meeting')).toBe(false);
  });

  it('keeps the text as Markdown with its directives, in rich text with the components and raw, starting where `npm run new` starts', () => {
    type Body = ConfigField & { modes: string[]; default: string; hint: string; editor_components: string[] };
    const body = fieldAt(collection('algorithms').fields!, 'body') as Body;
    expect(body.modes).toEqual(['rich_text', 'raw']);
    // No pictures; a lesson's boxes in lessons only.
    expect(body.editor_components).toEqual(expect.arrayContaining(['steps', 'callout', 'dont', 'call', 'call-button', 'source']));
    expect(body.editor_components).not.toContain('image');
    expect(body.editor_components).not.toContain('rules');
    expect((fieldAt(collection('lessons').fields!, 'body') as Body).editor_components).toContain('rules');
    expect(body.default).toBe(settings.starters.algorithms);
    expect(body.hint).toContain(':::steps');
    expect(body.hint).toContain(':call');
  });

  it('starts a new lesson with every part a lesson needs, as `npm run new -- lesson` does', () => {
    const ids = (name: string) => (settings.choices[name as 'contacts'] ?? []).map((option) => option.value);
    const starters = editorStarters(templateContext('', new Date(), ids));
    const lessons = cmsConfig({ ...settings, starters }) as unknown as { collections: ConfigCollection[] };
    const body = fieldAt(lessons.collections.find((candidate) => candidate.name === 'lessons')!.fields!, 'body') as ConfigField & { default: string };
    expect(body.default).toBe(starters.lessons);
    expect(body.default.startsWith(':::rules\n')).toBe(true);
    expect(body.default.match(/^:::question$/gm)).toHaveLength(5);
    expect(body.default).toContain(':::practice');
    expect(body.default).toContain(':::parents');
    expect(body.default).toContain(':call{contact="police"}');
    expect(starters.algorithms.startsWith(':::callout{level="immediate"')).toBe(true);
  });

  it('saves every change as a pull request, signing in with a token unless an OAuth helper is set', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'github', repo: 'safe-city-kherson/safe-city', branch: 'main', auth_methods: ['token'], preview_context: 'preview-pr-' });
    const withHelper = cmsConfig({ ...settings, authUrl: 'https://auth.example.org' }) as unknown as { backend: Record<string, unknown> };
    expect(withHelper.backend).toEqual({ name: 'github', repo: 'safe-city-kherson/safe-city', branch: 'main', base_url: 'https://auth.example.org', preview_context: 'preview-pr-' });
  });

  it('opens an entry’s own page in a pull request’s preview, where the page will be, and never rewrites its frontmatter for it', () => {
    const previewPath = (name: string) => (collection(name) as unknown as { preview_path: string }).preview_path;
    expect(previewPath('algorithms')).toBe('{{locale}}/algorithms/{{slug}}/');
    expect(previewPath('pages')).toBe('{{locale}}/{{slug}}/');
    // In place of the editor's own preview pane, which would not draw the page as the site does.
    expect(config.collections.filter((candidate) => candidate.folder && (candidate as unknown as { editor?: { preview?: boolean } }).editor?.preview !== false).map((candidate) => candidate.name)).toEqual([]);
    // With a preview path, the editor would otherwise add an "aliases" field the schemas refuse.
    expect(config.collections.filter((candidate) => candidate.folder && (candidate as unknown as { aliases_field?: unknown }).aliases_field !== false).map((candidate) => candidate.name)).toEqual([]);
  });
});
