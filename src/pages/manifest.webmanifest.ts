import type { APIRoute } from 'astro';
import { appIcons } from '../cards/app-icons';
import { defaultLang, langCodes } from '../i18n/locales';
import { useTranslations } from '../i18n/translator';
import { pathTo } from '../lib/permalinks';
import { siteSettings } from '../site-settings';

const { base } = siteSettings;

/** The web app manifest, so the site can be installed; its addresses follow the site's base. */
export const GET: APIRoute = () => {
  const t = useTranslations(defaultLang);
  const manifest = {
    // The site's name in every language, so the installed app is recognisable in each.
    name: [...new Set(langCodes.map((lang) => useTranslations(lang)('site.name')))].join(' · '),
    short_name: t('site.name'),
    description: t('manifest.description'),
    lang: defaultLang,
    start_url: pathTo(defaultLang),
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a4201c',
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: `${base}icon-maskable.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
      ...appIcons.flatMap(({ file, size, purpose }) => (purpose ? [{ src: `${base}icons/${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose }] : [])),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
