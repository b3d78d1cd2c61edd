/**
 * The Content-Security-Policy of every page: the site's own origin and nothing else.
 * Styles are inlined into each page (so a page arrives in one round trip), hence
 * 'unsafe-inline' for style; scripts must be files from this site; search's WebAssembly
 * needs 'wasm-unsafe-eval'. Hosts that read `_headers` send the same policy as a header
 * (src/lib/hosting/headers-file.ts).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy of the web editor at /admin/ alone: its scripts and fonts from this site, and
 * GitHub, where it reads and saves content (the API) and shows who is signed in (avatars). The
 * editor adds its styles inline and shows previews of images as blob: and data: addresses.
 * With an OAuth helper set, sign-in opens that helper in a window of its own, which a policy
 * does not govern; nothing is fetched from it.
 */
export const adminContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "connect-src 'self' data: blob: https://api.github.com",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
