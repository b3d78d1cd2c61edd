/**
 * `npm run bench [-- --sizes=100,1000] [--starlight] [--optimisations] [--runs=3]`: builds the site (and, with
 * --sizes, the site with that many synthetic algorithms per language added) and prints the
 * figures the project keeps an eye on, as a table and as JSON. With --starlight, each synthetic
 * size is also built as a Starlight site of the same algorithms, the yardstick of the speed
 * target (twice Starlight's pages per second), in turn with Safe City's builds so that both
 * meet the machine in the same state; --optimisations builds each synthetic size again with each
 * build optimisation switched off in turn and prints what each saves; --runs repeats the builds
 * and reports the medians. `npm run bench -- --suite` instead runs `npm test`'s steps one at a
 * time, each test file alone, and prints what each costs the machine (about 15 minutes).
 * Speed and size targets live here, never in timed tests.
 */
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/content-check';
import { langCodes } from '../src/i18n/locales';
import { offlineFile } from '../src/offline/offline-copy';
import type { OfflineList } from '../src/offline/offline-copy-data';
import { buildOptimisations, siteSettings, type BuildOptimisation } from '../src/site-settings';
import { launchChromium } from './support/chromium';
import { editorWeight } from './support/editor-weight';
import { fileForPath, gzipSize } from './support/compressed-size';
import { writeStarlightSite } from './support/starlight-site';
import { serveStatic } from './support/static-server';
import { writeSyntheticContent } from './support/synthetic-content';
import { testFileCosts } from './support/test-file-cost';

const realDist = path.resolve('dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function contentCheckTime(contentDir = siteSettings.contentDir) {
  const times: number[] = [];
  let entries = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    entries = checkContent(process.cwd(), contentDir).model.entries.length;
    times.push(performance.now() - started);
  }
  return { entries, medianMs: Number(median(times).toFixed(1)) };
}

/** What a resident's phone fetches: an algorithm page, cold, then a first search from it. */
async function searchWeight(dist: string, algorithmPath: string, query: string) {
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

interface BuildFigures {
  pages: number;
  buildSeconds: number;
  pagesPerSecond: number;
  /** Peak resident memory of the build, where /usr/bin/time can tell. */
  peakMemoryMiB: number | undefined;
}

/**
 * One cold `astro build`, timed from the outside as a person would: into an empty folder, as in
 * CI (Astro's emptying of an old one, 4 s for 10,000 files, is not the build's work), and with
 * the caches it would otherwise read (Astro's content store, drawn title cards) removed.
 */
function timedBuild(args: string[], dist: string, caches: string[], env: NodeJS.ProcessEnv = {}): BuildFigures {
  for (const folder of [dist, ...caches]) rmSync(folder, { recursive: true, force: true });
  const started = performance.now();
  const astro = path.resolve('node_modules/.bin/astro');
  const timed = existsSync('/usr/bin/time');
  const result = spawnSync(timed ? '/usr/bin/time' : astro, timed ? ['-f', '%M', astro, 'build', ...args] : ['build', ...args], {
    encoding: 'utf8',
    // Astro prints a line per page: at thousands of pages that would overflow the pipe buffer.
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`The build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}`);
  const buildSeconds = (performance.now() - started) / 1000;
  const peakKiB = timed ? Number(result.stderr.trim().split('\n').at(-1)) : Number.NaN;
  const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  return {
    pages,
    buildSeconds: Number(buildSeconds.toFixed(1)),
    pagesPerSecond: Math.round(pages / buildSeconds),
    peakMemoryMiB: Number.isFinite(peakKiB) ? Math.round(peakKiB / 1024) : undefined,
  };
}

/** The run of median build time, of several. */
/**
 * What a phone keeps for reading with no network, per language: the automatic copy (downloaded,
 * as the host serves it, and stored, as the browser keeps it), how many algorithms it holds, and
 * what "save everything" adds. Benchmark sites are built at the root path.
 */
function offlineCopySizes(dist: string) {
  return Object.fromEntries(
    langCodes.map((lang) => {
      const list = JSON.parse(readFileSync(path.join(dist, 'offline', `${lang}.json`), 'utf8')) as OfflineList;
      const stored = (urls: string[]) => urls.reduce((sum, url) => sum + statSync(offlineFile(dist, url)).size, 0);
      return [lang, { automaticBytes: list.automaticBytes, automaticStoredBytes: stored(list.automatic), algorithms: list.algorithms, optionalBytes: list.optionalBytes, optionalStoredBytes: stored(list.optional) }];
    }),
  );
}

const medianBuild = (runs: BuildFigures[]): BuildFigures => [...runs].sort((a, b) => a.buildSeconds - b.buildSeconds)[Math.floor(runs.length / 2)]!;

interface SizeFigures extends BuildFigures {
  algorithmsPerLanguage: number | 'real content';
  /** Every run's build time, when there were several. */
  buildSecondsOfRuns: number[];
  /** Algorithms of every language built per second: the same work for both sites, unlike pages. */
  algorithmsPerSecond?: number;
  /**
   * The same algorithms built by Starlight, with --starlight, and how many times as many pages
   * and as many algorithms per second Safe City built: medians over the pairs of runs, each pair
   * on the machine in the same state. Safe City's pages include leaflets, packs and topic pages
   * that Starlight does not make, so pages per second flatters it; algorithms per second does not.
   */
  starlight?: BuildFigures & { buildSecondsOfRuns: number[]; algorithmsPerSecond: number; timesStarlight: number; timesStarlightAlgorithms: number };
  /** The heaviest algorithm page's HTML (its CSS is inline), gzip: the 14 KB first-round-trip budget. */
  largestAlgorithmPageBytes: number;
  search: Awaited<ReturnType<typeof searchWeight>>;
  /** The same, for an everyday query of several words: each word fetches its own index file. */
  searchOfWords: Awaited<ReturnType<typeof searchWeight>>;
  contentCheckMs: number;
  offlineCopy: ReturnType<typeof offlineCopySizes>;
  /** With --optimisations: per optimisation, the median build time with it switched off, and what it saves. */
  optimisations?: { name: BuildOptimisation; secondsWithout: number; savesPercent: number }[];
}

/** Build the site at one size (and, with --starlight, Starlight's of the same algorithms) and measure it. */
async function measure(size: number | undefined): Promise<SizeFigures> {
  const contentDir = size ? `tests/.output/bench-${size}` : 'content';
  const dist = size ? path.resolve(`tests/.output/bench-${size}-dist`) : realDist;
  if (size) writeSyntheticContent(process.cwd(), path.resolve(contentDir), size);
  const starlightRoot = path.resolve(`tests/.output/starlight-${size}`);
  if (size && compareStarlight) writeStarlightSite(path.resolve(contentDir), starlightRoot);
  const builds: BuildFigures[] = [];
  const starlightBuilds: BuildFigures[] = [];
  // Benchmark builds keep their Astro cache under tests/.output/astro-cache (astro.config.mjs).
  const caches = [path.resolve('node_modules/.cache/safe-city-cards'), path.resolve(size ? 'tests/.output/astro-cache' : 'node_modules/.astro')];
  for (let run = 0; run < runs; run++) {
    builds.push(timedBuild(['--outDir', dist], dist, caches, { SAFE_CITY_CONTENT: contentDir }));
    if (size && compareStarlight) starlightBuilds.push(timedBuild(['--root', starlightRoot], path.join(starlightRoot, 'dist'), [path.join(starlightRoot, 'node_modules'), path.join(starlightRoot, '.astro')]));
  }
  const build = medianBuild(builds);
  // Each optimisation switched off in turn, on the same content: what it saves is the honest
  // reason to keep it (CHANGELOG keeps the figures).
  const optimisations = size && measureOptimisations
    ? buildOptimisations.map((name) => {
        const without = Array.from({ length: runs }, () => timedBuild(['--outDir', dist], dist, caches, { SAFE_CITY_CONTENT: contentDir, SAFE_CITY_BENCH_WITHOUT: name }));
        const secondsWithout = medianBuild(without).buildSeconds;
        return { name, secondsWithout, savesPercent: Number((((secondsWithout - build.buildSeconds) / secondsWithout) * 100).toFixed(1)) };
      })
    : undefined;
  // The last build measured must be the optimised one: the page weights below are read from it.
  if (optimisations) timedBuild(['--outDir', dist], dist, caches, { SAFE_CITY_CONTENT: contentDir });
  const html = readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
  const algorithmPages = html.filter((file) => new RegExp(`^(${langCodes.join('|')})/algorithms/[^/]+/index\\.html$`).test(file));
  const largestAlgorithmPageBytes = Math.max(...algorithmPages.map((file) => gzipSize(path.join(dist, file))));
  const search = await searchWeight(dist, '/uk/algorithms/street-robbery/', 'крадіжок');
  const searchOfWords = await searchWeight(dist, '/uk/algorithms/street-robbery/', 'вкрали телефон на вулиці');
  const contentCheckMs = contentCheckTime(contentDir).medianMs;
  const offlineCopy = offlineCopySizes(dist);
  const algorithms = size ? size * langCodes.length : undefined;
  const perSecond = (run: BuildFigures) => (algorithms ? Number((algorithms / run.buildSeconds).toFixed(1)) : 0);
  const starlightBuild = starlightBuilds.length ? medianBuild(starlightBuilds) : undefined;
  return {
    contentCheckMs,
    algorithmsPerLanguage: size ?? 'real content',
    ...build,
    ...(algorithms ? { algorithmsPerSecond: perSecond(build) } : {}),
    buildSecondsOfRuns: builds.map((run) => run.buildSeconds),
    ...(starlightBuild
      ? {
          starlight: {
            ...starlightBuild,
            algorithmsPerSecond: perSecond(starlightBuild),
            buildSecondsOfRuns: starlightBuilds.map((run) => run.buildSeconds),
            timesStarlight: Number(median(builds.map((ours, run) => ours.pagesPerSecond / starlightBuilds[run]!.pagesPerSecond)).toFixed(2)),
            timesStarlightAlgorithms: Number(median(builds.map((ours, run) => starlightBuilds[run]!.buildSeconds / ours.buildSeconds)).toFixed(2)),
          },
        }
      : {}),
    largestAlgorithmPageBytes,
    search,
    searchOfWords,
    offlineCopy,
    ...(optimisations ? { optimisations } : {}),
  };
}

if (process.argv.includes('--suite')) {
  const costs = testFileCosts(process.cwd());
  const total = (key: 'cpuSeconds' | 'wallSeconds') => costs.reduce((sum, cost) => sum + cost[key], 0).toFixed(0);
  console.log('npm test, one step at a time (core-seconds the machine spent; wall seconds):');
  for (const cost of costs) console.log(`  ${String(cost.cpuSeconds).padStart(6)}  ${String(cost.wallSeconds).padStart(6)}  ${cost.file}${cost.passed ? '' : '  (failed)'}`);
  console.log(`  ${total('cpuSeconds').padStart(6)}  ${total('wallSeconds').padStart(6)}  in all`);
  console.log(JSON.stringify(costs));
  process.exit(costs.every((cost) => cost.passed) ? 0 : 1);
}

const sizes = (process.argv.find((arg) => arg.startsWith('--sizes='))?.slice(8) ?? '').split(',').filter(Boolean).map(Number);
const compareStarlight = process.argv.includes('--starlight');
const measureOptimisations = process.argv.includes('--optimisations');
const runs = Math.max(1, Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 1));
const check = contentCheckTime();
const figures: SizeFigures[] = [];
for (const size of [undefined, ...sizes]) figures.push(await measure(size));
// The real site's build is the first measured, and the one left in dist/.
const editor = await editorWeight(realDist);

console.log(`content check (${check.entries} entries): ${check.medianMs} ms, median of 5\n`);
const header = ['algorithms/lang', 'pages', runs > 1 ? `build (median of ${runs})` : 'build', 'pages/s', ...(compareStarlight ? ['Starlight: pages, build, pages/s', '× Starlight pages/s (target ≥ 2)', 'algorithms/s: ours, Starlight', '× Starlight algorithms/s', 'Starlight peak memory'] : []), 'content check', 'peak memory', 'largest algorithm page (≤ 14 KB)', 'cold page view', 'search code on view', 'first search (≤ 90 KB)', 'first search of 4 words'];
const rows = figures.map((figure) => [
  String(figure.algorithmsPerLanguage),
  String(figure.pages),
  `${figure.buildSeconds} s`,
  String(figure.pagesPerSecond),
  ...(compareStarlight
    ? figure.starlight
      ? [
          `${figure.starlight.pages}, ${figure.starlight.buildSeconds} s, ${figure.starlight.pagesPerSecond}`,
          figure.starlight.timesStarlight.toFixed(2),
          `${figure.algorithmsPerSecond}, ${figure.starlight.algorithmsPerSecond}`,
          figure.starlight.timesStarlightAlgorithms.toFixed(2),
          figure.starlight.peakMemoryMiB === undefined ? 'n/a' : `${figure.starlight.peakMemoryMiB} MiB`,
        ]
      : ['', '', '', '', '']
    : []),
  `${figure.contentCheckMs} ms`,
  figure.peakMemoryMiB === undefined ? 'n/a' : `${figure.peakMemoryMiB} MiB`,
  kb(figure.largestAlgorithmPageBytes),
  kb(figure.search.pageViewBytes),
  kb(figure.search.pageViewSearchCodeBytes),
  `${kb(figure.search.firstSearchBytes)} in ${figure.search.firstSearchRequests} requests`,
  `${kb(figure.searchOfWords.firstSearchBytes)} in ${figure.searchOfWords.firstSearchRequests} requests`,
]);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
console.log('\nOffline copy per language (automatic: downloaded / stored, algorithms kept; "save everything" adds):');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
for (const figure of figures) {
  for (const [lang, copy] of Object.entries(figure.offlineCopy)) {
    console.log(`  ${String(figure.algorithmsPerLanguage).padEnd(13)} ${lang}: ${mb(copy.automaticBytes)} / ${mb(copy.automaticStoredBytes)}, ${copy.algorithms.automatic} of ${copy.algorithms.all} algorithms; + ${mb(copy.optionalBytes)} / ${mb(copy.optionalStoredBytes)}`);
  }
}
for (const figure of figures.filter((each) => each.optimisations)) {
  console.log(`\nAt ${figure.algorithmsPerLanguage} algorithms per language (${figure.buildSeconds} s with every optimisation):`);
  for (const { name, secondsWithout, savesPercent } of figure.optimisations!) console.log(`  without ${name.padEnd(22)} ${String(secondsWithout).padStart(6)} s  saves ${savesPercent}%`);
}
console.log(`\nWeb editor (/admin/): opening it fetches ${editor.openingFiles} files, ${mb(editor.openingBytes)} gzip, from this site${editor.foreignOrigins.length ? `, and more from ${editor.foreignOrigins.join(', ')}` : ''}${editor.blockedOrigins.length ? ` (its policy stopped requests to ${editor.blockedOrigins.join(', ')})` : ''}; _astro/ holds ${mb(editor.astroFolderBytes)}.`);
console.log(JSON.stringify({ contentCheck: check, sizes: figures, editor }));
