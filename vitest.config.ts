import { defineConfig } from 'vitest/config';
import { HeavyFilesFirst } from './tests/support/heavy-files-first.ts';
import { loadedMachineTestTimeout, loadedMachineWait } from './tests/support/loaded-machine-wait.ts';

/**
 * Three tiers, one command (`npm test`):
 * - unit: pure functions, schemas, the content check, UI strings;
 * - build: one production build of the site, then assertions over `dist/`, links and HTML;
 * - browser: a real Chromium against the built site (accessibility, no-JS reading, privacy).
 * The build and browser tiers share one build, made by whichever global setup runs first.
 */
export default defineConfig({
  test: {
    // Four files at a time, whatever their tier, on two cores: a file spends much of its time
    // waiting (on Chromium, on a page load, on its turn to build), and with two at a time the
    // suite used about one core of two. Their Astro processes take turns
    // (tests/support/astro-project-lock.ts).
    maxWorkers: 4,
    sequence: { sequencer: HeavyFilesFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure functions and commands, none of which changes a module's state for the next file:
          // importing the site's modules once per worker instead of once per file saves about a
          // third of the tier's CPU time.
          isolate: false,
          // Some start threads, commands or Astro itself: vitest's 5 s is too short on a busy machine.
          testTimeout: loadedMachineTestTimeout,
          hookTimeout: loadedMachineTestTimeout,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/setup-site-build.ts'],
          // A test's build may first wait its turn behind the others' (astro-project-lock.ts).
          testTimeout: loadedMachineTestTimeout,
          hookTimeout: loadedMachineTestTimeout,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/setup-site-build.ts', 'tests/support/setup-preview-server.ts'],
          testTimeout: loadedMachineTestTimeout,
          hookTimeout: loadedMachineTestTimeout,
          // Every expect.poll without its own timeout waits this long (Playwright's own waits: 30 s).
          expect: { poll: { timeout: loadedMachineWait } },
        },
      },
    ],
  },
});
