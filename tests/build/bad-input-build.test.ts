import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro-cli';
import { badInputCases } from '../support/bad-input-cases';
import { fixtureContent } from '../support/fixture-content';
import { outputDir } from '../support/paths';

/** What the message must name for each case: the file and, where there is one, the field (in Ukrainian, the build's default). */
const expected: Record<string, { file: string; field?: string }> = {
  'missing required field': { file: 'algorithms/uk/sample-published.mdx:2', field: 'поле "summary"' },
  'wrong enum value': { file: 'algorithms/uk/sample-published.mdx:4', field: 'поле "status"' },
  'impossible date': { file: 'algorithms/uk/sample-published.mdx:20', field: 'поле "reviewed"' },
  'unknown reference': { file: 'algorithms/uk/sample-published.mdx:36', field: 'поле "contacts.1"' },
  'translation disagrees with its original': { file: 'algorithms/en/sample-published.mdx:6', field: 'поле "audience"' },
  'Markdown file instead of MDX': { file: 'algorithms/uk/sample-other.md' },
  'duplicate id in a data file': { file: 'data/organisations.yaml:5', field: 'поле "id"' },
  'old id that another entry still has': { file: 'algorithms/uk/sample-untranslated.mdx:5', field: 'поле "previousIds.0"' },
  'broken YAML': { file: 'algorithms/uk/sample-published.mdx:5' },
  'unknown field': { file: 'algorithms/uk/sample-published.mdx:5', field: 'поле "titel"' },
  'translation without an original': { file: 'algorithms/en/no-original.mdx' },
  'translation without the version it translates': { file: 'algorithms/en/sample-published.mdx:1', field: 'поле "translationOf"' },
  'translation of a version that does not exist': { file: 'algorithms/en/sample-published.mdx:7', field: 'поле "translationOf"' },
  'algorithm without an immediate-danger card': { file: 'algorithms/uk/sample-published.mdx:40' },
  'danger card that is not the first thing': { file: 'algorithms/uk/sample-published.mdx:39' },
  'source that is a home page': { file: 'algorithms/uk/sample-published.mdx:24', field: 'поле "sources.0.url"' },
  'source without publisher and date checked': { file: 'algorithms/uk/sample-published.mdx:23', field: 'поле "sources.0.publisher"' },
  'one source only': { file: 'algorithms/uk/sample-published.mdx:23', field: 'поле "sources"' },
  'reviewer in an unknown capacity': { file: 'algorithms/uk/sample-published.mdx:34', field: 'поле "reviewedBy.0.capacity"' },
  'minutes compiled from a report without a source': { file: 'minutes/uk/2026-01-15-fixture-meeting.mdx:2', field: 'поле "sources"' },
};

describe('a production build with bad content stops and publishes nothing', () => {
  for (const [name, mutations] of Object.entries(badInputCases)) {
    it(name, async () => {
      const slug = `build-${name.replace(/\W+/g, '-')}`;
      const contentDir = fixtureContent(slug, mutations);
      const outDir = path.join(outputDir, `${slug}-dist`);
      const { code, output } = await runAstro(['build', '--outDir', outDir], { SAFE_CITY_CONTENT: contentDir });
      expect(code).not.toBe(0);
      expect(output).toContain(`${contentDir}/${expected[name]!.file}`);
      if (expected[name]!.field) expect(output).toContain(expected[name]!.field);
      expect(output).toContain('Нічого не зібрано.');
      expect(existsSync(outDir)).toBe(false);
    });
  }
});
