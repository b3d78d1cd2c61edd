import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTestChromium } from '../support/browser';
import { page as page$, sitemapPaths } from '../support/dist-pages';
import { distDir, projectRoot } from '../support/paths';
import { narrowAddressWrapping } from '../support/printed-address';
import { dialDigits } from '../../src/formats/phone-number';

/**
 * A lesson's paper: the pupils', teacher's and parents' sheets on A4 and Letter, the poster on
 * A3 and on A4, and the class packs. One Chromium and one page for all of it. The page count is
 * read from the layout in print (at the paper's printable size), and a PDF is printed only to
 * confirm a sheet that comes within a few per cent of its page, and once per kind of sheet, so
 * that the layout's count is known to agree with Chromium's printing.
 */

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchTestChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Printable areas: the paper less the 10 mm margins the print styles set on each side. */
const papers = {
  A4: { format: 'A4', printableMm: [210 - 20, 297 - 20] },
  Letter: { format: 'Letter', printableMm: [215.9 - 20, 279.4 - 20] },
  A3: { format: 'A3', printableMm: [297 - 20, 420 - 20] },
} as const;
type Paper = keyof typeof papers;
const mmToPx = (mm: number) => (mm * 96) / 25.4;
const pageCount = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();
const tenPointsPx = (10 * 96) / 72;

const sheetPaths = sitemapPaths().filter((listed) => /^\/\w+\/lessons\/[a-z0-9-]+\/(pupils|teacher|parents|poster|poster\/a4)\/$/.test(listed));
const ofKind = (kind: string) => sheetPaths.filter((listed) => listed.endsWith(`/${kind}/`) && !(kind === 'poster' && listed.endsWith('/a4/')));
const lessonOf = (sheet: string) => sheet.split('/').slice(0, 4).join('/') + '/';
const record = (lesson: string) => {
  const [, lang, , id] = lesson.split('/');
  return JSON.parse(readFileSync(path.join(distDir, 'api/v1', lang!, 'lessons', `${id}.json`), 'utf8')) as { questions: { question: string; answers: { text: string; right: boolean }[]; why: string }[] };
};

interface PrintedLayout {
  heightPx: number;
  fontPx: number;
  /** Elements that reach past the printable width: they would be cut off or shrink the page. */
  overflowing: string[];
}

/** The page laid out for print at a paper's printable size. */
async function printedLayout(paper: Paper): Promise<PrintedLayout> {
  const [width, height] = papers[paper].printableMm;
  await page.setViewportSize({ width: Math.floor(mmToPx(width)), height: Math.floor(mmToPx(height)) });
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const sheet = document.querySelector('article.leaflet')!;
    const right = document.documentElement.clientWidth + 0.5;
    const overflowing = [...document.querySelectorAll('main *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 1 && (box.right > right || box.left < -0.5);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    // A numbered item's number stands left of it: it needs about a character and a half of room.
    for (const item of document.querySelectorAll('main ol > li')) {
      if (item.getBoundingClientRect().left < 1.2 * parseFloat(getComputedStyle(item).fontSize)) overflowing.push('the number of an ol > li');
    }
    return { heightPx: document.body.getBoundingClientRect().height, fontPx: parseFloat(getComputedStyle(sheet).fontSize), overflowing };
  });
  await page.emulateMedia({ media: null });
  return layout;
}

/** How many pages a sheet prints on: from the layout, or, when that comes close to a page, from a PDF. */
async function printedPages(paper: Paper, layout: PrintedLayout, confirm = false): Promise<number> {
  const pageHeightPx = mmToPx(papers[paper].printableMm[1]);
  if (!confirm && layout.heightPx < pageHeightPx * 0.97) return 1;
  return pageCount(await page.pdf({ format: papers[paper].format, preferCSSPageSize: false }));
}

/** Checks one kind of sheet on its papers; returns what is wrong, sheet by sheet. */
async function checkSheets(kind: string, onPapers: Paper[], maxPages = 1): Promise<string[]> {
  const problems: string[] = [];
  let confirmed = false;
  for (const sheet of ofKind(kind)) {
    await page.goto(`${inject('baseUrl')}${sheet}`);
    for (const paper of onPapers) {
      const layout = await printedLayout(paper);
      // Once per kind, a PDF confirms that the layout's count is the printed count.
      const pages = await printedPages(paper, layout, !confirmed);
      if (!confirmed && layout.heightPx < mmToPx(papers[paper].printableMm[1]) * 0.97 && pages !== 1) problems.push(`${sheet}: the layout fits one ${paper} page, but it prints on ${pages}`);
      confirmed = true;
      if (pages > maxPages) problems.push(`${sheet} prints on ${pages} ${paper} pages: about ${Math.round(((layout.heightPx - mmToPx(papers[paper].printableMm[1]) * maxPages) * 25.4) / 96)} mm too long`);
      if (layout.fontPx < tenPointsPx - 0.01) problems.push(`${sheet} is printed in ${((layout.fontPx * 72) / 96).toFixed(1)} pt on ${paper}, below 10 pt`);
      if (layout.overflowing.length > 0) problems.push(`${sheet} on ${paper}: ${layout.overflowing.slice(0, 3).join(', ')} reach past the printable width`);
    }
  }
  return problems;
}

describe('a lesson’s printable sheets', () => {
  it('exist for every lesson in both languages: pupils’, teacher’s, parents’, the poster on A3 and on A4', () => {
    expect(ofKind('pupils').length).toBeGreaterThanOrEqual(20);
    for (const kind of ['teacher', 'parents', 'poster', 'poster/a4']) expect({ kind, count: ofKind(kind).length }).toEqual({ kind, count: ofKind('pupils').length });
  });

  it('the pupils’ sheet prints on one A4 and one Letter page, type no smaller than 10 pt, nothing cut off', async () => {
    expect(await checkSheets('pupils', ['A4', 'Letter'])).toEqual([]);
  });

  it('the parents’ sheet prints on one A4 and one Letter page, type no smaller than 10 pt, nothing cut off', async () => {
    expect(await checkSheets('parents', ['A4', 'Letter'])).toEqual([]);
  });

  it('the teacher’s page prints on A4 and Letter, on two pages at most, type no smaller than 10 pt, nothing cut off', async () => {
    expect(await checkSheets('teacher', ['A4', 'Letter'], 2)).toEqual([]);
  });

  it('the poster prints on one A3 page, and its A4 copy on one A4 page, nothing cut off', async () => {
    expect([...(await checkSheets('poster', ['A3'])), ...(await checkSheets('poster/a4', ['A4']))]).toEqual([]);
  });

  it('the poster’s type grows to fill the page: the shortest rules in larger type than the longest, the page at least 60 % full', async () => {
    const filled: { sheet: string; fontPx: number; fill: number }[] = [];
    for (const sheet of ofKind('poster')) {
      await page.goto(`${inject('baseUrl')}${sheet}`);
      const layout = await printedLayout('A3');
      filled.push({ sheet, fontPx: layout.fontPx, fill: layout.heightPx / mmToPx(papers.A3.printableMm[1]) });
    }
    expect(filled.filter((poster) => poster.fill < 0.6)).toEqual([]);
    const sizes = filled.map((poster) => poster.fontPx);
    expect(Math.max(...sizes)).toBeGreaterThan(Math.min(...sizes) * 1.3);
    // A poster is for the far end of a classroom: its rules are in type of 20 pt or more.
    expect(filled.filter((poster) => poster.fontPx < (20 * 96) / 72)).toEqual([]);
  });

  it('carry a QR code that opens the lesson’s page, with its address printed whole after it', async () => {
    const scanner = await browser.newPage({ deviceScaleFactor: 3 });
    for (const pupils of ofKind('pupils')) {
      const lesson = lessonOf(pupils);
      const canonical = readFileSync(path.join(distDir, lesson, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1];
      await scanner.goto(`${inject('baseUrl')}${pupils}`);
      await scanner.emulateMedia({ media: 'print' });
      const png = PNG.sync.read(await scanner.locator('.leaflet__qr svg').screenshot());
      expect({ pupils, qr: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data }).toEqual({ pupils, qr: canonical });
      expect(canonical).toContain(await scanner.locator('.qr-address').innerText());
      const wrapping = await narrowAddressWrapping(scanner.locator('.qr-address'));
      expect({ pupils, broken: wrapping.broken, wrapped: wrapping.lines > 1 }).toEqual({ pupils, broken: [], wrapped: true });
      // Every other sheet of the lesson draws the very same code.
      const code = await scanner.locator('.leaflet__qr svg path').evaluateAll((paths) => paths.map((drawn) => drawn.getAttribute('d')));
      for (const other of ['teacher', 'parents', 'poster', 'poster/a4']) {
        const $ = page$(`${lesson}${other}/`);
        expect({ other, code: $('.leaflet__qr svg path').map((_, drawn) => $(drawn).attr('d')).get() }).toEqual({ other, code });
      }
    }
    await scanner.close();
  });

  it('the pupils’ sheet has every question and its options, and neither which is right nor why', async () => {
    for (const pupils of ofKind('pupils')) {
      const { questions } = record(lessonOf(pupils));
      await page.goto(`${inject('baseUrl')}${pupils}`);
      const everything = await page.evaluate(() => document.documentElement.textContent ?? '');
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('article.leaflet').innerText();
      await page.emulateMedia({ media: null });
      for (const question of questions) {
        expect(printed).toContain(question.question);
        for (const answer of question.answers) expect(printed).toContain(answer.text);
        expect({ pupils, why: everything.includes(question.why) }).toEqual({ pupils, why: false });
      }
      expect({ pupils, marked: await page.locator('.self-check__right, .self-check__why').count() }).toEqual({ pupils, marked: 0 });
      expect(printed).not.toContain('✓');
    }
  });

  it('the teacher’s page prints every question with its right answer marked and why', async () => {
    for (const teacher of ofKind('teacher')) {
      const { questions } = record(lessonOf(teacher));
      await page.goto(`${inject('baseUrl')}${teacher}`);
      await page.emulateMedia({ media: 'print' });
      const marked = await page.locator('.self-check__right strong').allInnerTexts();
      const printed = await page.locator('article.leaflet').innerText();
      await page.emulateMedia({ media: null });
      expect({ teacher, marked: marked.map((text) => text.replace(/^✓\s*/, '').trim()) }).toEqual({ teacher, marked: questions.map((question) => question.answers.find((answer) => answer.right)!.text) });
      for (const question of questions) expect({ teacher, why: printed.includes(question.why) }).toEqual({ teacher, why: true });
    }
  });

  it('the parents’ sheet has lines for the school’s own numbers, and only numbers from the contacts data', async () => {
    const contacts = parse(readFileSync(path.join(projectRoot, 'content/data/contacts.yaml'), 'utf8')) as { number: string }[];
    const known = new Set(contacts.map((contact) => dialDigits(contact.number)));
    for (const parents of ofKind('parents')) {
      await page.goto(`${inject('baseUrl')}${parents}`);
      await page.emulateMedia({ media: 'print' });
      const blanks = await page.locator('.lesson-numbers__line .lesson-numbers__blank').evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().width));
      expect({ parents, blanks: blanks.length, wide: blanks.every((width) => width > 100) }).toEqual({ parents, blanks: 2, wide: true });
      const dialled = await page.locator('article.leaflet a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(4)));
      expect(dialled.length).toBeGreaterThan(0);
      expect({ parents, unknown: dialled.filter((number) => !known.has(number)) }).toEqual({ parents, unknown: [] });
      // Past the numbers from the data (call links), dates and the address, no number is left in the text.
      const rest = await page.locator('article.leaflet').evaluate((sheet) => {
        const copy = sheet.cloneNode(true) as HTMLElement;
        for (const element of copy.querySelectorAll('a[href^="tel:"], time, .qr-address, svg')) element.remove();
        return copy.textContent ?? '';
      });
      expect({ parents, typed: rest.match(/\d[\d\s\u2011-]{1,}\d/g) ?? [] }).toEqual({ parents, typed: [] });
      await page.emulateMedia({ media: null });
    }
  });
});

describe('class packs', () => {
  it('print each lesson’s pupils’ and parents’ sheets of an age band, each on its own page', async () => {
    const packs = sitemapPaths().filter((listed) => /^\/\w+\/lessons\/pack\/[\d-]+\/$/.test(listed));
    expect(packs.length).toBe(6);
    for (const pack of packs) {
      await page.goto(`${inject('baseUrl')}${pack}`);
      // Which sheets a pack (and its further pages) holds is checked on the built pages (tests/build/lessons.test.ts).
      const sheets = await page.locator('article[data-lesson-sheet]').count();
      expect(sheets).toBeGreaterThanOrEqual(2);
      expect({ pack, pages: await pageCount(await page.pdf({ format: 'A4' })) }).toEqual({ pack, pages: sheets });
    }
  });
});
