import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/locales';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { badInputCases } from '../support/bad-input-cases';
import { fixtureContent, replace, validFixture } from '../support/fixture-content';
import { projectRoot } from '../support/paths';

describe('content check', () => {
  it('finds no problem in the real content', () => {
    const { problems } = checkContent(projectRoot, 'content', 'en');
    expect(formatProblems(problems, 'en')).toBe('Content check found 0 problems:');
  });

  it('finds no problem in the valid fixture', () => {
    expect(checkContent(projectRoot, validFixture).problems).toEqual([]);
  });

  it('reads every entry of the real content in every language', () => {
    const { model } = checkContent(projectRoot, 'content');
    const algorithms = model.entries.filter((entry) => entry.collection === 'algorithms');
    expect(algorithms.filter((entry) => entry.lang === 'uk').length).toBeGreaterThanOrEqual(6);
    expect(algorithms.filter((entry) => entry.lang === 'en').length).toBe(algorithms.filter((entry) => entry.lang === 'uk').length);
  });
});

describe('bad input is reported with file, line and field', () => {
  const report = (name: string, lang: Lang = 'en') => formatProblems(checkContent(projectRoot, fixtureContent(name.replace(/\W+/g, '-'), badInputCases[name]!), lang).problems, lang);

  // Ukrainian is what editors read by default: every case is pinned in it too.
  for (const name of Object.keys(badInputCases)) {
    it(`${name}, in Ukrainian`, async () => {
      await expect(report(name, 'uk')).toMatchFileSnapshot(`__snapshots__/check-messages/${name.replace(/\W+/g, '-')}.uk.txt`);
    });
  }

  it('missing required field', () => {
    expect(report('missing required field')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/missing-required-field/algorithms/uk/sample-published.mdx:2 · field "summary"
          this field is required but missing
          Fix: add a line "summary: …" to the frontmatter. One or two sentences, under 240 characters. For example: summary: Що робити одразу після пограбування і куди звертатися."
    `);
  });
  it('wrong enum value', () => {
    expect(report('wrong enum value')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/wrong-enum-value/algorithms/uk/sample-published.mdx:4 · field "status"
          "publishd" is not allowed here; use one of: field-testing, published, retired
          Fix: Where it stands: published while it is tested with residents, published, or no longer updated and kept for reference. For example: status: published"
    `);
  });
  it('impossible date', () => {
    expect(report('impossible date')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/impossible-date/algorithms/uk/sample-published.mdx:20 · field "reviewed"
          this date does not exist in the calendar
          Fix: The day the text was last checked against its sources, YYYY-MM-DD. For example: reviewed: 2026-11-24"
    `);
  });
  it('unknown reference', () => {
    expect(report('unknown reference')).toMatchInlineSnapshot(`
      "Content check found 2 problems:

      1. tests/.output/content/unknown-reference/algorithms/en/sample-published.mdx:41 · field "contacts"
          is ["police"] here but ["police","fire-brigade"] in the original tests/.output/content/unknown-reference/algorithms/uk/sample-published.mdx (line 40)
          Fix: this field is a fact, not words: make it the same in both files (change the original first if the fact changed)

      2. tests/.output/content/unknown-reference/algorithms/uk/sample-published.mdx:40 · field "contacts.1"
          "fire-brigade" is not a known contact
          Fix: use one of: police (or add it to content/data/contacts.yaml)"
    `);
  });
  it('translation disagrees with its original', () => {
    expect(report('translation disagrees with its original')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/translation-disagrees-with-its-original/algorithms/en/sample-published.mdx:6 · field "audience"
          is ["adults","children"] here but ["adults"] in the original tests/.output/content/translation-disagrees-with-its-original/algorithms/uk/sample-published.mdx (line 6)
          Fix: this field is a fact, not words: make it the same in both files (change the original first if the fact changed)"
    `);
  });
  it('Markdown file instead of MDX', () => {
    expect(report('Markdown file instead of MDX')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/Markdown-file-instead-of-MDX/algorithms/uk/sample-other.md
          only .mdx files are read here, so this file would not be published
          Fix: rename the file to end in .mdx (the text stays the same)"
    `);
  });
  it('duplicate id in a data file', () => {
    expect(report('duplicate id in a data file')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/duplicate-id-in-a-data-file/data/organisations.yaml:5 · field "id"
          the id "fixture-ngo" is already used on line 1 of this file
          Fix: give each of the organisations its own id"
    `);
  });
  it('old id that another entry still has', () => {
    expect(report('old id that another entry still has')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/old-id-that-another-entry-still-has/algorithms/uk/sample-untranslated.mdx:5 · field "previousIds.0"
          "sample-published" is the id of another algorithms entry that still exists
          Fix: an old id can only redirect once its own file is gone: delete or rename that file, or remove this line"
    `);
  });
  it('broken YAML', () => {
    expect(report('broken YAML')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/broken-YAML/algorithms/uk/sample-published.mdx:5
          the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
          Fix: check the indentation and the colon after each field name; put text containing ": " in quotes"
    `);
  });
  it('unknown field', () => {
    expect(report('unknown field')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/unknown-field/algorithms/uk/sample-published.mdx:5 · field "titel"
          unknown field "titel"
          Fix: remove it, or check its spelling against the field reference in CONTRIBUTING.md."
    `);
  });
  it('translation without the version it translates', () => {
    expect(report('translation without the version it translates')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/translation-without-the-version-it-translates/algorithms/en/sample-published.mdx:1 · field "translationOf"
          a translation must say which version of the original it translates
          Fix: add "translationOf: 2" if this text matches version 2 of tests/.output/content/translation-without-the-version-it-translates/algorithms/uk/sample-published.mdx"
    `);
  });
  it('translation of a version that does not exist', () => {
    expect(report('translation of a version that does not exist')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/translation-of-a-version-that-does-not-exist/algorithms/en/sample-published.mdx:7 · field "translationOf"
          translates version 3, but the original tests/.output/content/translation-of-a-version-that-does-not-exist/algorithms/uk/sample-published.mdx is only at version 2
          Fix: write the version of the original you translated (at most 2)"
    `);
  });
  it('translation without an original', () => {
    expect(report('translation without an original')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/translation-without-an-original/algorithms/en/no-original.mdx:1
          there is no original of this algorithm in the "uk" folder
          Fix: a translation must have the same file name as its original: add content/algorithms/uk/no-original.mdx, or rename this file to match an existing original"
    `);
  });
  it('algorithm without an immediate-danger card', () => {
    expect(report('algorithm without an immediate-danger card')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/algorithm-without-an-immediate-danger-card/algorithms/uk/sample-published.mdx:44
          the text must open with a care card of level "immediate", saying when to call
          Fix: start the text with :::callout{level="immediate" contact="…"}, a list of the dangers that need a call now, and ::: on a line of its own"
    `);
  });
  it('danger card that is not the first thing', () => {
    expect(report('danger card that is not the first thing')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/danger-card-that-is-not-the-first-thing/algorithms/uk/sample-published.mdx:43
          the text must open with a care card of level "immediate", saying when to call
          Fix: start the text with :::callout{level="immediate" contact="…"}, a list of the dangers that need a call now, and ::: on a line of its own"
    `);
  });
  it('source that is a home page', () => {
    expect(report('source that is a home page')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/source-that-is-a-home-page/algorithms/uk/sample-published.mdx:25 · field "sources.0.url"
          this is the home page of a site: link the page that says it (the guidance, the law or the article itself)
          Fix: The address of the page with the guidance (not a home page). For example: url: https://mvs.gov.ua/news/iak-diiati-iakshho-opinilisia-pid-zavalami-budivli"
    `);
  });
  it('source without publisher and date checked', () => {
    expect(report('source without publisher and date checked')).toMatchInlineSnapshot(`
      "Content check found 2 problems:

      1. tests/.output/content/source-without-publisher-and-date-checked/algorithms/uk/sample-published.mdx:23 · field "sources.0.publisher"
          this field is required but missing
          Fix: add a line "publisher: …" to item 1 of "sources". Who published it. For example: publisher: МВС України

      2. tests/.output/content/source-without-publisher-and-date-checked/algorithms/uk/sample-published.mdx:23 · field "sources.0.checked"
          this field is required but missing
          Fix: add a line "checked: …" to item 1 of "sources". The day an editor last read the page against the algorithm, YYYY-MM-DD. For example: checked: 2026-12-02"
    `);
  });
  it('one source only', () => {
    expect(report('one source only')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/one-source-only/algorithms/uk/sample-published.mdx:23 · field "sources"
          needs at least 2 items
          Fix: At least two official pages with the guidance, each with its short name, title, address, publisher and the day it was checked."
    `);
  });
  it('reviewer in an unknown capacity', () => {
    expect(report('reviewer in an unknown capacity')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/reviewer-in-an-unknown-capacity/algorithms/uk/sample-published.mdx:36 · field "reviewedBy.0.capacity"
          "priest" is not allowed here; use one of: police, rescue, medic, lawyer, ngo
          Fix: In what capacity they checked it. For example: capacity: police"
    `);
  });
  it('minutes compiled from a report without a source', () => {
    expect(report('minutes compiled from a report without a source')).toMatchInlineSnapshot(`
      "Content check found 1 problem:

      1. tests/.output/content/minutes-compiled-from-a-report-without-a-source/minutes/uk/2026-01-15-fixture-meeting.mdx:2 · field "sources"
          a record that is not official minutes ("record: compiled-from-report") must name what it was made from: add the report or notes under "sources" (title, and url where it is online)
          Fix: add a line "sources: …" to the frontmatter. Published records of the meeting."
    `);
  });
});

describe('messages name things as editors do', () => {
  it('names a collection by its label, not by its folder with a letter cut off', () => {
    const content = fixtureContent('labels-in-messages', [
      { file: 'algorithms/uk/sample-published.mdx', text: replace('category: fixture-topic', 'category: no-such-topic') },
      { file: 'recommendations/uk/sample-recommendation.mdx', text: replace('relatedMinutes: [2026-01-15-fixture-meeting]', 'relatedMinutes: [2026-01-16-no-such-meeting]') },
    ]);
    const messages = checkContent(projectRoot, content, 'en').problems.map((problem) => problem.message);
    expect(messages).toContain('"no-such-topic" is not a known topic');
    expect(messages).toContain('"2026-01-16-no-such-meeting" is not a known meeting record');
  });
});
