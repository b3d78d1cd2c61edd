import { z } from 'astro/zod';

/**
 * How to read a field's shape out of a schema: what kind of value it holds, whether it may be
 * left out, and what it says about itself. The field reference and the web editor's
 * configuration both describe the schemas' fields, and read them the same way here.
 */

export type AnySchema = z.core.$ZodType;
export type SchemaDef = Record<string, unknown> & { type: string };
export interface FieldMeta {
  description?: string;
  examples?: unknown[];
  /**
   * For a list of allowed values: the UI strings that name each value to people, by the keys'
   * common start (`audience` for `audience.adults`, …). See `namedValues` in schemas/fields.ts.
   */
  labels?: string;
}

export const defOf = (schema: AnySchema) => schema._zod.def as unknown as SchemaDef;
export const metaOf = (schema: AnySchema) => z.globalRegistry.get(schema) as FieldMeta | undefined;

/**
 * The schema a wrapper holds, for wrappers that only add optionality, a default or a conversion
 * (the field is inside them); undefined for any other schema.
 */
export function unwrapOnce(schema: AnySchema): AnySchema | undefined {
  const def = defOf(schema);
  if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'nonoptional'].includes(def.type)) return def.innerType as AnySchema;
  if (def.type === 'pipe') return defOf(def.in as AnySchema).type === 'transform' ? (def.out as AnySchema) : (def.in as AnySchema);
  return undefined;
}

/** Peel optional/default/pipe wrappers, noting whether the field may be left out. */
export function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; meta: FieldMeta } {
  let optional = false;
  let meta = metaOf(schema) ?? {};
  let current = schema;
  for (let next = unwrapOnce(current); next; next = unwrapOnce(current)) {
    if (['optional', 'default'].includes(defOf(current).type)) optional = true;
    current = next;
    meta = { ...(metaOf(current) ?? {}), ...meta };
  }
  return { inner: current, optional, meta };
}

/** The rules (length, pattern, bounds) a schema checks, each as its definition. */
export function checksOf<Check>(def: SchemaDef): Check[] {
  return ((def.checks as AnySchema[] | undefined) ?? []).map((check) => defOf(check) as unknown as Check);
}

/** The schema of a field (`key`) of an object, or of an item of an array, through any wrappers. */
export function childOf(schema: AnySchema | undefined, key: string | number): AnySchema | undefined {
  for (let current = schema; current; current = unwrapOnce(current)) {
    const def = defOf(current);
    if (def.type === 'object') return (def.shape as Record<string, AnySchema>)[String(key)];
    if (def.type === 'array') return def.element as AnySchema;
  }
  return undefined;
}

/** The fields of an object schema by name, or none for any other schema. */
export function objectFields(schema: AnySchema): [string, AnySchema][] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  return def.type === 'object' ? Object.entries(def.shape as Record<string, AnySchema>) : [];
}
