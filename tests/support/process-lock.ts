import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** The id of the process holding the lock, if it has written it yet. */
function holder(lock: string): number | undefined {
  try {
    return Number(readFileSync(path.join(lock, 'pid'), 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock at `lock` (a folder: making one is atomic), waiting while a running process
 * holds it, and returns the release. A lock left by a process that died (a test run stopped with
 * Ctrl-C) is taken over at once, so the next run does not wait for it to go stale.
 */
export async function takeProcessLock(lock: string): Promise<() => void> {
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      const pid = holder(lock);
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      // No holder yet means one is being written, unless its process died between the two steps.
      if (pid ? !running(pid) : age > 10_000) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}
