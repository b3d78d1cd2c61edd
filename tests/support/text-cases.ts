/** Each kind of bad text an editor can write, as the text of one algorithm. */
export const badTextCases: Record<string, string> = {
  'unknown box': ':::tip\nПорада.\n:::',
  'directive written the wrong way': '::steps\n1. Крок.',
  'hand-typed phone number': 'Телефонуйте 102 або 0 800 500 335.',
  'hand-typed mobile number': 'Дзвоніть на +380 67 123 45 67.',
  'raw HTML': 'Текст <div>у блоці</div>.',
  'script': '<script>alert(1)</script>',
  'JSX expression': 'Сьогодні {new Date().getFullYear()} рік.',
  'import': "import Foo from './foo.astro'\n\nТекст.",
  'component outside the vocabulary': '<Steps>\n1. Крок.\n</Steps>',
  'remote image without alt text': '![](https://example.org/photo.jpg)',
  'unknown contact': 'Телефонуйте :call{contact="fire-brigade"}.',
  'callout with a wrong level': ':::callout{level="very-urgent" contact="police"}\n- небезпека.\n:::',
  'anchor outside steps': ':anchor{#here} Текст.',
  'duplicate step id': ':::steps\n1. :anchor{#same} Один.\n2. :anchor{#same} Два.\n:::',
  'box inside a box': ':::note\nТекст.\n:::warning\nУвага.\n:::\n:::',
  'unreadable text': 'Текст з <незакритим тегом.',
};
