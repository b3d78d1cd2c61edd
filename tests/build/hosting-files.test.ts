import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist-pages';
import { distDir } from '../support/paths';

/** `_headers` as Netlify and Cloudflare Pages read it: a path line, then indented "Name: value" lines. */
function readHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = {}));
    else {
      const [name, ...value] = line.trim().split(': ');
      current![name!] = value.join(': ');
    }
  }
  return rules;
}

describe('files for static hosts', () => {
  const rules = readHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));

  it('send the page’s own Content-Security-Policy as a header, with framing forbidden, on every response', () => {
    const all = rules.get('/*')!;
    const metaPolicy = page('/uk/')('meta[http-equiv="Content-Security-Policy"]').attr('content');
    expect(all['Content-Security-Policy']).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(all).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' });
    expect(all['Cache-Control']).toBeUndefined();
  });

  it('send the web editor its own policy, after the site’s, so that it replaces the site’s there', () => {
    const paths = [...rules.keys()];
    expect(paths.indexOf('/admin/*')).toBeGreaterThan(paths.indexOf('/*'));
    const metaPolicy = page('/admin/')('meta[http-equiv="Content-Security-Policy"]').attr('content');
    expect(rules.get('/admin/*')).toEqual({
      'Content-Security-Policy': `${metaPolicy}; frame-ancestors 'none'`,
      'X-Robots-Tag': 'noindex',
      // The GitHub sign-in window must be able to answer the editor that opened it.
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    });
  });

  it('cache hashed assets for a year and the service worker never', () => {
    expect(rules.get('/_astro/*')?.['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(rules.get('/pagefind/fragment/*')?.['Cache-Control']).toContain('immutable');
    expect(rules.get('/sw.js')?.['Cache-Control']).toBe('no-cache');
    expect(rules.get('/pagefind/*')).toBeUndefined();
  });

  it('write a _redirects file, empty while no entry has moved', () => {
    expect(readFileSync(path.join(distDir, '_redirects'), 'utf8')).toBe('');
  });
});
