import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { axeViolations, colourRules, withAxe } from './axe-check';
import { useBrowser } from './browser';
import { htmlFiles } from './dist-pages';
import { pagesToVisit } from './site-pages';
import { inTabs } from './tabs';
import { reviewSheetsFolder } from '../../src/site-structure';

/**
 * Every page a visitor can reach, and the editors' review sheets, opened once with JavaScript and
 * once without, on a 320×568 phone (the narrowest screen WCAG's reflow criterion names): one pair
 * of visits per page answers what the tests ask of every page, axe included. A page's chrome that
 * a phone folds away (the menu, the breadcrumbs' trail) is checked by axe on a wide screen too, on
 * one page of each kind.
 *
 * The crawl is the suite's largest piece of work, so it is cut into shards, one test file each
 * (tests/browser/every-page-*.test.ts), which the test runner spreads over the machine's cores
 * beside the other files, instead of one file finishing long after the rest. A shard takes every
 * `of`-th page, starting at its own number.
 */
export function checkEveryPage(shard: number, of: number): void {
  const browser = useBrowser();
  const phone = { viewport: { width: 320, height: 568 }, isMobile: true };
  const wideScreen = { viewport: { width: 1280, height: 800 } };

  const reviewSheets = () => htmlFiles().filter((file) => file.includes(`/${reviewSheetsFolder}/`)).map((file) => `/${file.replace(/index\.html$/, '')}`);
  const allPaths = () => [...pagesToVisit(), ...reviewSheets()];
  const inShard = <T>(items: T[]) => items.filter((_, index) => index % of === shard - 1);
  const paths = () => inShard(allPaths());
  /** "algorithms/*" for /uk/algorithms/street-robbery/: pages of one kind share their template. */
  const kind = (path: string) => path.split('/').filter(Boolean).slice(1).map((segment, index) => (index === 0 ? segment : '*')).join('/');
  const allKinds = () => [...new Map(allPaths().filter((path) => path !== '/').map((path) => [kind(path), path])).values()];
  const onePerKind = () => inShard(allKinds());

  const foreign: string[] = [];
  const blocked: string[] = [];
  const requested: string[] = [];
  let cookies: unknown[] = [];
  const wide: string[] = [];
  const unreadable: string[] = [];
  const visited = new Set<string>();
  const axeFound = { light: new Map<string, string[]>(), dark: new Map<string, string[]>() };

  /** The page's text as a reader gets it, less the controls only JavaScript can work. */
  const readingText = (page: Page) =>
    page.evaluate(() => {
      // A share button, the offline copy's buttons and status: marked data-enhancement.
      for (const enhancement of document.querySelectorAll('[data-enhancement]')) enhancement.remove();
      return document.body.innerText;
    });

  /** Elements wider than the screen, outside boxes that scroll sideways on their own (a code sample). */
  const overflow = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const inScroller = (element: Element): boolean => {
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
        }
        return false;
      };
      const sticking = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5 && !inScroller(element));
      return { scroll: document.documentElement.scrollWidth - width, elements: sticking.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`) };
    });

  /** axe on the page as it stands, in the light scheme, then its colour rules in the dark. */
  async function checkAccessibility(page: Page, label: string): Promise<void> {
    axeFound.light.set(label, await axeViolations(page, label));
    // Paper (leaflets, review sheets) is black on white in either scheme: one pass checks it.
    if (await page.evaluate(() => document.documentElement.classList.contains('light-only'))) return;
    await page.emulateMedia({ colorScheme: 'dark' });
    axeFound.dark.set(label, await axeViolations(page, label, colourRules));
    await page.emulateMedia({ colorScheme: 'light' });
  }

  beforeAll(async () => {
    const baseUrl = inject('baseUrl');
    const plainTab = new Map<Page, Page>();
    const open = async () => {
      // The service worker is offline.test.ts's subject; here it would answer every request and
      // keep a copy of both languages in each tab, a fifth of the crawl's work.
      const scripted = await withAxe(await browser().newContext({ ...phone, colorScheme: 'light', serviceWorkers: 'block' }));
      const page = await scripted.newPage();
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        requested.push(url);
        if (!url.startsWith(`${baseUrl}/`) && !url.startsWith('data:')) foreign.push(`${page.url()} → ${url}`);
      });
      plainTab.set(page, await (await browser().newContext({ ...phone, javaScriptEnabled: false })).newPage());
      return page;
    };
    await inTabs(2, open, paths(), async (page, path) => {
      if (path === '/') {
        // The root sends the browser on at once: let it arrive, or its refresh would cut the next visit short.
        await page.goto(`${baseUrl}/`);
        await page.waitForURL(/\/uk\/$/, { waitUntil: 'load' });
        return;
      }
      const plain = plainTab.get(page)!;
      await Promise.all([page.goto(`${baseUrl}${path}`), plain.goto(`${baseUrl}${path}`)]);
      visited.add(path);
      const { scroll, elements } = await overflow(page);
      if (scroll > 0 || elements.length > 0) wide.push(`${path}: ${scroll}px wider; ${elements.join(', ')}`);
      await checkAccessibility(page, path);
      if (path.endsWith('/search/')) return; // interactive by nature; its no-JavaScript answer is tested in search.test.ts
      if (/\/leaflets\/pack\//.test(path)) return; // the leaflet choice appears only with JavaScript; tested in leaflets.test.ts
      const [full, bare] = await Promise.all([readingText(page), readingText(plain)]);
      if (bare !== full || bare.length < 200) unreadable.push(`${path}: ${bare.length} characters without JavaScript, ${full.length} with`);
    });
    for (const plain of plainTab.values()) await plain.context().close();
    const desktop = await (await withAxe(await browser().newContext({ ...wideScreen, colorScheme: 'light', serviceWorkers: 'block' }))).newPage();
    for (const path of onePerKind()) {
      await desktop.goto(`${baseUrl}${path}`);
      await checkAccessibility(desktop, `${path} (1280 px)`);
    }
    // A search loads Pagefind's script and WebAssembly: still only this origin, and nothing the policy blocks.
    if (shard !== 1) return;
    const searching = await open();
    await searching.goto(`${baseUrl}/uk/search/?q=крадіжка`);
    await searching.waitForSelector('.search-result');
    cookies = await searching.context().cookies();
  }, 600_000);

  it('no page requests anything from another origin, and none sets a cookie', () => {
    expect(foreign).toEqual([]);
    expect(blocked).toEqual([]);
    expect(cookies).toEqual([]);
    // The listener saw every page load, so an empty list above means something.
    expect(requested.length).toBeGreaterThanOrEqual(paths().length);
  });

  it('every page reads fully with JavaScript disabled', () => {
    expect(visited.size).toBe(paths().filter((path) => path !== '/').length);
    expect(unreadable).toEqual([]);
  });

  it('on a 320×568 phone, nothing on any page is wider than the screen', () => {
    expect(wide).toEqual([]);
  });

  it('axe finds no WCAG 2.2 AA violation on any page, on a phone and, for each kind of page, on a wide screen', () => {
    const labels = [...paths().filter((path) => path !== '/'), ...onePerKind().map((path) => `${path} (1280 px)`)];
    // In page order, whichever tab checked it.
    expect(labels.flatMap((label) => axeFound.light.get(label) ?? [`${label}: not checked`])).toEqual([]);
    expect(allPaths().length).toBeGreaterThanOrEqual(40);
    expect(reviewSheets().length).toBeGreaterThan(0);
    expect(allKinds().length).toBeGreaterThanOrEqual(10);
  });

  it('keeps AA contrast on every page in the dark scheme too', async () => {
    const page = await browser().newPage({ colorScheme: 'dark' });
    const background = async (path: string) => {
      await page.goto(`${inject('baseUrl')}${path}`);
      return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    };
    expect(await background('/uk/')).toBe('rgb(22, 22, 22)');
    // A leaflet is printed, and looks on screen as it will on paper: black on white.
    expect(await background('/uk/leaflets/street-robbery/')).toBe('rgb(255, 255, 255)');
    // Only paper (a leaflet, a pack, a review sheet, a lesson's sheets and posters, a class pack) was left out of the dark pass.
    const lessonPaper = /\/lessons\/(pack\/.+|[^/]+\/(pupils|teacher|parents|poster)\/)/;
    const paper = (path: string) => /\/leaflets\/.+/.test(path) || path.includes(`/${reviewSheetsFolder}/`) || lessonPaper.test(path);
    expect(paths().filter((path) => path !== '/' && !axeFound.dark.has(path) && !paper(path))).toEqual([]);
    expect([...axeFound.dark.values()].flat()).toEqual([]);
  });

  // What is not about every page, one shard checks.
  if (shard === 1) it('the root leads to the Ukrainian home page without JavaScript', async () => {
    const page = await (await browser().newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await page.waitForURL(/\/uk\/$/);
    expect(await page.locator('h1').innerText()).toBe('Безпечне місто');
  });
}
