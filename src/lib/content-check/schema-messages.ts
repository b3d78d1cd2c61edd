import { z } from 'astro/zod';
import { defaultLang, type Lang } from '../../i18n/locales';
import { schemaText } from '../../i18n/schema-text';
import { useTranslations, type Translator } from '../../i18n/translator';
import type { UiKey } from '../../i18n/ui';
import type { SourceRecord } from './source-files';
import type { Problem } from './problem';
import { childOf, metaOf, unwrapOnce, type AnySchema } from '../schema-shape';

interface FieldDoc {
  description?: string | undefined;
  example?: unknown;
}

function docOf(schema: AnySchema | undefined): FieldDoc {
  for (let current = schema; current; current = unwrapOnce(current)) {
    const meta = metaOf(current);
    if (meta?.description || meta?.examples) return { description: meta.description, example: meta.examples?.[0] };
  }
  return {};
}

/** The description and example of the field at `path`, where the schema gives them. */
export function fieldDoc(schema: AnySchema, path: PropertyKey[]): FieldDoc {
  let current: AnySchema | undefined = schema;
  for (const key of path) current = childOf(current, key as string | number);
  return docOf(current);
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function received(data: Record<string, unknown>, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

function expectedType(expected: string, t: Translator): string {
  if (expected === 'array' || expected === 'object' || expected === 'string' || expected === 'number' || expected === 'boolean') return t(`check.field.type.${expected}`);
  return t('check.field.type.other', { type: expected });
}

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>, t: Translator): string {
  const value = received(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? t('check.field.missing') : t('check.field.wrongType', { expected: expectedType(issue.expected, t), value: showValue(value) });
    case 'invalid_value':
      if (value === undefined) return t('check.field.missing');
      return t('check.field.notAllowed', { value: showValue(value), values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return t(issue.keys.length > 1 ? 'check.field.unknownMany' : 'check.field.unknown', { names: issue.keys.map((key) => `"${key}"`).join(', ') });
    case 'too_small':
      if (issue.origin === 'array') return t.plural('check.field.tooFewItems', Number(issue.minimum));
      if (issue.origin === 'string') return value === '' ? t('check.field.empty') : t('check.field.tooShort', { minimum: Number(issue.minimum) });
      return t('check.field.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('check.field.tooLong', { length: String(value).length, maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return t('check.field.tooManyItems', { maximum: Number(issue.maximum) });
      return t('check.field.tooBig', { maximum: Number(issue.maximum) });
    default: {
      // The schemas' own rules say what is wrong in English; the check says it in its language:
      // a rule with values names its message key, a fixed one is translated by its English.
      const params = (issue as { params?: { key?: string; vars?: Record<string, string | number> } }).params;
      if (params?.key) return t(params.key as UiKey, params.vars);
      return schemaText(t.lang, issue.message);
    }
  }
}

/** Where to add a missing field: a line of the frontmatter, or of one of its lists' items. */
function missingFix(path: PropertyKey[], field: string, t: Translator): string {
  if (path.length === 1) return t('check.field.missing.fix', { field });
  const [list, item] = path;
  if (typeof item === 'number') return t('check.field.missingInItem.fix', { field, list: String(list), item: item + 1 });
  return t('check.field.missingIn.fix', { field, parent: path.slice(0, -1).map(String).join('.') });
}

/** Validate one record and turn each schema issue into a problem an editor can act on. */
export function schemaProblems(schema: z.ZodType, record: SourceRecord, lang: Lang = defaultLang): { data?: unknown; problems: Problem[] } {
  const t = useTranslations(lang);
  const result = schema.safeParse(record.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const fieldPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const doc = fieldDoc(schema, issue.path);
    const field = String(issue.path.at(-1) ?? 'value');
    const missing = received(record.data, issue.path) === undefined && issue.code !== 'unrecognized_keys';
    const fixParts = [
      issue.code === 'unrecognized_keys'
        ? t('check.field.unknown.fix')
        : missing && typeof field === 'string' && !/^\d+$/.test(field)
          ? missingFix(issue.path, field, t)
          : undefined,
      issue.code === 'unrecognized_keys' || !doc.description ? undefined : schemaText(lang, doc.description),
      doc.example !== undefined && issue.code !== 'unrecognized_keys' ? t('check.field.example', { field, example: showValue(doc.example) }) : undefined,
    ].filter(Boolean);
    return {
      file: record.file,
      line: record.lineOf(fieldPath as (string | number)[]),
      field: fieldPath.map(String).join('.') || undefined,
      message: describeIssue(issue, record.data, t),
      fix: fixParts.length > 0 ? fixParts.join(' ') : undefined,
    };
  });
  return { problems };
}
