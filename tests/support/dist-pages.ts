import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { webEditorPath } from '../../src/site-structure';
import { distDir } from './paths';

/** Every HTML file under a built site, as paths relative to it. */
export function htmlFiles(dir = distDir): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(dir, relative)).flatMap((name) => {
      const child = path.posix.join(relative, name);
      if (statSync(path.join(dir, child)).isDirectory()) return walk(child);
      return name.endsWith('.html') ? [child] : [];
    });
  return walk('');
}

/** Every page for readers: every HTML file but the web editor's, which is a tool for editors. */
export function readerPages(dir = distDir): string[] {
  return htmlFiles(dir).filter((file) => file !== `${webEditorPath}index.html`);
}

/** The file a URL path is served from: `/uk/` → `uk/index.html`. */
export function fileFor(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1);
}

export function pageExists(urlPath: string, dir = distDir): boolean {
  return existsSync(path.join(dir, fileFor(urlPath)));
}

/** A built page, parsed, ready for queries. */
export function page(urlPath: string, dir = distDir): CheerioAPI {
  return load(readFileSync(path.join(dir, fileFor(urlPath)), 'utf8'));
}

/** The page paths listed in the built sitemap. */
export function sitemapPaths(dir = distDir): string[] {
  const xml = readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
