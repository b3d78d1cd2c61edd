import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTestChromium } from '../support/browser';
import { defaultLang, langCodes } from '../../src/i18n/locales';
import { checkContent } from '../../src/lib/content-check';
import { leafletCapacity } from '../../src/lib/leaflet-fit';
import { cleanEnv } from '../support/astro-cli';
import { sitemapPaths } from '../support/dist-pages';
import { distDir, outputDir, projectRoot } from '../support/paths';
import { narrowAddressWrapping } from '../support/printed-address';

let browser: Browser;
let page: Page;
// The deploy's own PDFs (`npm run build:pdf`) on a copy of the site: what residents download is
// what the A4 test counts, so the leaflets are not printed to A4 twice.
const pdfSite = path.join(outputDir, 'pdf-dist');
let buildPdf: ReturnType<typeof spawnSync>;
beforeAll(async () => {
  rmSync(pdfSite, { recursive: true, force: true });
  cpSync(distDir, pdfSite, { recursive: true });
  buildPdf = spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/build-pdf.ts', pdfSite], { cwd: projectRoot, env: cleanEnv(), encoding: 'utf8' });
  browser = await launchTestChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const leaflets = sitemapPaths().filter((listed) => /^\/\w+\/leaflets\/[a-z0-9-]+\/$/.test(listed) && !listed.includes('/pack/'));
// Printable area: the paper less the 10 mm margins the print style sets on each side.
const papers = { A4: { format: 'A4', printableMm: [210 - 20, 297 - 20] }, Letter: { format: 'Letter', printableMm: [215.9 - 20, 279.4 - 20] } } as const;
const mmToPx = (mm: number) => Math.round((mm * 96) / 25.4);
const pageCount = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();

describe('leaflets', () => {
  it('exist for every published algorithm in every language', () => {
    const published = checkContent(projectRoot, 'content').model.entries.filter((entry) => entry.collection === 'algorithms' && entry.lang === defaultLang && entry.data.status === 'published');
    expect(leaflets.length).toBe(published.length * langCodes.length);
  });

  for (const [paper, { format, printableMm }] of Object.entries(papers)) {
    it(`each prints on exactly one ${paper} page, in type no smaller than 10 pt${paper === 'Letter' ? ' that fills the page' : ''}`, async () => {
      const problems: string[] = [];
      for (const leaflet of leaflets) {
        await page.goto(`${inject('baseUrl')}${leaflet}`);
        const id = leaflet.split('/').at(-2)!;
        const pages = await pageCount(format === 'A4' ? readFileSync(path.join(pdfSite, leaflet, `${id}-a4.pdf`)) : await page.pdf({ format }));
        // Measured at the printable width, so an editor is told how much to cut.
        await page.setViewportSize({ width: mmToPx(printableMm[0]), height: mmToPx(printableMm[1]) });
        await page.emulateMedia({ media: 'print' });
        const { heightPx, fontPx } = await page.evaluate(() => {
          const article = document.querySelector('article.leaflet')!;
          return { heightPx: article.getBoundingClientRect().height, fontPx: parseFloat(getComputedStyle(article).fontSize) };
        });
        await page.emulateMedia({ media: null });
        if (pages !== 1) {
          const over = Math.round((heightPx * 25.4) / 96 - printableMm[1]);
          problems.push(`${leaflet} prints on ${pages} ${paper} pages: about ${Math.max(over, 1)} mm too long; shorten the text`);
        }
        if (fontPx < (10 * 96) / 72 - 0.01) problems.push(`${leaflet} is printed in ${((fontPx * 72) / 96).toFixed(1)} pt, below 10 pt`);
        // The type grows with less text: a leaflet in less than the largest type fills most of the shorter paper.
        const fill = heightPx / mmToPx(printableMm[1]);
        if (paper === 'Letter' && fontPx < (leafletCapacity.largest * 96) / 72 && fill < 0.75) problems.push(`${leaflet} fills only ${Math.round(fill * 100)} % of the page in ${((fontPx * 72) / 96).toFixed(1)} pt type`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('carry a QR code that opens the algorithm’s permanent address', async () => {
    const scanner = await browser.newPage({ deviceScaleFactor: 3 });
    for (const leaflet of leaflets) {
      await scanner.goto(`${inject('baseUrl')}${leaflet}`);
      await scanner.emulateMedia({ media: 'print' });
      const png = PNG.sync.read(await scanner.locator('.leaflet__qr svg').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      const algorithm = leaflet.replace('/leaflets/', '/algorithms/');
      const canonical = readFileSync(path.join(distDir, algorithm, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1];
      expect({ leaflet, qr: decoded?.data }).toEqual({ leaflet, qr: canonical });
      const printed = await scanner.locator('.leaflet__address').innerText();
      expect(canonical).toContain(printed);
      // In a column far too narrow for it, the address breaks after a slash, never inside an id.
      const wrapping = await narrowAddressWrapping(scanner.locator('.leaflet__address'));
      expect({ leaflet, broken: wrapping.broken, wrapped: wrapping.lines > 1 }).toEqual({ leaflet, broken: [], wrapped: true });
    }
    await scanner.close();
  });

  it('have an A5 variant: a folded handout of two A5 panels on one landscape A4 sheet', async () => {
    for (const leaflet of leaflets) {
      await page.goto(`${inject('baseUrl')}${leaflet}a5/`);
      expect({ leaflet, pages: await pageCount(await page.pdf({ preferCSSPageSize: true })) }).toEqual({ leaflet, pages: 1 });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('article.leaflet').evaluate((article) => getComputedStyle(article).columnCount)).toBe('2');
      await page.emulateMedia({ media: null });
    }
  });
});

describe('print packs', () => {
  it('print each leaflet of a pack on its own sheet', async () => {
    await page.goto(`${inject('baseUrl')}/uk/leaflets/pack/all/`);
    expect(await pageCount(await page.pdf({ format: 'A4' }))).toBe(leaflets.filter((leaflet) => leaflet.startsWith('/uk/')).length);
    await page.goto(`${inject('baseUrl')}/en/leaflets/pack/theft-and-robbery/`);
    expect(await pageCount(await page.pdf({ format: 'Letter' }))).toBe(2);
  });

  it('with JavaScript, print just the leaflets chosen on a pack page', async () => {
    await page.goto(`${inject('baseUrl')}/uk/leaflets/pack/all/`);
    await page.locator('.leaflet-choice input[value="street-robbery"]').check();
    await page.locator('.leaflet-choice input[value="missing-child"]').check();
    await Promise.all([page.waitForURL(/only=/), page.locator('.leaflet-choice button').click()]);
    expect(await pageCount(await page.pdf({ format: 'A4' }))).toBe(2);
    // The choice survives the reload, so the teacher sees what will print.
    expect(await page.locator('.leaflet-choice input:checked').count()).toBe(2);
  });

  it('without JavaScript, offer the ready packs and no choice that would not work', async () => {
    const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await plain.goto(`${inject('baseUrl')}/uk/leaflets/`);
    expect(await plain.locator('a[href="/uk/leaflets/pack/all/"]').count()).toBe(1);
    await plain.goto(`${inject('baseUrl')}/uk/leaflets/pack/all/`);
    expect(await plain.locator('.leaflet-choice').isVisible()).toBe(false);
  });
});

describe('the algorithm page in print', () => {
  it('hides navigation and prints link addresses after their text', async () => {
    await page.goto(`${inject('baseUrl')}/uk/algorithms/domestic-violence/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('aside.emergency').isVisible()).toBe(false);
    const after = await page.locator('a[href^="https://zakon.rada.gov.ua"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://zakon.rada.gov.ua/laws/show/2229-19');
    await page.emulateMedia({ media: null });
  });
});

describe('npm run build:pdf', () => {
  it('renders every leaflet to a PDF next to it, and links to it', async () => {
    expect(buildPdf.stdout).toContain(`Wrote ${leaflets.length} leaflet PDFs`);
    const pdf = path.join(pdfSite, 'uk/leaflets/street-robbery/street-robbery-a4.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(path.join(pdfSite, 'uk/leaflets/street-robbery/index.html'), 'utf8')).toContain('<a href="street-robbery-a4.pdf" download>Завантажити PDF (A4)</a>');
    // Each is one page: counted with the A4 leaflets above.
    expect(await pageCount(readFileSync(pdf))).toBe(1);
  });
});
