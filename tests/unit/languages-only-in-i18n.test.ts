import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { langCodes } from '../../src/i18n/locales';
import { projectRoot } from '../support/paths';

/** Source files outside src/i18n/, where no language may be named. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((item) => {
    const relative = path.posix.join(dir, item.name);
    if (item.isDirectory()) return relative === 'src/i18n' ? [] : sourceFiles(relative);
    return /\.(ts|astro|mjs|js)$/.test(item.name) ? [relative] : [];
  });
}

it('names languages only in src/i18n, so adding one takes configuration, strings and content', () => {
  const named = langCodes.flatMap((code) => {
    // A code as a value ('uk'), a key (uk: …) or a property (.uk); paths in comments (/uk/…) are examples.
    const pattern = new RegExp(`['"\`]${code}['"\`]|[{,\\s]${code}:\\s|\\.${code}\\b(?!/)`);
    return [...sourceFiles('src'), 'astro.config.mjs'].filter((file) => pattern.test(readFileSync(path.join(projectRoot, file), 'utf8'))).map((file) => `${file}: ${code}`);
  });
  expect(named).toEqual([]);
});
