import { defineMiddleware } from 'astro:middleware';
import { defaultLang, isLang } from '../i18n/locales';
import { useTranslations } from '../i18n/translator';
import { siteSettings } from '../site-settings';

/**
 * The language of the page or file being rendered, the one source every page, component and
 * endpoint reads it from (`Astro.locals.lang`, `locals.lang`), with its translator: the route's
 * `[lang]` parameter (`/uk/…`, `/api/v1/en/…`, `/cards/uk/…`), else the first segment of the
 * path. Pages outside a language folder (the root redirect, the root 404) are in the default
 * language.
 */
export const pageLanguage = defineMiddleware((context, next) => {
  const first = context.url.pathname.slice(siteSettings.base.length).split('/')[0] ?? '';
  const asked = context.params.lang ?? first;
  const lang = isLang(asked) ? asked : defaultLang;
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
