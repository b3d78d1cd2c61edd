import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { contactCheckStale, reviewState, reviewWarnings } from '../../src/lib/reviews-due';
import { fixtureContent, replace, validFixture } from '../support/fixture-content';
import { projectRoot } from '../support/paths';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('reviews that fall due', () => {
  it('an algorithm is due within 30 days of its next review and overdue the day after it', () => {
    const nextReview = day('2027-06-02');
    expect(reviewState(nextReview, day('2027-05-02'))).toBe('current');
    expect(reviewState(nextReview, day('2027-05-03'))).toBe('due');
    expect(reviewState(nextReview, new Date('2027-06-02T23:59:00Z'))).toBe('due');
    expect(reviewState(nextReview, day('2027-06-03'))).toBe('overdue');
  });

  it('a phone number checked more than six months ago is to be checked again', () => {
    expect(contactCheckStale(day('2026-06-02'), day('2026-12-02'))).toBe(false);
    expect(contactCheckStale(day('2026-06-01'), day('2026-12-02'))).toBe(true);
  });

  it('warns on the line of each field that holds the promise, and only when it falls due', () => {
    const { model } = checkContent(projectRoot, validFixture);
    const before = reviewWarnings(model, day('2026-06-01'), 'en');
    expect(before).toEqual([]);
    const after = reviewWarnings(model, day('2026-12-02'), 'en');
    expect(after.map(({ file, line, field }) => `${file.slice(validFixture.length + 1)}:${line} ${field}`)).toEqual([
      'algorithms/en/sample-published.mdx:22 nextReview',
      'algorithms/uk/sample-published.mdx:21 nextReview',
      'algorithms/uk/sample-untranslated.mdx:22 nextReview',
      'data/contacts.yaml:11 checked',
    ]);
    // Drafts are not published, so they promise nothing yet.
    expect(after.some((warning) => warning.file.includes('sample-draft'))).toBe(false);
    const dueSoon = reviewWarnings(model, day('2026-07-15'), 'en');
    expect(dueSoon.filter((warning) => warning.field === 'nextReview').map((warning) => warning.message)).toEqual(Array(3).fill('the review is due on 2026-08-01'));
  });
});

describe('a version changed after its signed review', () => {
  const warningsWith = (mutations: Parameters<typeof fixtureContent>[1]) =>
    reviewWarnings(checkContent(projectRoot, fixtureContent(`review-version-${mutations.length}`, mutations)).model, day('2026-06-01'), 'en').filter((warning) => warning.field === 'reviewedBy');

  it('warns on the original, once, that the new version is not reviewed, and says how to get it reviewed', () => {
    const warnings = warningsWith([{ file: 'algorithms/uk/sample-published.mdx', text: replace('    capacity: lawyer\n    version: 2', '    capacity: lawyer\n    version: 1') }]);
    expect(warnings.map((warning) => `${warning.file.split('/').slice(-2).join('/')} ${warning.message}`)).toEqual([
      'uk/sample-published.mdx the text is at version 2, but specialists signed a review of version 1 only: the page tells readers this version is not yet checked',
    ]);
    expect(warnings[0]!.fix).toContain('/uk/review-sheets/sample-published/');
  });

  it('says nothing while the review covers the current version', () => {
    expect(reviewWarnings(checkContent(projectRoot, validFixture).model, day('2026-06-01'), 'en').filter((warning) => warning.field === 'reviewedBy')).toEqual([]);
  });
});

describe('an algorithm that does not say which source supports each statement', () => {
  it('is refused, with a problem on each statement and each source, not passed with a warning', () => {
    const strip = (text: string) => text.replace(/ :source\[[^\]]*\]/g, '').replace(/  - id: fixture-[ab]\n    title:/g, '  - title:');
    const dir = fixtureContent('untraced', [
      { file: 'algorithms/uk/sample-published.mdx', text: strip },
      { file: 'algorithms/en/sample-published.mdx', text: strip },
    ]);
    const { problems } = checkContent(projectRoot, dir, 'en');
    const uk = problems.filter((problem) => problem.file.endsWith('uk/sample-published.mdx'));
    expect(uk.filter((problem) => problem.field === 'sources.0.id' || problem.field === 'sources.1.id').map((problem) => problem.fix?.split('.')[0])).toEqual([
      'add a line "id: …" to item 1 of "sources"',
      'add a line "id: …" to item 2 of "sources"',
    ]);
    expect(uk.filter((problem) => /names no source that supports it/.test(problem.message)).length).toBeGreaterThanOrEqual(3);
  });
});

