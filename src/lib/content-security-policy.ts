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
