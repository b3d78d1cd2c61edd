import { describe, expect, it } from 'vitest';
import { isIndexed, pageForIndex } from '../../src/search/page-for-index';

describe('the page the search index reads', () => {
  it('has no element ids, so Pagefind stores no per-step copies of the text', () => {
    const html = '<main data-pagefind-body><h2 id="before">Before</h2><li class="step" id="step-1" data-x="1"><a href="#step-1">#</a> Call id="102" now</li></main>';
    expect(pageForIndex(html)).toBe('<main data-pagefind-body><h2>Before</h2><li class="step" data-x="1"><a href="#step-1">#</a> Call id="102" now</li></main>');
  });

  it('keeps the words of neighbouring terms and cells apart', () => {
    expect(pageForIndex('<dl><dt>Date</dt><dd>21 February 2017</dd><dt>Place</dt></dl>')).toBe('<dl><dt>Date </dt><dd>21 February 2017 </dd><dt>Place </dt></dl>');
  });

  it('is only read when part of it is marked for search', () => {
    expect(isIndexed('<main data-pagefind-body>…</main>')).toBe(true);
    expect(isIndexed('<main>…</main>')).toBe(false);
  });
});
