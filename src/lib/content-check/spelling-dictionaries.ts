import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DictionaryDefinition } from 'cspell-lib';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';
import { locales } from '../../i18n/locales';

const requireFromHere = createRequire(import.meta.url);

/** Where the binary word tries are kept between runs, beside the site's other build caches. */
export const spellingCacheDir = (projectRoot: string) => path.join(projectRoot, 'node_modules/.cache/safe-city-spelling');

interface Extension {
  dictionaryDefinitions: (DictionaryDefinition & { name: string; path: string })[];
}

/**
 * A dictionary's word trie as a `.btrie`, made once per dictionary version. The Ukrainian
 * dictionary ships as a 4 MB text trie that takes about 1.5 s to read on every check; the
 * binary form of the same words reads in about a tenth of a second. cspell-lib reads a
 * definition's `btrie` in place of its `path` when there is one.
 */
function binaryTrie(source: string, cacheFile: string): string | undefined {
  if (existsSync(cacheFile)) return cacheFile;
  if (!/\.trie(\.gz)?$/.test(source)) return undefined;
  try {
    const raw = readFileSync(source);
    const encoded = encodeITrieToBTrie(decodeTrie((source.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')));
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    // Written aside and renamed, so a check running alongside never reads half a file.
    const partial = `${cacheFile}.${process.pid}.partial`;
    writeFileSync(partial, encoded);
    renameSync(partial, cacheFile);
    return cacheFile;
  } catch {
    // No cache (a read-only install, say) only costs time: cspell reads the text trie itself.
    return undefined;
  }
}

/**
 * The cspell dictionary definitions of every site language, from the packages named in
 * `src/i18n/locales.ts`, with their files as absolute paths and a binary trie where one helps.
 */
export function spellingDictionaries(projectRoot: string): DictionaryDefinition[] {
  return locales.flatMap((locale) => {
    const extensionFile = requireFromHere.resolve(`${locale.spelling}/cspell-ext.json`);
    const { version } = JSON.parse(readFileSync(path.join(path.dirname(extensionFile), 'package.json'), 'utf8')) as { version: string };
    const extension = JSON.parse(readFileSync(extensionFile, 'utf8')) as Extension;
    return extension.dictionaryDefinitions.map((definition) => {
      const source = path.resolve(path.dirname(extensionFile), definition.path);
      const btrie = binaryTrie(source, path.join(spellingCacheDir(projectRoot), `${locale.spelling.replace('/', '+')}@${version}`, `${definition.name}.btrie`));
      return { ...definition, path: source, ...(btrie ? { btrie } : {}) };
    });
  });
}
