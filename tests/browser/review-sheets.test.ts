import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultLang, langCodes } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translator';
import { checkContent } from '../../src/lib/content-check';
import { reviewSheetPath } from '../../src/lib/permalinks';
import { statements } from '../../src/markdown/statements';
import { parseBody } from '../../src/markdown/parse-body';
import { useBrowser } from '../support/browser';
import { page as builtPage } from '../support/dist-pages';
import { projectRoot } from '../support/paths';

const browser = useBrowser();
let tab: Page;
beforeAll(async () => {
  tab = await browser().newPage();
});

const originals = checkContent(projectRoot, 'content').model.entries.filter((entry) => entry.collection === 'algorithms' && entry.lang === defaultLang && entry.data.draft !== true);

/** The words on each page of a PDF, one string per page. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await task.destroy();
  return pages;
}

describe('review sheets', () => {
  it('list every statement of the algorithm, each with at least one source, and end with a sign-off', () => {
    const problems: string[] = [];
    for (const entry of originals) {
      const expected = statements(parseBody(entry.body).tree!).length;
      for (const lang of langCodes) {
        const $ = builtPage(reviewSheetPath(lang, entry.id));
        const items = $('.review-item');
        if (items.length !== expected) problems.push(`${reviewSheetPath(lang, entry.id)}: ${items.length} items, the algorithm has ${expected} statements`);
        items.each((_, item) => {
          if ($(item).find('.review-item__sources li').length === 0) problems.push(`${reviewSheetPath(lang, entry.id)}: ${$(item).find('.review-item__place').text()} shows no source`);
        });
        if ($('.review-sheet__signoff').length !== 1) problems.push(`${reviewSheetPath(lang, entry.id)}: no sign-off`);
        if ($('meta[name="robots"]').attr('content') !== 'noindex') problems.push(`${reviewSheetPath(lang, entry.id)}: not marked noindex`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('print on A4 without splitting any item, or the sign-off, across two pages', async () => {
    const problems: string[] = [];
    for (const entry of originals) {
      for (const lang of langCodes) {
        const t = useTranslations(lang);
        const sheet = reviewSheetPath(lang, entry.id);
        await tab.goto(`${inject('baseUrl')}${sheet}`);
        const count = await tab.locator('.review-item').count();
        const pages = await pdfPages(await tab.pdf({ format: 'A4' }));
        const pageOf = (words: string) => pages.findIndex((text) => text.includes(words));
        for (let number = 1; number <= count; number++) {
          const [start, end] = [pageOf(`${t('reviewSheet.item', { number })} `), pageOf(t('reviewSheet.comment', { number }))];
          if (start < 0 || start !== end) problems.push(`${sheet}: item ${number} starts on page ${start + 1} and ends on page ${end + 1}`);
        }
        const [signStart, signEnd] = [pageOf(t('reviewSheet.signoff')), pageOf(t('reviewSheet.publishName'))];
        if (signStart < 0 || signStart !== signEnd) problems.push(`${sheet}: the sign-off starts on page ${signStart + 1} and ends on page ${signEnd + 1}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
