import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTestChromium } from '../support/browser';
import { searchAgain, searchFor } from '../support/search-page';
import { searchQueries } from './search-queries';
import { checkContent } from '../../src/lib/content-check';
import { projectRoot } from '../support/paths';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchTestChromium();
  // bypassCSP: the axe check injects an inline script, which the site's policy forbids.
  page = await browser.newPage({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('search quality', () => {
  for (const lang of ['uk', 'en'] as const) {
    it(`finds the right page in the top three for at least 95% of ${searchQueries[lang].length} ${lang} queries`, async () => {
      const baseUrl = inject('baseUrl');
      const misses: string[] = [];
      // The page and Pagefind load once; each query after the first comes from the page's own form.
      let opened = false;
      for (const [query, expected] of searchQueries[lang]) {
        const top = (opened ? await searchAgain(page, query) : await searchFor(page, baseUrl, lang, query)).slice(0, 3);
        opened = true;
        if (!top.includes(expected)) misses.push(`"${query}" → ${top.join(', ') || 'nothing'} (wanted ${expected})`);
      }
      const total = searchQueries[lang].length;
      const rate = (total - misses.length) / total;
      console.log(`search quality (${lang}): ${(rate * 100).toFixed(1)}% of ${total} queries in the top three${misses.length ? `\n  missed: ${misses.join('\n  missed: ')}` : ''}`);
      expect(total).toBeGreaterThanOrEqual(40);
      expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('the search page', () => {
  it('reads the query from its address, so a search can be linked', async () => {
    const top = await searchFor(page, inject('baseUrl'), 'uk', 'пограбували');
    expect(top[0]).toBe('/uk/algorithms/street-robbery/');
    expect(await page.locator('#search-q').inputValue()).toBe('пограбували');
    expect(await page.locator('#search-status').innerText()).toMatch(/^Знайдено \d+ сторін/);
  });

  it('searches again from its own form without loading the page again, and Back returns to the last search', async () => {
    const baseUrl = inject('baseUrl');
    expect((await searchFor(page, baseUrl, 'uk', 'пограбували'))[0]).toBe('/uk/algorithms/street-robbery/');
    await page.evaluate(() => ((window as unknown as { sameVisit: boolean }).sameVisit = true));
    expect((await searchAgain(page, 'пожежа'))[0]).toBe('/uk/algorithms/fire-gas-or-collapse/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('пожежа');
    // Only the filters chosen go into the address, as the form itself would send them.
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['q']);
    await searchAgain(page, 'поліція', '&type=minutes');
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('поліція')}&type=minutes`);
    expect(await page.evaluate(() => (window as unknown as { sameVisit?: boolean }).sameVisit)).toBe(true);
    expect(await page.locator('.search-result').count()).toBe(1);
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('search-q') as HTMLInputElement).value === 'пожежа');
    await page.waitForFunction(() => document.getElementById('search-results')!.getAttribute('aria-busy') === 'false');
    expect(await page.locator('.search-result h2 a').first().getAttribute('href')).toBe('/uk/algorithms/fire-gas-or-collapse/');
    expect(await page.locator('#search-type').inputValue()).toBe('');
  });

  it('shows a result’s title, type, topic and summary', async () => {
    await searchFor(page, inject('baseUrl'), 'en', 'scam');
    const first = page.locator('.search-result').first();
    expect(await first.locator('h2').innerText()).toBe('If fraudsters call you or you have lost money');
    expect(await first.locator('p').first().innerText()).toBe('guide · Fraud');
    expect(await first.locator('p').nth(1).innerText()).toContain('How to recognise a fraudster');
  });

  it('shows the number first when a contact is asked for by name or number', async () => {
    for (const [lang, query, dial] of [['uk', 'поліція', '102'], ['uk', 'швидка', '103'], ['uk', '102', '102'], ['en', 'ambulance', '103']] as const) {
      await searchFor(page, inject('baseUrl'), lang, query);
      expect(await page.locator('.search-contact a').first().getAttribute('href')).toBe(`tel:${dial}`);
    }
  });

  it('puts an algorithm whose title or keywords match before pages that only mention the words', async () => {
    // "картка" is a keyword of the fraud algorithm; the theft and robbery pages only mention cards.
    expect((await searchFor(page, inject('baseUrl'), 'uk', 'картка'))[0]).toBe('/uk/algorithms/phone-and-online-fraud/');
    // "two walls rule" is a keyword of the air-raid algorithm; the drone algorithm only tells readers to follow it.
    expect((await searchFor(page, inject('baseUrl'), 'en', 'two walls rule'))[0]).toBe('/en/algorithms/air-raid-alert-and-shelling/');
  });

  it('loads four results at first and more on request', async () => {
    const first = await searchFor(page, inject('baseUrl'), 'uk', 'поліція');
    expect(first.length).toBe(4);
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 4);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(4);
  });

  it('filters by type, topic and audience', async () => {
    const baseUrl = inject('baseUrl');
    expect(await searchFor(page, baseUrl, 'uk', 'поліція', '&type=minutes')).toEqual(['/uk/minutes/2017-02-21-first-working-meeting/']);
    const theftOnly = await searchFor(page, baseUrl, 'uk', 'поліція', '&category=theft-and-robbery');
    expect(theftOnly.length).toBeGreaterThan(0);
    expect(theftOnly.every((href) => /theft|robbery/.test(href))).toBe(true);
    const forParents = checkContent(projectRoot, 'content')
      .model.entries.filter((entry) => entry.collection === 'algorithms' && entry.lang === 'en' && (entry.data.audience as string[]).includes('parents'))
      .map((entry) => `/en/algorithms/${entry.id}/`);
    const parentsOnly = await searchFor(page, baseUrl, 'en', 'police', '&audience=parents');
    expect(parentsOnly).toContain('/en/algorithms/missing-child/');
    expect(parentsOnly.filter((href) => !forParents.includes(href))).toEqual([]);
  });

  it('indexes only page bodies, never the header, footer or navigation', async () => {
    // Words that appear on every page, but only in the header ("Skip to content"), the footer links
    // ("перекладів") and the page-source line ("Редагувати"). Each is a word no page's own text
    // uses ("edit" no longer qualifies: a step tells residents not to edit photos of damage).
    for (const [lang, word] of [['uk', 'Редагувати'], ['uk', 'перекладів'], ['en', 'Skip']] as const) {
      expect({ word, found: await searchFor(page, inject('baseUrl'), lang, word) }).toEqual({ word, found: [] });
    }
  });

  it('is usable by keyboard and passes axe with results shown', async () => {
    await page.goto(`${inject('baseUrl')}/uk/algorithms/street-robbery/`);
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('шахраї');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/uk\/search\/\?q=/);
    await page.waitForSelector('.search-result');
    await page.keyboard.press('Tab');
    await page.addScriptTag({ content: axe.source });
    const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('without JavaScript, says search needs it and offers the topics', async () => {
    const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await plain.goto(`${inject('baseUrl')}/uk/search/?q=крадіжка`);
    expect(await plain.locator('#search-fallback').innerText()).toContain('Пошук працює лише з увімкненим JavaScript');
    expect(await plain.locator('#search-fallback a[href="/uk/categories/theft-and-robbery/"]').count()).toBe(1);
  });
});
