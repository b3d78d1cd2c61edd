/**
 * How long a browser test waits for something it expects to appear. CI runs on a two-core
 * machine that may be building something else at the same time, where the web editor alone
 * takes several seconds to draw; a wait sized for a fast machine (vitest's own `expect.poll`
 * waits 1 s) fails there although nothing is wrong. A wait that succeeds returns as soon as
 * the thing appears, so a long budget costs nothing when the behaviour is right.
 */
export const loadedMachineWait = 60_000;

/**
 * How long a test, or its setup, may take when it starts builds, servers or commands of its own:
 * on a busy machine a build may first wait its turn behind the others' (astro-project-lock.ts).
 */
export const loadedMachineTestTimeout = 600_000;
