// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { draftVisibility } from './src/integrations/draft-visibility.ts';
import { perLanguageNotFound } from './src/integrations/per-language-not-found.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offlineReading } from './src/integrations/offline-reading.ts';
import { movedAddresses } from './src/integrations/moved-addresses.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { publishedAddresses } from './src/integrations/published-addresses.ts';
import { withDefaultLanguage } from './src/lib/addresses/sitemap-default-language.ts';
import { defaultLang, locales } from './src/i18n/locales.ts';
import { editorWithoutCodeGrammars } from './src/integrations/editor-without-code-grammars.ts';
import { unified } from '@astrojs/markdown-remark';
import { siteRemarkPlugins } from './src/markdown-processor/site-remark-plugins.ts';
import { siteSettings } from './src/site-settings.ts';
import { reviewSheetsFolder, webEditorPath } from './src/site-structure.ts';
import { fileURLToPath } from 'node:url';

// Every setting a deployment may change (SITE_URL, the content folder…) is read and checked in
// src/site-settings.ts; nothing here reads the environment.
const { site, base, contentDir } = siteSettings;
const projectRoot = fileURLToPath(new URL('.', import.meta.url));

const markdownProcessor = unified({ remarkPlugins: siteRemarkPlugins({ projectRoot, contentDir, base }) });
// The content as the check read it, for the integrations that need all of it at once.
const checkedContent = contentCheck();

export default defineConfig({
  site,
  base,
  // Builds of other content (test fixtures, benchmarks) keep a cache each. Astro's content cache
  // keeps an unchanged entry's file path: shared, a benchmark of 1,000 algorithms linked "Edit
  // this page" to the files of the benchmark of 100 it had built before.
  ...(contentDir !== 'content' ? { cacheDir: `./tests/.output/astro-cache/${contentDir.replace(/[^\w-]+/g, '-')}` } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every page carries its own small stylesheet, so a page arrives whole in one round trip.
    inlineStylesheets: 'always',
  },
  markdown: { processor: markdownProcessor },
  integrations: [
    checkedContent,
    draftVisibility(),
    editorWithoutCodeGrammars(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: defaultLang,
        locales: Object.fromEntries(locales.map((locale) => [locale.code, locale.hreflang])),
      },
      // The root only redirects; "not found" and "offline" pages are not content; the web editor and the review sheets are for editors.
      filter: (page) => !/\/(404|offline)\/$/.test(page) && ![base, `${base}${webEditorPath}`].includes(new URL(page).pathname) && !new URL(page).pathname.includes(`/${reviewSheetsFolder}/`),
      serialize: withDefaultLanguage,
    }),
    perLanguageNotFound(),
    movedAddresses(checkedContent.model),
    hostHeaders(),
    // Fixture and benchmark builds use other content and are not held to the published list.
    publishedAddresses({ listFile: `${projectRoot}content/published-urls.txt`, enabled: contentDir === 'content' }),
    searchIndex(),
    offlineReading(checkedContent.model),
  ],
  devToolbar: { enabled: false },
  vite: {
    server: {
      // The preview watches the project; builds the tests make (a copy of the whole project among
      // them, with its own config) would restart it mid-test, and are nothing an editor edits.
      watch: { ignored: ['**/tests/.output/**', '**/dist/**'] },
    },
    build: {
      // Scripts are always files, never inlined: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler
        // warns about once per file; the warning says nothing an editor or developer can act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
