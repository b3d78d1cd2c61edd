import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLang, isLang } from '../i18n/locales';
import { useTranslations } from '../i18n/translator';
import type { ContentModel } from '../lib/content-check/model';
import { redirectPageHtml } from '../lib/addresses/redirect-page';
import { redirectsIn } from '../lib/addresses/redirects';
import { siteSettings } from '../site-settings';

/**
 * Keeps old addresses working after a rename or merge: writes a small redirect page at each
 * old address, a `_redirects` file that Netlify and Cloudflare Pages read to answer with a
 * real 301, and the same list as nginx `location`s (`nginx-redirects.conf`). The redirect pages are written after Astro's pages, so the sitemap never lists them.
 */
export function movedAddresses(model: () => ContentModel | undefined): AstroIntegration {
  const { site, base } = siteSettings;
  return {
    name: 'safe-city:moved-addresses',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const content = model();
        if (!content) return;
        const distDir = fileURLToPath(dir);
        const lines: string[] = [];
        const nginx: string[] = [];
        for (const { from, to } of redirectsIn(content)) {
          if (!from.endsWith('/')) {
            if (!existsSync(path.join(distDir, from))) {
              lines.push(`${base}${from} ${base}${to} 301`);
              nginx.push(`location = ${base}${from} { return 301 ${base}${to}; }`);
            }
            continue;
          }
          const file = path.join(distDir, from, 'index.html');
          // A page that exists is never replaced by a redirect.
          if (existsSync(file)) continue;
          const lang = from.split('/')[0]!;
          const t = useTranslations(isLang(lang) ? lang : defaultLang);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, redirectPageHtml(t, new URL(`${base}${to}`, site)));
          lines.push(`${base}${from} ${base}${to} 301`, `${base}${from.replace(/\/$/, '')} ${base}${to} 301`);
          nginx.push(`location ~ ^${base}${from.replace(/\/$/, '')}/?$ { return 301 ${base}${to}; }`);
        }
        writeFileSync(path.join(distDir, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
        // The same list for nginx, which the README's configuration includes.
        writeFileSync(path.join(distDir, 'nginx-redirects.conf'), nginx.length ? `${nginx.join('\n')}\n` : '');
        if (lines.length) logger.info(`${lines.length} old addresses redirect to where their content went`);
      },
    },
  };
}
