import { cpSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { outputDir, projectRoot } from './paths';

/** A change to one file of the valid fixture: a new text, or a function of the old one. */
export type Mutation = { file: string; text: string | ((old: string) => string) };

export const validFixture = 'tests/fixtures/content/valid';

/**
 * A copy of the valid fixture content with a few files changed, for one bad-input case.
 * Returns the content folder relative to the project root, as `SAFE_CITY_CONTENT` takes it.
 */
export function fixtureContent(name: string, mutations: Mutation[]): string {
  const relative = path.posix.join('tests/.output/content', name);
  const absolute = path.join(projectRoot, relative);
  rmSync(absolute, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  cpSync(path.join(projectRoot, validFixture), absolute, { recursive: true });
  for (const mutation of mutations) {
    const file = path.join(absolute, mutation.file);
    const old = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })();
    const text = typeof mutation.text === 'string' ? mutation.text : mutation.text(old);
    if (typeof mutation.text !== 'string' && text === old) throw new Error(`Mutation of ${mutation.file} changed nothing`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return relative;
}

/** A replacement that must find its target, so a fixture cannot silently stop testing anything. */
export const replace = (from: string, to: string) => (old: string) => {
  if (!old.includes(from)) throw new Error(`"${from}" not found in fixture`);
  return old.replace(from, to);
};
