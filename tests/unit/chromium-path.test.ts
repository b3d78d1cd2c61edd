import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumPath } from '../../scripts/support/chromium';
import { outputDir, projectRoot } from '../support/paths';

describe('the browser the tests drive', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses a CHROME_PATH that exists but does not run, and says how to fix it', async () => {
    const notABrowser = path.join(projectRoot, 'package.json');
    vi.stubEnv('CHROME_PATH', notABrowser);
    await expect(chromiumPath()).rejects.toThrow(`CHROME_PATH is ${notABrowser}, which does not run as a browser`);
  });

  it('takes a CHROME_PATH that runs', async () => {
    const dir = path.join(outputDir, 'chromium-path');
    mkdirSync(dir, { recursive: true });
    const stub = path.join(dir, 'chromium');
    writeFileSync(stub, '#!/bin/sh\necho "Chromium 999"\n');
    chmodSync(stub, 0o755);
    vi.stubEnv('CHROME_PATH', stub);
    await expect(chromiumPath()).resolves.toBe(stub);
  });
});
