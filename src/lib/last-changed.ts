import { execFileSync } from 'node:child_process';

let dates: Map<string, Date> | undefined;

/**
 * When each file was last changed, from the repository's history: one `git log` for the
 * whole site rather than one per page, so the cost does not grow with the page count.
 * Outside a git checkout (a tarball) the map is empty and pages say nothing.
 */
function lastChangedDates(): Map<string, Date> {
  if (dates) return dates;
  dates = new Map();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) current = new Date(line.slice(1));
      else if (line && current && !dates.has(line)) dates.set(line, current);
    }
  } catch {
    // No git, or not a checkout: no dates.
  }
  return dates;
}

/** The last commit that changed `filePath` (relative to the project root), if known. */
export function lastChanged(filePath: string | undefined): Date | undefined {
  return filePath ? lastChangedDates().get(filePath) : undefined;
}
