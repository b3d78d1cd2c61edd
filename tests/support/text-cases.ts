/**
 * Each kind of bad text an editor can write, as the text of one algorithm. The algorithm's card
 * cites its first source; each case cites the second, so that it reports only its own problem.
 */
export const badTextCases: Record<string, string> = {
  'unknown box': ':::tip\nПорада. :source[fixture-b]\n:::',
  'directive written the wrong way': '::steps\n1. Крок. :source[fixture-b]',
  'hand-typed phone number': 'Телефонуйте 102 або 0 800 500 335. :source[fixture-b]',
  'hand-typed mobile number': 'Дзвоніть на +380 67 123 45 67. :source[fixture-b]',
  'raw HTML': 'Текст <div>у блоці</div>. :source[fixture-b]',
  'script': '<script>alert(1)</script> :source[fixture-b]',
  'JSX expression': 'Сьогодні {new Date().getFullYear()} рік. :source[fixture-b]',
  'import': "import Foo from './foo.astro'\n\nТекст. :source[fixture-b]",
  'component outside the vocabulary': '<Steps>\n1. Крок. :source[fixture-b]\n</Steps>',
  'remote image without alt text': '![](https://example.org/photo.jpg) :source[fixture-b]',
  'unknown contact': 'Телефонуйте :call{contact="fire-brigade"}. :source[fixture-b]',
  'callout with a wrong level': ':::callout{level="very-urgent" contact="police"}\n- небезпека. :source[fixture-b]\n:::',
  'anchor outside steps': ':anchor{#here} Текст. :source[fixture-b]',
  'duplicate step id': ':::steps\n1. :anchor{#same} Один. :source[fixture-b]\n2. :anchor{#same} Два. :source[fixture-b]\n:::',
  'box inside a box': ':::note\nТекст. :source[fixture-b]\n:::warning\nУвага. :source[fixture-b]\n:::\n:::',
  'link to a page that does not exist': 'Див. [крадіжка](/uk/algorithms/no-such-page/) і [пограбування](/uk/algorithms/sample-untranslated/#about-heading). :source[fixture-b]',
  'link to a step that does not exist': 'Див. [крок](/uk/algorithms/sample-untranslated/#step-99) і [цей крок](#nowhere). :source[fixture-b]',
  'named anchor that another step has automatically': ':::steps\n1. Один. :source[fixture-b]\n2. :anchor{#step-1} Два. :source[fixture-b]\n:::',
  'link to a part only another kind of page has': 'Див. [джерела](/uk/recommendations/sample-recommendation/#sources-heading). :source[fixture-b]',
  'relative link': 'Див. [інший алгоритм](../sample-published/). :source[fixture-b]',
  'link that runs code': 'Натисніть [тут](javascript:alert(1)), [тут](JavaScript:void(0)), [тут](data:text/html,hi) або [тут][file]. :source[fixture-b]\n\n[file]: file:///etc/passwd',
  'unreadable text': 'Текст з <незакритим тегом.',
  'step without a source': ':::steps\n1. Перший крок. :source[fixture-b]\n2. Крок, на який нічого не вказує.\n   - :if[поранено] викличте швидку.\n:::',
  'source id that is not in the sources': ':::steps\n1. Перший крок. :source[fixture-b, dsns]\n2. Другий крок. :source[]\n:::',
  'source that no step cites': ':::steps\n1. Перший крок. :source[fixture-a]\n:::',
};
