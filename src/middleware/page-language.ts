import { defineMiddleware } from 'astro:middleware';
import { defaultLang, isLang } from '../i18n/locales';
import { useTranslations } from '../i18n/translator';
import { siteSettings } from '../site-settings';

/**
 * The language of the page being rendered, from the first segment of its path (`/uk/…`,
 * `/en/…`), and its translator, given once per request in `Astro.locals` so that no component
 * needs them passed down. Pages outside a language folder (the root redirect, the root 404)
 * are in the default language.
 */
export const pageLanguage = defineMiddleware((context, next) => {
  const first = context.url.pathname.slice(siteSettings.base.length).split('/')[0] ?? '';
  const lang = isLang(first) ? first : defaultLang;
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
