import type { APIRoute } from 'astro';
import { entryCardTexts } from '../../../../cards/card-texts';
import { titleCardPng } from '../../../../cards/title-card';
import { langCodes } from '../../../../i18n/locales';
import { useTranslations } from '../../../../i18n/translator';
import { entriesIn, type LocalizedEntry } from '../../../../lib/entries';
import { sectionCollections, type SectionCollectionName } from '../../../../site-structure';

export async function getStaticPaths() {
  const cards = await Promise.all(
    langCodes.flatMap((lang) => sectionCollections.map(async (collection) => (await entriesIn(collection, lang)).map((item) => ({ params: { lang, collection, id: item.id }, props: { item } })))),
  );
  return cards.flat();
}

/** The picture a link preview shows for an entry: its title and what it is. */
export const GET: APIRoute = async ({ params, props, locals }) => {
  const t = useTranslations(locals.lang);
  const collection = params.collection as SectionCollectionName;
  const item = props.item as LocalizedEntry<SectionCollectionName>;
  const png = await titleCardPng(await entryCardTexts(t, collection, item.entry.data));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
