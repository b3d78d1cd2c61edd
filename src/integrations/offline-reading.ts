import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { langCodes } from '../i18n/locales';
import type { ContentModel } from '../lib/content-check/model';
import { sitePaths } from '../lib/permalinks';
import { offlineCopy, offlineFile } from '../offline/offline-copy';
import type { OfflineList } from '../offline/offline-copy-data';
import { pagefindCacheTag } from '../search/pagefind-cache-tag';
import { siteSettings } from '../site-settings';

/** An algorithm's urgency: the order of its topic (the topic list puts the most urgent first). */
function urgencyFrom(model: ContentModel | undefined): (id: string) => number {
  const topicOrder = new Map((model?.records.categories ?? []).map((record) => [record.id, Number(record.data.order ?? Infinity)]));
  const topicOf = new Map((model?.entries ?? []).filter((entry) => entry.collection === 'algorithms').map((entry) => [entry.id, String(entry.data.category)]));
  return (id) => topicOrder.get(topicOf.get(id) ?? '') ?? Infinity;
}

/**
 * Writes, after the build and the search index, what offline reading needs: per language what
 * the copy holds (`/offline/<lang>.json`: what is kept after a first visit, what only on
 * request, and what each weighs), and the service worker (`/sw.js`) stamped with a version made
 * from those files' contents, so that every deploy that changes them replaces the old copies.
 */
export function offlineReading(model: () => ContentModel | undefined): AstroIntegration {
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
        const cacheTag = pagefindCacheTag(dist);
        const urgency = urgencyFrom(model());
        const hash = createHash('sha256');
        const copies = langCodes.map((lang) => {
          const copy = offlineCopy(dist, lang, { base, cacheTag, urgency });
          for (const url of [...copy.automatic, ...copy.optional]) hash.update(url).update(readFileSync(offlineFile(dist, url)));
          return { lang, copy };
        });
        const version = hash.digest('hex').slice(0, 16);
        const withBase = (urls: string[]) => urls.map((url) => `${base}${url.slice(1)}`);
        mkdirSync(path.join(dist, 'offline'), { recursive: true });
        for (const { lang, copy } of copies) {
          const list: OfflineList = {
            version,
            automatic: withBase(copy.automatic),
            optional: withBase(copy.optional),
            automaticBytes: copy.automaticBytes,
            optionalBytes: copy.optionalBytes,
            algorithms: copy.algorithms,
          };
          writeFileSync(path.join(dist, sitePaths.offlineList(lang)), JSON.stringify(list));
        }
        const worker = readFileSync(fileURLToPath(new URL('src/offline/service-worker.js', root)), 'utf8');
        writeFileSync(path.join(dist, 'sw.js'), worker.replace('__VERSION__', version).replace('__BASE__', base));
      },
    },
  };
}
