import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteSettings } from '../site-settings';
import { formatHeadersFile, headerRules } from '../lib/hosting/headers-file';

/** Writes `_headers` for Netlify and Cloudflare Pages: security headers and caching per kind of file. */
export function hostHeaders(): AstroIntegration {
  return {
    name: 'safe-city:host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(path.join(fileURLToPath(dir), '_headers'), formatHeadersFile(headerRules(siteSettings.base, { preview: siteSettings.preview })));
      },
    },
  };
}
