import path from 'node:path';
import { takeProcessLock } from './process-lock';

/**
 * Waits until no other Astro process of this test run uses the project at `cwd`, and returns
 * the release. Astro writes the content it is given into the project's own `.astro/` folder
 * (the list of content modules among it), so a build of the fixture beside a build of the real
 * content would give one of them the other's collections. Test files run several at a time; their
 * Astro processes take turns. A lock left by a process that died is taken over.
 */
export function lockAstroProject(cwd: string): Promise<() => void> {
  return takeProcessLock(path.join(cwd, 'tests/.output/astro-project.lock'));
}
