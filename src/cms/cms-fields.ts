import type { Lang } from '../i18n/locales';
import { fieldLabel, schemaText } from '../i18n/schema-text';
import { useTranslations } from '../i18n/translator';
import type { UiKey } from '../i18n/ui';
import { calendarDate } from '../schemas/fields';
import { checksOf, defOf, objectFields, unwrap, type AnySchema, type FieldMeta, type SchemaDef } from '../lib/schema-shape';

/**
 * The web editor's form for a schema: one field per schema field, with the rules the editor can
 * check before saving (required, lengths, patterns, lists of allowed values) and their messages
 * in the check's words. What the editor cannot check (a rule across fields) the content check
 * still catches on the pull request.
 */

/** An option of a select list: what the editor sees and what the file gets. */
export interface CmsOption {
  label: string;
  value: string;
}

export interface FieldContext {
  /** The language hints and messages are written in: the content check's. */
  lang: Lang;
  /**
   * Fields that are facts rather than language, as dotted paths (`*` for every item of a list):
   * entered once in the original and copied into every translation. Undefined for a collection
   * without translations.
   */
  sharedFields?: readonly string[] | undefined;
  /** The allowed values of fields that name a record elsewhere, by dotted path. */
  choices: Record<string, CmsOption[]>;
}

/** A field of the editor's form, in its configuration's terms (Sveltia CMS's `Field`). */
export interface CmsField {
  name: string;
  [option: string]: unknown;
}

const dateShape = unwrap(calendarDate).inner;

interface StringCheck {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  error?: (issue: object) => unknown;
}


/** The message a rule gives, in the check's language: the same words the content check uses. */
function ruleMessage(check: StringCheck, lang: Lang): string | undefined {
  const english = check.error?.({});
  return typeof english === 'string' ? schemaText(lang, english) : undefined;
}

/** What a string schema allows, as the editor's string field options. */
function stringRules(def: SchemaDef, lang: Lang): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const check of checksOf<StringCheck>(def)) {
    if (check.check === 'min_length' && check.minimum! > 1) rules.minlength = check.minimum;
    if (check.check === 'max_length') rules.maxlength = check.maximum;
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) rules.pattern = [check.pattern.source, ruleMessage(check, lang) ?? check.pattern.source];
  }
  // A web address is a string schema of its own (z.url), its rule on the schema itself.
  if (def.format === 'url') rules.pattern = ['^https?://\\S+$', ruleMessage(def as unknown as StringCheck, lang) ?? 'https://…'];
  return rules;
}

function listLimits(def: SchemaDef): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const check of checksOf<StringCheck>(def)) {
    if (check.check === 'min_length') limits.min = check.minimum!;
    if (check.check === 'max_length') limits.max = check.maximum!;
  }
  return limits;
}

/**
 * Whether a field is shared between the original and its translations: `duplicate` (entered
 * once, copied), or translated on its own (`true`). A group with a shared part is translated,
 * and its shared parts say so themselves.
 */
function i18nOf(path: string, context: FieldContext): Record<string, unknown> {
  if (!context.sharedFields) return {};
  return { i18n: context.sharedFields.includes(path) ? 'duplicate' : true };
}

function withinShared(path: string, context: FieldContext): boolean {
  return Boolean(context.sharedFields?.some((shared) => path.startsWith(`${shared}.`)));
}

/**
 * The allowed values of a field, each shown by the words the pages use for it where the schema
 * names them (`namedValues`), so an editor picks «люди похилого віку», and the file gets
 * `older-people`.
 */
function valueOptions(def: SchemaDef, meta: FieldMeta, lang: Lang): (string | CmsOption)[] {
  const values = Object.values(def.entries as Record<string, string>);
  if (!meta.labels) return values;
  const t = useTranslations(lang);
  return values.map((value) => ({ label: t(`${meta.labels}.${value}` as UiKey), value }));
}

/** The editor's field for one schema field at `path` (dotted, `*` for list items). */
export function cmsField(name: string, schema: AnySchema, path: string, context: FieldContext): CmsField {
  const { inner, optional, meta } = unwrap(schema);
  const def = defOf(inner);
  const base: CmsField = {
    name,
    label: fieldLabel(context.lang, name),
    ...(meta.description ? { hint: schemaText(context.lang, meta.description) } : {}),
    required: !optional,
    // A shared group's parts follow the group: only the group itself is marked.
    ...(withinShared(path, context) ? {} : i18nOf(path, context)),
  };

  const choices = context.choices[path];
  if (choices) return { ...base, widget: 'select', options: choices };

  if (inner === dateShape) return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  switch (def.type) {
    case 'string':
      return { ...base, widget: 'string', ...stringRules(def, context.lang) };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int', ...numberLimits(def) };
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'enum':
      return { ...base, widget: 'select', options: valueOptions(def, meta, context.lang) };
    case 'object':
      return { ...base, widget: 'object', fields: cmsFields(inner, context, `${path}.`) };
    case 'array':
      return { ...base, ...listField(def, path, context), ...listLimits(def) };
    default:
      throw new Error(`The web editor has no field for the schema type "${def.type}" (${path}): add one in src/cms/cms-fields.ts.`);
  }
}

function numberLimits(def: SchemaDef): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const { check: kind, value, inclusive } of checksOf<{ check: string; value: number; inclusive: boolean }>(def)) {
    if (kind === 'greater_than') limits.min = inclusive ? value : value + 1;
    if (kind === 'less_than') limits.max = inclusive ? value : value - 1;
  }
  return limits;
}

/** A list: a multiple choice for ids or allowed values, a list of groups, or a list of texts. */
function listField(def: SchemaDef, path: string, context: FieldContext): Record<string, unknown> {
  const itemPath = `${path}.*`;
  const { inner: element, meta: elementMeta } = unwrap(def.element as AnySchema);
  const elementDef = defOf(element);
  const choices = context.choices[itemPath];
  if (choices) return { widget: 'select', multiple: true, options: choices };
  if (elementDef.type === 'enum') return { widget: 'select', multiple: true, options: valueOptions(elementDef, elementMeta, context.lang) };
  if (elementDef.type === 'object') return { widget: 'list', fields: cmsFields(element, context, `${itemPath}.`) };
  // The items are translated or shared as the list is.
  const item = cmsField('item', def.element as AnySchema, itemPath, { ...context, sharedFields: undefined });
  return { widget: 'list', field: { ...item, hint: undefined, ...i18nOf(path, context) } };
}

/**
 * The editor's fields for every field of an object schema. A field with one possible value
 * (an entry's `type`) is left to the schema's default, so files stay as editors write them.
 */
export function cmsFields(schema: AnySchema, context: FieldContext, prefix = ''): CmsField[] {
  return objectFields(schema)
    .filter(([, field]) => defOf(unwrap(field).inner).type !== 'literal')
    .map(([key, field]) => cmsField(key, field, `${prefix}${key}`, context));
}

const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase()}${text.slice(1)}`;

/**
 * An entry's form in two parts: the fields that say something, and after them the technical
 * ones (records kept rather than words: the registry's `technicalFields`), each named
 * «Додатково: …». Sveltia CMS folds fields together only inside a group field, which would nest
 * them in the file; so they stay top-level and come last, and their lists fold once they have items.
 */
export function splitTechnical(fields: CmsField[], technical: readonly string[], lang: Lang): { content: CmsField[]; technical: CmsField[] } {
  const t = useTranslations(lang);
  const unknown = technical.filter((name) => !fields.some((field) => field.name === name));
  if (unknown.length) throw new Error(`Technical fields without a field of the schema: ${unknown.join(', ')} (src/site-structure.ts).`);
  return {
    content: fields.filter((field) => !technical.includes(field.name)),
    technical: fields
      .filter((field) => technical.includes(field.name))
      .map((field) => ({ ...field, label: `${t('cms.advanced')}: ${lowerFirst(String(field.label))}`, ...(field.widget === 'list' ? { minimize_collapsed: 'auto' } : {}) })),
  };
}
