/** `npm run generate -- <count> [out]`: the real content plus <count> synthetic algorithms per language. */
import path from 'node:path';
import { writeSyntheticContent } from './support/synthetic-content';

const count = Number(process.argv[2] ?? 100);
const out = process.argv[3] ?? `tests/.output/synthetic-${count}`;
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: npm run generate -- <count per language> [output folder]');
  process.exit(2);
}
writeSyntheticContent(process.cwd(), path.resolve(out), count);
console.log(`Wrote ${count} synthetic algorithms per language to ${out}; build it with SAFE_CITY_CONTENT=${out}.`);
