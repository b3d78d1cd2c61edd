import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir } from '../support/paths';
import { takeProcessLock } from '../support/process-lock';

const lock = path.join(outputDir, 'process-lock-test', 'lock');

describe('the lock the tests take before building', () => {
  it('takes over at once a lock left by a process that has died (a run stopped with Ctrl-C)', async () => {
    rmSync(path.dirname(lock), { recursive: true, force: true });
    mkdirSync(lock, { recursive: true });
    // A process that has already exited: its id is free.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(path.join(lock, 'pid'), gone);
    // Before, such a lock was waited out until it was five minutes old.
    const release = await takeProcessLock(lock);
    expect(Number(readFileSync(path.join(lock, 'pid'), 'utf8'))).toBe(process.pid);
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('waits while a running process holds it, and takes it once released', async () => {
    rmSync(path.dirname(lock), { recursive: true, force: true });
    const first = await takeProcessLock(lock);
    let second: (() => void) | undefined;
    const waiting = takeProcessLock(lock).then((release) => (second = release));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(second).toBeUndefined();
    first();
    await waiting;
    expect(second).toBeDefined();
    second!();
  });
});
