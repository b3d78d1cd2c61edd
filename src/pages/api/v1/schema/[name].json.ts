import type { APIRoute } from 'astro';
import { schemaPath } from '../../../../lib/permalinks';
import { absoluteUrl } from '../../../../lib/permalinks';
import { jsonSchemaOf, recordSchemas, type RecordSchemaName } from '../../../../open-data/record-schemas';

export const getStaticPaths = () => Object.keys(recordSchemas).map((name) => ({ params: { name } }));

/** The JSON Schema (draft 2020-12) of one kind of open-data file, generated from its zod schema. */
export const GET: APIRoute = ({ params }) => {
  const name = params.name as RecordSchemaName;
  const schema = jsonSchemaOf(name, absoluteUrl(schemaPath(name)));
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
