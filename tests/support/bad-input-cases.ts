import { readFileSync } from 'node:fs';
import path from 'node:path';
import { replace, validFixture, type Mutation } from './fixture-content';
import { projectRoot } from './paths';

const copyOf = (file: string) => readFileSync(path.join(projectRoot, validFixture, file), 'utf8');

const published = 'algorithms/uk/sample-published.mdx';
const translation = 'algorithms/en/sample-published.mdx';

/** Each kind of bad input an editor can make, as a small change to the valid fixture. */
export const badInputCases: Record<string, Mutation[]> = {
  'missing required field': [{ file: published, text: replace('summary: Опублікований алгоритм для перевірки збірки сайту.\n', '') }],
  'wrong enum value': [{ file: published, text: replace('status: published', 'status: publishd') }],
  'impossible date': [{ file: published, text: replace('reviewed: 2026-02-01', 'reviewed: 2026-02-30') }],
  'unknown reference': [{ file: published, text: replace('contacts: [police]', 'contacts: [police, fire-brigade]') }],
  'translation disagrees with its original': [{ file: translation, text: replace('audience: [adults]', 'audience: [adults, children]') }],
  'Markdown file instead of MDX': [{ file: 'algorithms/uk/sample-other.md', text: copyOf(published) }],
  'duplicate id in a data file': [
    { file: 'data/organisations.yaml', text: (old) => `${old}\n- id: fixture-ngo\n  name: { uk: Друга, en: Second }\n  kind: ngo\n` },
  ],
  'old id that another entry still has': [{ file: 'algorithms/uk/sample-untranslated.mdx', text: replace('previousIds: [sample-old-name]', 'previousIds: [sample-published]') }],
  'broken YAML': [{ file: published, text: replace('status: published', 'status: [published') }],
  'unknown field': [{ file: published, text: replace('status: published', 'status: published\ntitel: Помилка') }],
  'translation without an original': [{ file: 'algorithms/en/no-original.mdx', text: copyOf(translation) }],
  'translation without the version it translates': [{ file: translation, text: replace('translationOf: 1\n', '') }],
  'translation of a version that does not exist': [{ file: translation, text: replace('translationOf: 1', 'translationOf: 3') }],
  'algorithm without an immediate-danger card': [{ file: published, text: replace(':::callout{level="immediate" contact="police"}\n- fixture danger. :source[fixture-a]\n:::\n', '') }],
  'danger card that is not the first thing': [{ file: published, text: replace('## Кроки\n', ':::callout{level="immediate" contact="police"}\n- ще одна небезпека. :source[fixture-a]\n:::\n\n## Кроки\n') }, { file: published, text: replace(':::callout{level="immediate" contact="police"}\n- fixture danger. :source[fixture-a]\n:::\n', 'Вступ. :source[fixture-a]\n') }],
  'source that is a home page': [{ file: published, text: replace('url: https://example.org/guidance\n', 'url: https://example.org/\n') }],
  'source without publisher and date checked': [{ file: published, text: replace('    publisher: Fixture publisher\n    checked: 2026-02-01\n  - id: fixture-b\n    title: Second', '  - id: fixture-b\n    title: Second') }],
  'one source only': [
    { file: published, text: replace('  - id: fixture-b\n    title: Second fixture source\n    url: https://example.org/guidance/more\n    publisher: Fixture publisher\n    checked: 2026-02-01\n', '') },
    { file: published, text: replace('Другий крок. :source[fixture-b]', 'Другий крок. :source[fixture-a]') },
  ],
  'reviewer in an unknown capacity': [{ file: published, text: replace('capacity: lawyer', 'capacity: priest') }],
  'review of a version not yet written': [{ file: published, text: replace('    capacity: lawyer\n    version: 2', '    capacity: lawyer\n    version: 3') }],
  'review that does not say which version it covers': [{ file: published, text: replace('    capacity: lawyer\n    version: 2\n', '    capacity: lawyer\n') }],
  'source without an id': [{ file: published, text: replace('  - id: fixture-b\n    title:', '  - title:') }],
  'two sources with the same id': [{ file: published, text: replace('  - id: fixture-b\n', '  - id: fixture-a\n') }],
  'translation that cites other sources than its original': [
    { file: translation, text: replace('translationOf: 1', 'translationOf: 2') },
    { file: translation, text: replace('Second step. :source[fixture-b]', 'Second step. :source[fixture-a]') },
  ],
  'translation that lists other sources than its original': [
    { file: translation, text: replace('translationOf: 1', 'translationOf: 2') },
    { file: translation, text: replace('  - id: fixture-b\n', '  - id: fixture-c\n') },
    { file: translation, text: replace('Second step. :source[fixture-b]', 'Second step. :source[fixture-c]') },
  ],
  'minutes compiled from a report without a source': [{ file: 'minutes/uk/2026-01-15-fixture-meeting.mdx', text: replace('record: official-minutes', 'record: compiled-from-report') }],
};
