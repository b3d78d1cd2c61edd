import type { APIRoute } from 'astro';
import { siteCardTexts } from '../../../cards/card-texts';
import { titleCardPng } from '../../../cards/title-card';
import type { Lang } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/translator';
import { perLanguage } from '../../../lib/static-paths';

export const getStaticPaths = perLanguage;

/** The picture a link preview shows for pages that are not entries: the site and what it is. */
export const GET: APIRoute = async ({ params }) => {
  const t = useTranslations(params.lang as Lang);
  const png = await titleCardPng(siteCardTexts(t));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
