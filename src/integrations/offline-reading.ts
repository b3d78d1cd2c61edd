import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { langCodes } from '../i18n/locales';
import { entryCollections } from '../site-map';
import { siteSettings } from '../site-settings';

/** The collections whose pages a reader keeps (the algorithms): what they may need with no network. */
const kept = entryCollections.filter((collection) => collection.offline && collection.route === 'section').map((collection) => collection.name);

/** The pages a reader keeps for offline reading in one language, as paths from the site's base (`/uk/contacts/`). */
export function offlinePaths(dist: string, lang: string, base = '/'): string[] {
  const folders = (section: string) => (existsSync(path.join(dist, lang, section)) ? readdirSync(path.join(dist, lang, section)) : []);
  const pages = [
    `/${lang}/`,
    `/${lang}/contacts/`,
    ...kept.map((collection) => `/${lang}/${collection}/`),
    `/${lang}/offline/`,
    ...folders('categories').map((id) => `/${lang}/categories/${id}/`),
    ...kept.flatMap((collection) => folders(collection).filter((id) => !id.endsWith('.html')).map((id) => `/${lang}/${collection}/${id}/`)),
    ...folders('leaflets').filter((id) => id !== 'pack' && !id.endsWith('.html')).map((id) => `/${lang}/leaflets/${id}/`),
  ].filter((urlPath) => existsSync(path.join(dist, urlPath, 'index.html')));
  // The files those pages load: their scripts and the icon.
  const assets = new Set<string>(['/favicon.svg']);
  const scripts = new RegExp(`\\s(?:src|href)="${base}(_astro/[^"]+)"`, 'g');
  for (const page of pages) {
    for (const match of readFileSync(path.join(dist, page, 'index.html'), 'utf8').matchAll(scripts)) assets.add(`/${match[1]!}`);
  }
  return [...pages, ...assets];
}

/**
 * Writes, after the build, what offline reading needs: per language the list of pages to keep
 * (`/offline/<lang>.json`), and the service worker (`/sw.js`) stamped with a version made from
 * those files' contents, so that every deploy that changes them replaces the old copies.
 */
export function offlineReading(): AstroIntegration {
  const { base } = siteSettings;
  let root: URL;
  return {
    name: 'safe-city:offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const hash = createHash('sha256');
        const lists = langCodes.map((lang) => {
          const paths = offlinePaths(dist, lang, base);
          for (const url of paths) hash.update(url).update(readFileSync(path.join(dist, url.endsWith('/') ? `${url}index.html` : url)));
          return { lang, urls: paths.map((url) => `${base}${url.slice(1)}`) };
        });
        const version = hash.digest('hex').slice(0, 16);
        mkdirSync(path.join(dist, 'offline'), { recursive: true });
        for (const { lang, urls } of lists) writeFileSync(path.join(dist, 'offline', `${lang}.json`), JSON.stringify({ version, urls }));
        const worker = readFileSync(fileURLToPath(new URL('src/offline/service-worker.js', root)), 'utf8');
        writeFileSync(path.join(dist, 'sw.js'), worker.replace('__VERSION__', version).replace('__BASE__', base));
      },
    },
  };
}
