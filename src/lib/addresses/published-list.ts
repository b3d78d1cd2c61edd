import { webEditorPath } from '../../site-structure';

/**
 * The committed list of every address the site has published (`content/published-urls.txt`).
 * An address on it must keep answering, as its page or as a redirect to where the page went;
 * a new page is added to it by the build.
 */

const header = `# Every address this site has published, from the site's base. Kept by the build:
# a new page or step adds itself; an address may move (previousIds in the entry it went to) but never vanish.
# Commit this file with your change. Do not remove lines.
`;

/** Pages that are not content someone links to: "not found", "offline", later pages of a list, and the web editor. */
export function isTracked(pathname: string): boolean {
  return !/(^|\/)(404|offline)\/$/.test(pathname) && !/\/\d+\/$/.test(pathname) && pathname !== `/${webEditorPath}`;
}

/** The address a built file answers at: `uk/algorithms/x/index.html` → `/uk/algorithms/x/`; other files have none. */
export function addressOfFile(file: string): string | undefined {
  const posix = file.split('\\').join('/');
  if (posix === 'index.html') return '/';
  return posix.endsWith('/index.html') ? `/${posix.slice(0, -'index.html'.length)}` : undefined;
}

/** The step anchors of an algorithm page's HTML, as addresses: `/uk/algorithms/x/#step-1`. */
export function stepAddresses(address: string, html: string): string[] {
  if (!/^\/[^/]+\/algorithms\/[^/]+\/$/.test(address)) return [];
  return [...html.matchAll(/<li class="step" id="([^"]+)"/g)].map((match) => `${address}#${match[1]}`);
}

export function parsePublishedList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function formatPublishedList(paths: Iterable<string>): string {
  return `${header}${[...new Set(paths)].sort().join('\n')}\n`;
}

/** Listed addresses the build no longer makes, and tracked pages that are not listed yet. */
export function comparePublished(listed: readonly string[], built: ReadonlySet<string>): { missing: string[]; added: string[] } {
  const listedSet = new Set(listed);
  return {
    missing: listed.filter((address) => !built.has(address)),
    added: [...built].filter((address) => isTracked(address) && !listedSet.has(address)).sort(),
  };
}
