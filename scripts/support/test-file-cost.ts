import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface TestFileCost {
  /** A test file, or a step of `npm test` around them. */
  file: string;
  /** Core-seconds the whole machine spent while the file ran alone: Chromium's processes are not the runner's children, so the runner's own CPU time would leave them out. */
  cpuSeconds: number;
  wallSeconds: number;
  passed: boolean;
}

/** Core-seconds the machine has spent busy since it started, from /proc/stat (Linux), which counts in hundredths of a second. */
function machineBusySeconds(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq!) / 100;
}

/** Every test file of the suite, by path from the project's root, whichever tier's folder it is in. */
function testFiles(root: string): string[] {
  return readdirSync(path.join(root, 'tests'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts') && !entry.parentPath.includes('.output'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

function cost(root: string, file: string, command: string, args: string[]): TestFileCost {
  const [busy, started] = [machineBusySeconds(), performance.now()];
  const run = spawnSync(path.join(root, 'node_modules/.bin', command), args, { cwd: root, env: { ...process.env, REUSE_BUILD: '1' }, stdio: 'ignore' });
  return { file, cpuSeconds: Number((machineBusySeconds() - busy).toFixed(1)), wallSeconds: Number(((performance.now() - started) / 1000).toFixed(1)), passed: run.status === 0 };
}

/**
 * Runs `npm test`'s steps one at a time: the type check, the site's build, then each test file
 * alone on that build, and measures what each costs the machine. The suite keeps both cores busy
 * from start to end, so its time on a busy machine follows the sum of these, and they say where a
 * cut pays. Needs a machine otherwise quiet.
 */
export function testFileCosts(root: string): TestFileCost[] {
  if (!existsSync('/proc/stat')) throw new Error('Measuring each test file needs Linux: it reads the machine’s CPU time from /proc/stat.');
  const steps = [cost(root, 'astro check', 'astro', ['check']), cost(root, 'astro build (the suite’s shared build)', 'astro', ['build'])];
  return [...steps, ...testFiles(root).map((file) => cost(root, file, 'vitest', ['run', file])).sort((a, b) => b.cpuSeconds - a.cpuSeconds)];
}
