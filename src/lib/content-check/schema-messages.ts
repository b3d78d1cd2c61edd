import { z } from 'astro/zod';
import type { SourceRecord } from './source-files';
import type { Problem } from './problem';

interface FieldDoc {
  description?: string | undefined;
  example?: unknown;
}

type AnySchema = z.core.$ZodType;

/** Wrappers that only add optionality, defaults or conversion; the field is inside them. */
function unwrapOnce(schema: AnySchema): AnySchema | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'nonoptional'].includes(def.type)) return def.innerType as AnySchema;
  if (def.type === 'pipe') {
    const input = def.in as AnySchema;
    return input._zod.def.type === 'transform' ? (def.out as AnySchema) : input;
  }
  return undefined;
}

function docOf(schema: AnySchema | undefined): FieldDoc {
  for (let current = schema; current; current = unwrapOnce(current)) {
    const meta = z.globalRegistry.get(current) as { description?: string; examples?: unknown[] } | undefined;
    if (meta?.description || meta?.examples) return { description: meta.description, example: meta.examples?.[0] };
  }
  return {};
}

function childOf(schema: AnySchema | undefined, key: string | number): AnySchema | undefined {
  for (let current = schema; current; current = unwrapOnce(current)) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') return (def.shape as Record<string, AnySchema>)[String(key)];
    if (def.type === 'array') return def.element as AnySchema;
  }
  return undefined;
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

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const value = received(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `this field is required but missing`
        : `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, but found ${showValue(value)}`;
    case 'invalid_value':
      if (value === undefined) return 'this field is required but missing';
      return `"${showValue(value)}" is not allowed here; use one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return value === '' ? 'this field is empty' : `too short: at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `too long: ${String(value).length} characters, at most ${issue.maximum}`;
      if (issue.origin === 'array') return `too many items: at most ${issue.maximum}`;
      return `must be at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

/** Validate one record and turn each schema issue into a problem an editor can act on. */
export function schemaProblems(schema: z.ZodType, record: SourceRecord, extra: Record<string, unknown> = {}): { data?: unknown; problems: Problem[] } {
  const result = schema.safeParse({ ...record.data, ...extra });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const fieldPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const doc = fieldDoc(schema, issue.path);
    const field = String(issue.path.at(-1) ?? 'value');
    const missing = received(record.data, issue.path) === undefined && issue.code !== 'unrecognized_keys';
    const fixParts = [
      issue.code === 'unrecognized_keys'
        ? 'remove it, or check its spelling against the field reference in CONTRIBUTING.md.'
        : missing && typeof field === 'string' && !/^\d+$/.test(field)
          ? `add a line "${field}: …" to the frontmatter.`
          : undefined,
      issue.code === 'unrecognized_keys' ? undefined : doc.description,
      doc.example !== undefined && issue.code !== 'unrecognized_keys' ? `For example: ${field}: ${showValue(doc.example)}` : undefined,
    ].filter(Boolean);
    return {
      file: record.file,
      line: record.lineOf(fieldPath as (string | number)[]),
      field: fieldPath.map(String).join('.') || undefined,
      message: describeIssue(issue, record.data),
      fix: fixParts.length > 0 ? fixParts.join(' ') : undefined,
    };
  });
  return { problems };
}
