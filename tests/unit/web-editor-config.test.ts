import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsSettings } from '../../src/cms/cms-config';
import { defaultLang, langCodes } from '../../src/i18n/locales';
import { schemaText } from '../../src/i18n/schema-text';
import { fieldRows } from '../../src/lib/reference/field-reference';
import { dataCollections, entryCollections } from '../../src/site-structure';
import { editorStarters, templateContext } from '../../src/lib/scaffold/templates';

interface ConfigField {
  name: string;
  widget?: string;
  i18n?: unknown;
  required?: boolean;
  options?: unknown[];
  multiple?: boolean;
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
  slug?: { editable: string[]; pattern: [string, string] };
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
    expect(fieldAt(fields, 'status')).toMatchObject({ widget: 'select', options: ['field-testing', 'published', 'retired'] });
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
    // With a preview path, the editor would otherwise add an "aliases" field the schemas refuse.
    expect(config.collections.filter((candidate) => candidate.folder && (candidate as unknown as { aliases_field?: unknown }).aliases_field !== false).map((candidate) => candidate.name)).toEqual([]);
  });
});
