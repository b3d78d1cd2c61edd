/**
 * `npm run bench`: prints the figures the project keeps an eye on, as a table and as JSON.
 * Speed and size targets live here, never in timed tests.
 */
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/lib/content-check';
import { contentRoot } from '../src/schemas/collections';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const runs = 5;
const times: number[] = [];
let files = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const { model } = checkContent(process.cwd(), contentRoot());
  times.push(performance.now() - started);
  files = model.entries.length;
}

const figures = {
  contentCheck: { entries: files, medianMs: Number(median(times).toFixed(1)), runs },
};

console.log('figure                         value');
console.log(`content check (${files} entries)     ${figures.contentCheck.medianMs} ms (median of ${runs})`);
console.log(JSON.stringify(figures));
