import type { APIRoute } from 'astro';
import { entriesIn, type LocalizedEntry } from '../../../../../lib/entries';
import { langCodes } from '../../../../../i18n/locales';
import { absoluteUrl } from '../../../../../lib/permalinks';
import { openDataRecord } from '../../../../../open-data/entry-records';
import { sectionCollections, type SectionCollectionName } from '../../../../../site-structure';

export async function getStaticPaths() {
  const pages = await Promise.all(
    langCodes.flatMap((lang) =>
      sectionCollections.map(async (collection) => (await entriesIn(collection, lang)).map((item) => ({ params: { lang, collection, id: item.id }, props: { item } }))),
    ),
  );
  return pages.flat();
}

/** Everything about one entry, for partners' apps: see the "For partners" page. */
export const GET: APIRoute = async ({ params, props, locals }) => {
  const lang = locals.lang;
  const collection = params.collection as SectionCollectionName;
  const item = props.item as LocalizedEntry<SectionCollectionName>;
  const data = await openDataRecord(collection, item, lang, absoluteUrl);
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
