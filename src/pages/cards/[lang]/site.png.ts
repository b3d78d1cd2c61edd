import type { APIRoute } from 'astro';
import { siteCardTexts } from '../../../cards/card-texts';
import { titleCardPng } from '../../../cards/title-card';
import { useTranslations } from '../../../i18n/translator';
import { perLanguage } from '../../../lib/static-paths';

export const getStaticPaths = perLanguage;

/** The picture a link preview shows for pages that are not entries: the site and what it is. */
export const GET: APIRoute = async ({ locals }) => {
  const t = useTranslations(locals.lang);
  const png = await titleCardPng(siteCardTexts(t));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
