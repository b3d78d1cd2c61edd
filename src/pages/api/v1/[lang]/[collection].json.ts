import type { APIRoute } from 'astro';
import { langCodes } from '../../../../i18n/locales';
import { entriesIn } from '../../../../lib/entries';
import { absoluteUrl, apiPath, pathTo, schemaPath } from '../../../../lib/permalinks';
import { lastUpdate } from '../../../../open-data/entry-records';
import { indexRecord } from '../../../../open-data/record-schemas';
import { entryTypeOf, sectionCollections, type SectionCollectionName } from '../../../../site-structure';

export const getStaticPaths = () => langCodes.flatMap((lang) => sectionCollections.map((collection) => ({ params: { lang, collection } })));


/** Every entry of one kind in one language, with the address of its full file. */
export const GET: APIRoute = async ({ params, locals }) => {
  const lang = locals.lang;
  const collection = params.collection as SectionCollectionName;
  const items = (await entriesIn(collection, lang)).map((item) => ({
    id: item.id,
    title: item.entry.data.title,
    summary: item.entry.data.summary,
    url: absoluteUrl(pathTo(lang, collection, item.id)),
    data: absoluteUrl(apiPath(lang, collection, item.id)),
    updated: lastUpdate(collection, item.entry.data),
  }));
  const index = indexRecord.parse({ $schema: absoluteUrl(schemaPath('index')), lang, type: entryTypeOf(collection), count: items.length, items });
  return new Response(JSON.stringify(index, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
