import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAstro } from './astro-cli';
import { distDir, outputDir } from './paths';

const stamp = path.join(outputDir, 'site-build.stamp');
const lock = path.join(outputDir, 'site-build.lock');

/**
 * Builds the real site once per test run. The build and browser tiers both ask for it; the
 * first takes a lock and builds, the other waits for the stamp naming this run.
 */
export default async function setup(): Promise<void> {
  const run = String(process.pid);
  mkdirSync(outputDir, { recursive: true });
  for (;;) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === run && existsSync(path.join(distDir, 'index.html'))) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed must not block every later run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    const { code, output } = await runAstro(['build']);
    if (code !== 0) throw new Error(`The site did not build:\n${output}`);
    writeFileSync(stamp, run);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
