import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAstro } from './astro-cli';
import { distDir, outputDir } from './paths';
import { takeProcessLock } from './process-lock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This test run, for builds that the files of one run share (fixture-site-build.ts). */
    testRun: string;
  }
}

const stamp = path.join(outputDir, 'site-build.stamp');
const lock = path.join(outputDir, 'site-build.lock');

/**
 * Builds the real site once per test run. The build and browser tiers both ask for it; the
 * first takes a lock and builds, the other waits for the stamp naming this run.
 */
export default async function setup(project: TestProject): Promise<void> {
  const run = String(process.pid);
  project.provide('testRun', run);
  mkdirSync(outputDir, { recursive: true });
  const built = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === run && existsSync(path.join(distDir, 'index.html'));
  if (process.env.REUSE_BUILD && existsSync(path.join(distDir, 'index.html'))) return;
  if (built()) return;
  const release = await takeProcessLock(lock);
  try {
    if (built()) return;
    const { code, output } = await runAstro(['build']);
    if (code !== 0) throw new Error(`The site did not build:\n${output}`);
    writeFileSync(stamp, run);
  } finally {
    release();
  }
}
