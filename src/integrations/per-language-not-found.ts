import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { langCodes } from '../i18n/locales';

/**
 * Copies each language's "not found" page to `<lang>/404.html`, where static hosts that look
 * for the nearest 404.html (Cloudflare Pages, among others) find it for addresses under that
 * language. Astro itself writes a `404.html` only at the root.
 */
export function perLanguageNotFound(): AstroIntegration {
  return {
    name: 'safe-city:per-language-not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const lang of langCodes) {
          const page = fileURLToPath(new URL(`${lang}/404/index.html`, dir));
          if (existsSync(page)) copyFileSync(page, fileURLToPath(new URL(`${lang}/404.html`, dir)));
        }
      },
    },
  };
}
