import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether a process with this id is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Waits until no other Astro process of this test run uses the project at `cwd`, and returns
 * the release. Astro writes the content it is given into the project's own `.astro/` folder
 * (the list of content modules among it), so a build of the fixture beside a build of the real
 * content would give one of them the other's collections. Test files run two at a time; their
 * Astro processes take turns. A lock left by a process that died is taken over.
 */
export async function lockAstroProject(cwd: string): Promise<() => void> {
  const lock = path.join(cwd, 'tests/.output/astro-project.lock');
  const owner = path.join(lock, 'pid');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      const pid = (() => {
        try {
          return Number(readFileSync(owner, 'utf8'));
        } catch {
          return undefined;
        }
      })();
      // No owner yet means one is being written: wait for it rather than take the lock over.
      if (pid && !running(pid)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}
