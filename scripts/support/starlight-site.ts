import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withoutSourceMarks } from '../../src/markdown/statements';

/**
 * The same algorithms as a Starlight site, the yardstick of the build-speed target: Starlight
 * (Astro's documentation theme) with its defaults, a sidebar that lists every page and
 * Pagefind search, Ukrainian at the root and English under /en/. Only the words are the
 * same: the authoring vocabulary is Safe City's own, so a directive keeps its text and loses
 * its markup (`:::steps` fences and `:source[…]` marks go, `:if[hurt]` becomes "hurt",
 * `:call{contact="police"}` goes).
 */
export function writeStarlightSite(contentDir: string, out: string): number {
  rmSync(out, { recursive: true, force: true });
  const docs = path.join(out, 'src/content/docs');
  let pages = 0;
  for (const lang of ['uk', 'en']) {
    const folder = path.join(contentDir, 'algorithms', lang);
    const target = lang === 'uk' ? docs : path.join(docs, lang);
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
      const [, frontmatter = '', body = ''] = readFileSync(path.join(folder, file), 'utf8').split(/^---$/m);
      const field = (name: string) => frontmatter.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1]?.replace(/^"|"$/g, '') ?? '';
      const plain = withoutSourceMarks(body)
        .replace(/^:::.*$/gm, '')
        .replace(/::?(\w+)\[([^\]]*)\](\{[^}]*\})?/g, '$2')
        .replace(/::?(\w+)\{[^}]*\}/g, '');
      writeFileSync(path.join(target, file), `---\ntitle: ${JSON.stringify(field('title'))}\ndescription: ${JSON.stringify(field('summary'))}\n---\n${plain}`);
      pages++;
    }
  }
  writeFileSync(path.join(docs, 'index.mdx'), '---\ntitle: Безпечне місто\n---\nАлгоритми дій.\n');
  writeFileSync(path.join(docs, 'en/index.mdx'), '---\ntitle: Safe City\n---\nAlgorithms.\n');
  writeFileSync(
    path.join(out, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  // A site address, as Safe City's builds have, so Starlight writes its sitemap too.
  site: 'http://127.0.0.1:4321',
  integrations: [
    starlight({
      title: 'Безпечне місто',
      defaultLocale: 'root',
      locales: { root: { label: 'Українська', lang: 'uk' }, en: { label: 'English', lang: 'en' } },
    }),
  ],
});
`,
  );
  writeFileSync(
    path.join(out, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return pages + 2;
}
