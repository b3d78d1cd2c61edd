import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { projectRoot } from './paths';

/** Every file of the site's content, by path from the repository's root: a repository for the web editor's test backend. */
export function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(projectRoot, relative))) {
      const child = `${relative}/${name}`;
      if (statSync(path.join(projectRoot, child)).isDirectory()) walk(child);
      else files[child] = readFileSync(path.join(projectRoot, child), 'utf8');
    }
  };
  walk('content');
  return files;
}

/** One record of the site's real data file, as YAML to append to a fixture's. */
export function realRecord(file: string, id: string): string {
  const records = parse(readFileSync(path.join(projectRoot, 'content/data', file), 'utf8')) as { id: string }[];
  return stringify([records.find((record) => record.id === id)]);
}
