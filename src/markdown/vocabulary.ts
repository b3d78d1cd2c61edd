/**
 * The authoring vocabulary: every directive an editor may use, defined once. The remark
 * plugin, the content check, the field reference and the tests all read this list.
 *
 * Containers are boxes that open with `:::name` and close with `:::` on a line of their own;
 * text directives sit inside a line (`:call{contact="police"}`).
 */
export const calloutLevels = ['immediate', 'urgent', 'non-urgent'] as const;
export type CalloutLevel = (typeof calloutLevels)[number];

export interface DirectiveAttribute {
  required: boolean;
  /** Allowed values; any value when absent. */
  values?: readonly string[];
  /** A contact id from `content/data/contacts.yaml`. */
  contact?: true;
  description: string;
}

export interface DirectiveSpec {
  name: string;
  kind: 'container' | 'leaf' | 'text';
  /** One line for the field reference. */
  summary: string;
  /** A complete example an editor can copy. */
  example: string;
  /** Whether `[label]` after the name sets a heading or text. */
  label?: 'optional' | 'required';
  /** The label lists ids, not words a reader sees: the spelling check leaves it alone. */
  labelIsIds?: true;
  attributes: Record<string, DirectiveAttribute>;
  /** Only allowed at the start of a sub-step inside `:::steps`, or only at the start of a step. */
  placement?: 'substep' | 'step';
  /** The only collections whose texts may use it (a lesson's boxes); any collection when absent. */
  collections?: readonly string[];
}

/** The collection whose texts are lessons: the boxes below marked for it are allowed there only. */
const lessons = ['lessons'] as const;

export const vocabulary = [
  {
    name: 'steps',
    kind: 'container',
    summary: 'A numbered list of steps. Each step gets a permanent link: #step-1, #step-2… or the id given with :anchor.',
    example: ':::steps\n1. Перейдіть у безпечне місце.\n2. Зателефонуйте :call{contact="police"}.\n:::',
    attributes: {},
  },
  {
    name: 'anchor',
    kind: 'text',
    summary: 'At the start of a step: gives the step a permanent id that survives rewording and reordering.',
    example: '1. :anchor{#call-police} Зателефонуйте до поліції.',
    attributes: {},
    placement: 'step',
  },
  {
    name: 'if',
    kind: 'text',
    summary: 'At the start of a sub-step: what to do in one case ("if … then").',
    example: '   - :if[вас поранили] викличте швидку.',
    label: 'required',
    attributes: {},
    placement: 'substep',
  },
  {
    name: 'and',
    kind: 'text',
    summary: 'At the start of a sub-step: one of several things to do together.',
    example: '   - :and заблокуйте картку.',
    attributes: {},
    placement: 'substep',
  },
  {
    name: 'or',
    kind: 'text',
    summary: 'At the start of a sub-step: one of several alternatives.',
    example: '   - :or сховайтеся в під’їзді.',
    attributes: {},
    placement: 'substep',
  },
  {
    name: 'source',
    kind: 'text',
    summary: 'At the end of a step, card line or paragraph: the source or sources that support it, by their ids in the frontmatter’s sources. Algorithms need one on every statement.',
    example: '2. Зателефонуйте до поліції :call{contact="police"}. :source[npu-theft]',
    label: 'required',
    labelIsIds: true,
    attributes: {},
  },
  {
    name: 'callout',
    kind: 'container',
    summary: 'A care card: when to call, at one of three levels. The heading reads like "Call 102 if:".',
    example: ':::callout{level="immediate" contact="police"}\n- вам погрожують зброєю;\n- кривдник поруч.\n:::',
    label: 'optional',
    attributes: {
      level: { required: true, values: calloutLevels, description: 'immediate, urgent or non-urgent' },
      contact: { required: false, contact: true, description: 'the contact to call (a contact id); without it, give a heading in [ ]' },
    },
  },
  {
    name: 'call',
    kind: 'text',
    summary: 'A phone number from the contacts data, as a tap-to-call link with the service name.',
    example: 'Зателефонуйте :call{contact="police"}.',
    attributes: { contact: { required: true, contact: true, description: 'a contact id from content/data/contacts.yaml' } },
  },
  {
    name: 'call',
    kind: 'leaf',
    summary: 'A large tap-to-call button on a line of its own.',
    example: '::call{contact="emergency"}',
    attributes: { contact: { required: true, contact: true, description: 'a contact id from content/data/contacts.yaml' } },
  },
  {
    name: 'do',
    kind: 'container',
    summary: 'A list of things to do.',
    example: ':::do\n- Запам’ятайте прикмети.\n:::',
    label: 'optional',
    attributes: {},
  },
  {
    name: 'dont',
    kind: 'container',
    summary: 'A list of things not to do.',
    example: ':::dont\n- Не наздоганяйте грабіжника.\n:::',
    label: 'optional',
    attributes: {},
  },
  {
    name: 'note',
    kind: 'container',
    summary: 'A note beside the text.',
    example: ':::note\nДзвінок безкоштовний.\n:::',
    label: 'optional',
    attributes: {},
  },
  {
    name: 'warning',
    kind: 'container',
    summary: 'A warning beside the text.',
    example: ':::warning\nНе пересувайте постраждалих без потреби.\n:::',
    label: 'optional',
    attributes: {},
  },
  {
    name: 'rules',
    kind: 'container',
    summary: 'Lessons only: the lesson’s three to five rules, as a numbered list; each rule ends with :source[…].',
    example: ':::rules\n1. Не торкайся незнайомих речей. :source[dsns-mines-kids]\n:::',
    attributes: {},
    collections: lessons,
  },
  {
    name: 'why',
    kind: 'container',
    summary: 'Lessons for 10-15 and 15-17 only: one or two short paragraphs on why the rules are so; each ends with :source[…].',
    example: ':::why\nМіна може вибухнути від дотику. :source[dsns-mines-kids]\n:::',
    attributes: {},
    collections: lessons,
  },
  {
    name: 'practice',
    kind: 'container',
    summary: 'Lessons only: what to practise in class, one list item each, each ending with :source[…].',
    example: ':::practice\n- Рольова гра «Знахідка в парку». :source[dsns-mines-kids]\n:::',
    attributes: {},
    collections: lessons,
  },
  {
    name: 'question',
    kind: 'container',
    summary: 'Lessons only: a self-check question, its answers as a task list with exactly one [x], then :why[…] with the source.',
    example: ':::question\nЩо робити, якщо бачиш незнайому річ?\n- [ ] Підняти її.\n- [x] Відійти й сказати дорослим.\n\n:why[Незнайома річ може вибухнути.] :source[dsns-mines-kids]\n:::',
    attributes: {},
    collections: lessons,
  },
  {
    name: 'why',
    kind: 'text',
    summary: 'Lessons only, inside :::question: why the right answer is right, in one or two sentences.',
    example: ':why[Незнайома річ може вибухнути.] :source[dsns-mines-kids]',
    label: 'required',
    attributes: {},
    collections: lessons,
  },
  {
    name: 'parents',
    kind: 'container',
    summary: 'Lessons only: the part for parents (what the child learned, what to do at home, whom to call); every line ends with :source[…].',
    example: ':::parents\n**Що дитина вивчила:** не торкатися незнайомих речей. :source[dsns-mines-kids]\n:::',
    attributes: {},
    collections: lessons,
  },
] as const satisfies readonly DirectiveSpec[];

export type DirectiveName = (typeof vocabulary)[number]['name'];
export type DirectiveKind = DirectiveSpec['kind'];

/** The definition of `name` as a directive of `kind`, if the vocabulary has one. */
export function findDirective(name: string, kind: DirectiveKind): DirectiveSpec | undefined {
  return (vocabulary as readonly DirectiveSpec[]).find((spec) => spec.name === name && spec.kind === kind);
}

/** Whether a directive may be used in a text of `collection` (a lesson's boxes only in lessons). */
export function allowedIn(spec: DirectiveSpec, collection: string | undefined): boolean {
  return !spec.collections || collection === undefined || spec.collections.includes(collection);
}

export function isDirectiveName(name: string): name is DirectiveName {
  return (vocabulary as readonly DirectiveSpec[]).some((spec) => spec.name === name);
}

/** How an editor writes a directive of this kind: `:::note`, `::call`, `:call`. */
export function directiveSyntax(name: string, kind: DirectiveKind): string {
  return `${{ container: ':::', leaf: '::', text: ':' }[kind]}${name}`;
}

/** The directives of one kind a text of `collection` may use, as editors write them, for "use one of" messages. */
export function knownSyntax(kind: DirectiveKind, collection?: string): string[] {
  return (vocabulary as readonly DirectiveSpec[]).filter((spec) => spec.kind === kind && allowedIn(spec, collection)).map((spec) => directiveSyntax(spec.name, kind));
}
