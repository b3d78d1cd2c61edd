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
}

export const defOf = (schema: AnySchema) => schema._zod.def as unknown as SchemaDef;
export const metaOf = (schema: AnySchema) => z.globalRegistry.get(schema) as FieldMeta | undefined;

/** Peel optional/default/pipe wrappers, noting whether the field may be left out. */
export function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; meta: FieldMeta } {
  let optional = false;
  let meta = metaOf(schema) ?? {};
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') optional = true;
    let next: AnySchema | undefined;
    if (['optional', 'default', 'nullable', 'readonly'].includes(def.type)) next = def.innerType as AnySchema;
    else if (def.type === 'pipe') next = defOf(def.in as AnySchema).type === 'transform' ? (def.out as AnySchema) : (def.in as AnySchema);
    if (!next) return { inner: current, optional, meta };
    current = next;
    meta = { ...(metaOf(current) ?? {}), ...meta };
  }
}

/** The fields of an object schema by name, or none for any other schema. */
export function objectFields(schema: AnySchema): [string, AnySchema][] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  return def.type === 'object' ? Object.entries(def.shape as Record<string, AnySchema>) : [];
}
