import { adminContentSecurityPolicy, contentSecurityPolicy } from '../content-security-policy';
import { webEditorPath } from '../../site-structure';

/** One rule of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The headers every response gets, and the caching of each kind of file. Pages themselves
 * carry no Cache-Control here: Netlify and Cloudflare Pages both make browsers revalidate
 * HTML by default, and a rule on "/*" would be joined with the long-caching rules below.
 */
export function headerRules(base: string, { preview = false } = {}): HeaderRule[] {
  const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };
  return [
    {
      path: `${base}*`,
      headers: {
        // A pull request's preview: files that are not pages (open data, PDFs) are kept out of search too.
        ...(preview ? { 'X-Robots-Tag': 'noindex' } : {}),
        // frame-ancestors only works as a header: no other site may frame these pages.
        'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'no-referrer',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
    // The web editor talks to GitHub, which no public page may: its own policy replaces the
    // site's there (Netlify serves a later rule's value of the same header), and it is not indexed.
    // Signing in with GitHub opens the sign-in helper in a window that must answer the editor,
    // which "same-origin" would cut it off from.
    {
      path: `${base}${webEditorPath}*`,
      headers: {
        'Content-Security-Policy': `${adminContentSecurityPolicy}; frame-ancestors 'none'`,
        'X-Robots-Tag': 'noindex',
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      },
    },
    // Scripts and the search index's chunks are named by their content: they never change.
    { path: `${base}_astro/*`, headers: immutable },
    { path: `${base}pagefind/index/*`, headers: immutable },
    { path: `${base}pagefind/fragment/*`, headers: immutable },
    { path: `${base}pagefind/filter/*`, headers: immutable },
    // The service worker must be fetched fresh, or a new deploy would not replace old copies.
    { path: `${base}sw.js`, headers: { 'Cache-Control': 'no-cache' } },
    { path: `${base}offline/*`, headers: { 'Cache-Control': 'no-cache' } },
    { path: `${base}cards/*`, headers: { 'Cache-Control': 'public, max-age=86400' } },
  ];
}

/** The rules in the `_headers` syntax that Netlify and Cloudflare Pages read. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  return `${rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}
