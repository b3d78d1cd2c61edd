import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Whether the file at `candidate` runs as a browser. A path that exists may still be a
 * script stub, a file for another architecture or a browser missing its libraries.
 */
function runs(candidate: string): boolean {
  try {
    execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where to find a Chromium: `CHROME_PATH` if set, Debian's `/usr/bin/chromium` if installed and
 * it runs, otherwise the Chromium that ships inside the `@sparticuz/chromium` npm package, so
 * that `npm ci` alone is enough on a bare machine.
 */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (!runs(chosen)) throw new Error(`CHROME_PATH is ${chosen}, which does not run as a browser ("${chosen} --version" failed). Point it at a Chromium, or unset it to use the one installed by npm ci.`);
    return chosen;
  }
  const installed = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate) && runs(candidate));
  if (installed) return installed;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** Flags that keep Chromium from reaching out to the network on its own. */
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: quietFlags });
}
