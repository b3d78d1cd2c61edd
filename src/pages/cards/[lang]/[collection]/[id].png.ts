import type { APIRoute } from 'astro';
import { entryCardTexts } from '../../../../cards/card-texts';
import { titleCardPng } from '../../../../cards/title-card';
import { langCodes } from '../../../../i18n/locales';
import { useTranslations } from '../../../../i18n/translator';
import { categoryById, inLang } from '../../../../lib/data-records';
import { entriesIn, type LocalizedEntry } from '../../../../lib/entries';
import type { SectionCollectionName } from '../../../../site-structure';

const collections: SectionCollectionName[] = ['algorithms', 'minutes', 'recommendations'];

export async function getStaticPaths() {
  const cards = await Promise.all(
    langCodes.flatMap((lang) => collections.map(async (collection) => (await entriesIn(collection, lang)).map((item) => ({ params: { lang, collection, id: item.id }, props: { item } })))),
  );
  return cards.flat();
}

/** The picture a link preview shows for an entry: its title and what it is. */
export const GET: APIRoute = async ({ props, locals }) => {
  const lang = locals.lang;
  const t = useTranslations(lang);
  const item = props.item as LocalizedEntry<SectionCollectionName>;
  const data = item.entry.data;
  const categoryName = data.type === 'algorithm' ? inLang((await categoryById(data.category)).name, lang) : undefined;
  const png = await titleCardPng(entryCardTexts(t, data, categoryName));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
