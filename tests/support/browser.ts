import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium';
import { loadedMachineWait } from './loaded-machine-wait';

/**
 * Chromium for tests: every page it opens waits for what a test expects as long as a loaded
 * two-core machine needs, so no wait anywhere keeps Playwright's own budget.
 */
export async function launchTestChromium(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  // browser.newPage() opens its page through newContext() too.
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(loadedMachineWait);
    return context;
  };
  return browser;
}

/** One Chromium for a test file, started before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchTestChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
