import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

// The minified build: Chromium parses it on every page, and the full one takes twice as long.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA and axe's best practices: what every page is held to. */
export const wcagRules: axe.RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] };
/** Only colour changes between the schemes, so only the rules about colour run again in the dark. */
export const colourRules: axe.RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] };

/**
 * Gives every page of the context axe before its own scripts run. Injected by the browser
 * itself, which the site's Content-Security-Policy does not block, and compiled once per
 * context rather than once per page.
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: axeSource });
  return context;
}

/** axe's violations on the page as it stands, one line each, labelled; `[]` when there are none. */
export async function axeViolations(page: Page, label: string, options: axe.RunOptions = wcagRules): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate((only) => (window as unknown as { axe: typeof axe }).axe.run(document, only), options);
  return results.violations.map((violation) => `${label}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
