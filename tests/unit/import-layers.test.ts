import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/paths';

/**
 * The layers of the house, lowest first: building blocks below, services above. A file may
 * import its own layer or a lower one, never a higher one. A path names a folder (ending in
 * `/`) or a file; a new folder or top-level file under `src/` or `scripts/` is given its layer
 * here, or the test says so.
 */
const layers: { name: string; paths: string[] }[] = [
  { name: 'ground: languages, settings and value formats', paths: ['src/i18n/', 'src/formats/', 'src/site-settings.ts', 'src/env.d.ts'] },
  { name: 'content building blocks: schemas and the authoring vocabulary', paths: ['src/schemas/', 'src/markdown/'] },
  { name: 'the site registry', paths: ['src/site-structure.ts'] },
  { name: 'rules and queries', paths: ['src/lib/', 'src/content.config.ts'] },
  { name: 'features', paths: ['src/open-data/', 'src/lesson-print/', 'src/cards/', 'src/cms/', 'src/search/', 'src/offline/', 'src/markdown-processor/'] },
  { name: 'rendering, build hooks and commands', paths: ['src/pages/', 'src/components/', 'src/layouts/', 'src/middleware/', 'src/integrations/', 'src/browser/', 'scripts/'] },
  { name: 'the site configuration', paths: ['astro.config.mjs'] },
];

const codeFile = /\.(ts|mts|mjs|js|astro)$/;
/** `from '…'`, a bare `import '…'`, `import('…')`, and `export … from '…'`. */
const importSpecifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((item) => {
    const relative = path.posix.join(dir, item.name);
    if (item.isDirectory()) return filesUnder(relative);
    return codeFile.test(item.name) ? [relative] : [];
  });
}

/** The file an import names: as written, or with the extension or `/index` it leaves out. */
function resolve(from: string, specifier: string): string | undefined {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [target, ...['.ts', '.mjs', '.js', '.astro', '/index.ts'].map((ending) => `${target}${ending}`)];
  return candidates.find((candidate) => codeFile.test(candidate) && existsSync(path.join(projectRoot, candidate)) && statSync(path.join(projectRoot, candidate)).isFile());
}

function layerOf(file: string): number {
  return layers.findIndex((layer) => layer.paths.some((place) => (place.endsWith('/') ? file.startsWith(place) : file === place)));
}

const sources = [...filesUnder('src'), ...filesUnder('scripts'), 'astro.config.mjs'];
const imports = new Map(
  sources.map((file) => {
    const text = readFileSync(path.join(projectRoot, file), 'utf8');
    const targets = [...text.matchAll(importSpecifier)].map((match) => resolve(file, match[1]!)).filter((target) => target !== undefined);
    return [file, [...new Set(targets)]] as const;
  }),
);

it('gives every source file a layer', () => {
  expect(sources.filter((file) => layerOf(file) === -1).map((file) => `${file}: add it to a layer in tests/unit/import-layers.test.ts`)).toEqual([]);
});

it('never lets a lower layer import a higher one', () => {
  const upward = [...imports].flatMap(([file, targets]) =>
    targets
      .filter((target) => layerOf(target) > layerOf(file))
      .map((target) => `${file} (${layers[layerOf(file)]?.name}) imports ${target} (${layers[layerOf(target)]?.name})`),
  );
  expect(upward).toEqual([]);
});

it('has no circle of files that import each other', () => {
  const circles: string[] = [];
  const done = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at !== -1) {
      circles.push([...trail.slice(at), file].join(' -> '));
      return;
    }
    if (done.has(file)) return;
    for (const target of imports.get(file) ?? []) visit(target, [...trail, file]);
    done.add(file);
  };
  for (const file of imports.keys()) visit(file, []);
  expect(circles).toEqual([]);
});
