/**
 * `npm run bench`: builds the site and prints the figures the project keeps an eye on, as a
 * table and as JSON. Speed and size targets live here, never in timed tests.
 */
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { checkContent } from '../src/lib/content-check';
import { contentRoot } from '../src/schemas/collections';
import { launchChromium } from './support/chromium';
import { fileForPath, gzipSize } from './support/compressed-size';
import { serveStatic } from './support/static-server';

const dist = path.resolve('dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function contentCheckTime() {
  const times: number[] = [];
  let entries = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    entries = checkContent(process.cwd(), contentRoot()).model.entries.length;
    times.push(performance.now() - started);
  }
  return { entries, medianMs: Number(median(times).toFixed(1)) };
}

/** What a resident's phone fetches: an algorithm page, cold, then a first search from it. */
async function searchWeight(algorithmPath: string, query: string) {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    let requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${algorithmPath}`, { waitUntil: 'load' });
    const pageView = requested;
    requested = [];
    await page.fill('#site-search-q', query);
    await Promise.all([page.waitForURL(/\/search\//), page.press('#site-search-q', 'Enter')]);
    await page.waitForSelector('.search-result', { timeout: 15_000 });
    const sized = (paths: string[]) => paths.map((urlPath) => ({ path: urlPath, bytes: fileForPath(dist, urlPath) ? gzipSize(fileForPath(dist, urlPath)!) : 0 }));
    const view = sized(pageView);
    const search = sized(requested);
    return {
      pageViewBytes: view.reduce((sum, entry) => sum + entry.bytes, 0),
      pageViewSearchCodeBytes: view.filter((entry) => /pagefind|search/.test(entry.path)).reduce((sum, entry) => sum + entry.bytes, 0),
      firstSearchBytes: search.reduce((sum, entry) => sum + entry.bytes, 0),
      firstSearchRequests: search.length,
      firstSearchBreakdown: search,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const started = performance.now();
execFileSync(path.resolve('node_modules/.bin/astro'), ['build'], { stdio: 'ignore' });
const buildSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
const check = contentCheckTime();
const search = await searchWeight('/uk/algorithms/street-robbery/', 'крадіжок');

const rows: [string, string, string][] = [
  ['build (this content)', `${buildSeconds} s`, ''],
  [`content check (${check.entries} entries)`, `${check.medianMs} ms`, 'median of 5'],
  ['algorithm page view, all requests', kb(search.pageViewBytes), 'gzip'],
  ['search code fetched by that page view', kb(search.pageViewSearchCodeBytes), 'target 0'],
  [`first search from it (${search.firstSearchRequests} requests)`, kb(search.firstSearchBytes), 'target ≤ 90 KB, gzip'],
];
const width = Math.max(...rows.map((row) => row[0].length));
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(9)}  ${note}`);
for (const entry of search.firstSearchBreakdown) console.log(`  ${entry.path.padEnd(width)}${kb(entry.bytes).padStart(9)}`);
console.log(JSON.stringify({ buildSeconds, contentCheck: check, search }));
