import type { APIRoute } from 'astro';
import type { CardCollection } from '../../../../cards/card-paths';
import { titleCardPng } from '../../../../cards/title-card';
import { langCodes, type Lang } from '../../../../i18n/locales';
import { useTranslations } from '../../../../i18n/translator';
import { categoryById, inLang } from '../../../../lib/data-records';
import { formatDate } from '../../../../lib/dates';
import { entriesIn, type LocalizedEntry } from '../../../../lib/entries';

const collections: CardCollection[] = ['algorithms', 'minutes', 'recommendations'];

export async function getStaticPaths() {
  const cards = await Promise.all(
    langCodes.flatMap((lang) => collections.map(async (collection) => (await entriesIn(collection, lang)).map((item) => ({ params: { lang, collection, id: item.id }, props: { item } })))),
  );
  return cards.flat();
}

/** The picture a link preview shows for an entry: its title and what it is. */
export const GET: APIRoute = async ({ params, props }) => {
  const lang = params.lang as Lang;
  const t = useTranslations(lang);
  const item = props.item as LocalizedEntry<CardCollection>;
  const data = item.entry.data;
  let label: string;
  if (data.type === 'algorithm') label = `${t('nav.algorithms')} · ${inLang((await categoryById(data.category)).name, lang)}`;
  else if (data.type === 'minutes') label = `${t('nav.minutes')} · ${formatDate(data.date, lang)}`;
  else label = `${t('nav.recommendations')} · ${t(`recStatus.${data.status}`)}`;
  const png = await titleCardPng({ site: t('site.name'), title: data.title, label });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
