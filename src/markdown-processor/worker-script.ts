import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * A worker thread's entry module (TypeScript under `src/`) bundled into one plain JavaScript
 * file that Node can start, kept in `node_modules/.cache/safe-city-workers/`. Packages stay
 * imports, resolved from the project's node_modules. The file is named by its contents and
 * written whole, so builds running side by side never start a half-written worker.
 */
export async function workerScript(projectRoot: string, entry: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [path.join(projectRoot, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]!.contents;
  const folder = path.join(projectRoot, 'node_modules/.cache/safe-city-workers');
  const file = path.join(folder, `${path.basename(entry, path.extname(entry))}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return file;
}
