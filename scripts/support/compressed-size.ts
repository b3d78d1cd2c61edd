import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The file a URL path is served from in a built site. */
export function fileForPath(dir: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!);
  const candidate = path.join(dir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/**
 * Bytes on the wire with gzip at its highest level, as a static host or CDN would send them.
 * Files that are compressed already (Pagefind's index and WebAssembly) are sent as they are.
 */
export function gzipSize(file: string): number {
  const bytes = readFileSync(file);
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}
