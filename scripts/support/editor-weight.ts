import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { webEditorPath } from '../../src/site-structure';
import { launchChromium } from './chromium';
import { fileForPath, gzipSize } from './compressed-size';
import { serveStatic } from './static-server';

/**
 * What an editor's browser fetches to open the web editor at /admin/ until it asks them to sign
 * in, from this site (gzip, as a host sends it); what it fetched from elsewhere, and what it
 * asked of elsewhere that the editor's Content-Security-Policy stopped (the editor names public
 * CDNs for some fonts and highlighting code); and how big the built site's `_astro/` folder is.
 */
export async function editorWeight(dist: string) {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ locale: 'uk-UA' })).newPage();
    const own: string[] = [];
    const foreign = new Set<string>();
    const blocked = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(server.url).origin) own.push(url.pathname);
    });
    // Asked for elsewhere: stopped by the editor's Content-Security-Policy, or sent.
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(server.url) && /BLOCKED_BY_CSP|csp/i.test(request.failure()?.errorText ?? '')) blocked.add(new URL(request.url()).origin);
    });
    page.on('response', (response) => {
      if (!response.url().startsWith(server.url) && response.url().startsWith('http')) foreign.add(new URL(response.url()).origin);
    });
    await page.goto(`${server.url}/${webEditorPath}`, { waitUntil: 'load' });
    // Drawn: the sign-in screen's buttons are up.
    await page.getByRole('button').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
    const files = [...new Set(own)].map((urlPath) => fileForPath(dist, urlPath)).filter((file): file is string => file !== undefined);
    const astroDir = path.join(dist, '_astro');
    return {
      openingFiles: files.length,
      openingBytes: files.reduce((sum, file) => sum + gzipSize(file), 0),
      foreignOrigins: [...foreign].sort(),
      blockedOrigins: [...blocked].sort(),
      astroFolderBytes: readdirSync(astroDir).reduce((sum, file) => sum + statSync(path.join(astroDir, file)).size, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
