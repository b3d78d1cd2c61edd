import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, fixtureDist } from '../support/fixture-site-build';
import { loadedMachineWait } from '../support/loaded-machine-wait';
import { nginxPath } from '../support/nginx';
import { outputDir, projectRoot } from '../support/paths';

// The README's nginx configuration, served by the nginx from Debian's packages, over a build
// of the fixture content, which has a moved entry.
const port = 4395;
const workDir = path.join(outputDir, 'nginx');
// Shared with the tests of drafts and translations (tests/support/fixture-site-build.ts).
const siteDir = fixtureDist;
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

const get = (address: string) => fetch(`${origin}${address}`, { redirect: 'manual' });

describe('the README’s nginx configuration', () => {
  beforeAll(async () => {
    const nginxBin = nginxPath();
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(path.join(workDir, 'logs'), { recursive: true });
    await buildFixtureSite();
    const site = readFileSync(path.join(projectRoot, 'docs/deploy/nginx.conf'), 'utf8')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replaceAll('/var/www/safe-city', siteDir);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${workDir}/logs/${name};`).join('\n');
    // Started by root, nginx's workers become "nobody", who cannot read a checkout inside a
    // private folder (mktemp's are 0700): they serve the build as the user that made it.
    const workerUser = process.getuid?.() === 0 ? 'user root;\n' : '';
    writeFileSync(
      path.join(workDir, 'nginx.conf'),
      `${workerUser}worker_processes 1;\ndaemon off;\npid ${workDir}/logs/nginx.pid;\nerror_log ${workDir}/logs/error.log;\nevents {}\nhttp {\ninclude /etc/nginx/mime.types;\naccess_log off;\n${temp}\n${site}\n}\n`,
    );
    server = spawn(nginxBin, ['-p', workDir, '-c', path.join(workDir, 'nginx.conf')], { stdio: 'pipe' });
    let errors = '';
    server.stderr?.on('data', (chunk) => (errors += chunk));
    const deadline = Date.now() + loadedMachineWait;
    for (;;) {
      try {
        await get('/');
        break;
      } catch {
        if (Date.now() > deadline || server.exitCode !== null) throw new Error(`nginx did not start: ${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  afterAll(() => {
    server?.kill();
  });

  it('serves pages with the page’s own Content-Security-Policy and the security headers', async () => {
    const response = await get('/uk/algorithms/sample-published/');
    expect(response.status).toBe(200);
    const html = await response.text();
    const metaPolicy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(response.headers.get('content-security-policy')).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves the web editor with its own policy, not indexed, and the same security headers', async () => {
    const response = await get('/admin/');
    expect(response.status).toBe(200);
    const metaPolicy = (await response.text()).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(response.headers.get('content-security-policy')).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('caches hashed assets for a year, the service worker not at all', async () => {
    const asset = readdirSync(path.join(siteDir, '_astro')).find((file) => file.endsWith('.js'))!;
    const script = await get(`/_astro/${asset}`);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/sw.js')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toBe('application/manifest+json');
  });

  it('answers an old id with a 301 to where the entry went, with and without the slash', async () => {
    for (const address of ['/uk/algorithms/sample-old-name/', '/uk/algorithms/sample-old-name']) {
      const response = await get(address);
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get('location')!, origin).pathname).toBe('/uk/algorithms/sample-untranslated/');
    }
    const data = await get('/api/v1/en/algorithms/sample-old-name.json');
    expect(data.status).toBe(301);
    expect(new URL(data.headers.get('location')!, origin).pathname).toBe('/api/v1/en/algorithms/sample-untranslated.json');
  });

  it('shows the "not found" page of the address’s language with a 404', async () => {
    const english = await get('/en/no-such-page/');
    expect(english.status).toBe(404);
    expect(await english.text()).toContain('<html lang="en"');
    const ukrainian = await get('/uk/no-such-page/');
    expect(ukrainian.status).toBe(404);
    expect(await ukrainian.text()).toContain('<html lang="uk"');
  });
});
