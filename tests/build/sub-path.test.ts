import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro-cli';
import { page } from '../support/dist-pages';
import { checkLinks } from '../support/link-check';
import { outputDir } from '../support/paths';
import { qrText } from '../support/qr-from-svg';

// GitHub Pages serves a project site under its name: every address must carry that path. A pull
// request's preview is built the same way, for its own address, and kept out of search engines:
// one build answers both (CONTRIBUTING, "Previews").
const port = 4396;
const site = `http://127.0.0.1:${port}/safe-city/`;
const serverRoot = path.join(outputDir, 'sub-path-root');
const dist = path.join(serverRoot, 'safe-city');

describe('a build for a site under a sub-path (SITE_URL with a path), as a pull request preview', () => {
  beforeAll(async () => {
    rmSync(serverRoot, { recursive: true, force: true });
    mkdirSync(serverRoot, { recursive: true });
    // A deployment's own settings: its path, an address for mistake reports, and being a preview.
    const { code, output } = await runAstro(['build', '--outDir', dist], { SITE_URL: site, SAFE_CITY_REPORT_EMAIL: 'editors@example.org', SAFE_CITY_PREVIEW: 'true' });
    if (code !== 0) throw new Error(output);
  });

  it('puts the path in every internal link, content links included', () => {
    const $ = page('/uk/partners/', dist);
    const hrefs = $('a[href^="/"], link[href^="/"]').map((_, element) => $(element).attr('href')).get();
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith('/safe-city/'))).toEqual([]);
    expect($('main a[href="/safe-city/uk/algorithms/street-robbery/"]').length).toBe(1);
  });

  it('puts it in every absolute address: canonical, sitemap, feed, open data, QR codes, service worker and offline copy', () => {
    const $ = page('/uk/algorithms/street-robbery/', dist);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${site}uk/algorithms/street-robbery/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${site}cards/uk/algorithms/street-robbery.png`);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${site}uk/algorithms/street-robbery/</loc>`);
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
    expect(readFileSync(path.join(dist, 'uk/feed.xml'), 'utf8')).toContain(`<link href="${site}uk/algorithms/street-robbery/"/>`);
    const api = JSON.parse(readFileSync(path.join(dist, 'api/v1/uk/algorithms/street-robbery.json'), 'utf8')) as { url: string; steps: { url: string }[] };
    expect(api.steps[0]!.url).toBe(`${site}uk/algorithms/street-robbery/#step-1`);
    expect(page('/uk/leaflets/street-robbery/', dist)('.leaflet__address').text()).toBe('127.0.0.1:4396/safe-city/uk/algorithms/street-robbery');
    const offline = JSON.parse(readFileSync(path.join(dist, 'offline/uk.json'), 'utf8')) as { automatic: string[]; optional: string[] };
    expect([...offline.automatic, ...offline.optional].filter((url) => !url.startsWith('/safe-city/'))).toEqual([]);
    expect(offline.automatic).toContain('/safe-city/pagefind/pagefind.js');
    expect(readFileSync(path.join(dist, 'sw.js'), 'utf8')).toContain("const BASE = '/safe-city/'");
    expect(JSON.parse(readFileSync(path.join(dist, 'manifest.webmanifest'), 'utf8'))).toMatchObject({ start_url: '/safe-city/uk/', scope: '/safe-city/' });
    expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toMatch(/^\/safe-city\/_astro\/\*$/m);
  });

  it('prints QR codes that a phone reads as the page at this address', () => {
    for (const [leaflet, algorithm] of [['/uk/leaflets/street-robbery/', 'uk/algorithms/street-robbery/'], ['/en/leaflets/fire-gas-or-collapse/', 'en/algorithms/fire-gas-or-collapse/']] as const) {
      const svg = page(leaflet, dist)('.leaflet__qr').html() ?? '';
      expect({ leaflet, qr: qrText(svg) }).toEqual({ leaflet, qr: `${site}${algorithm}` });
    }
  });

  it('keeps a preview out of search engines: every page, robots.txt and the host’s headers say so', () => {
    const pages = readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(100);
    const indexable = pages.filter((file) => !/<meta name="robots" content="noindex[",]/.test(readFileSync(path.join(dist, file), 'utf8')));
    expect(indexable).toEqual([]);
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/\n/);
    expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toMatch(/^\/safe-city\/\*\n(  .+\n)*  X-Robots-Tag: noindex\n/m);
  });

  it('offers the deployment’s address for mistake reports by e-mail', () => {
    const mail = new URL(page('/uk/algorithms/street-robbery/', dist)('.page-source a[href^="mailto:"]').attr('href')!);
    expect(mail.pathname).toBe('editors@example.org');
    expect(mail.searchParams.get('body')).toContain(`Сторінка: ${site}uk/algorithms/street-robbery/`);
  });

  it('indexes every searchable page, each under its address within the site', () => {
    // Pagefind's fragments are gzip with a 12-byte signature before the JSON.
    const fragments = readdirSync(path.join(dist, 'pagefind/fragment')).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dist, 'pagefind/fragment', file))).subarray(12).toString('utf8')) as { url: string });
    const searchable = readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith('.html') && readFileSync(path.join(dist, file), 'utf8').includes('data-pagefind-body'));
    expect(fragments.length).toBe(searchable.length);
    expect(fragments.filter(({ url }) => !existsSync(path.join(dist, url, 'index.html')))).toEqual([]);
    expect(fragments.map(({ url }) => url)).toContain('/uk/algorithms/street-robbery/');
  });

  it('has no broken link or anchor when served under that path', async () => {
    const { broken, ok } = await checkLinks({ path: 'safe-city/', serverRoot, port });
    expect(broken).toEqual([]);
    expect(ok.length).toBeGreaterThan(80);
  });
});
