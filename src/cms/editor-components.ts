import type { EditorComponentDefinition } from '@sveltia/cms';
import type { Translator } from '../i18n/translator';
import { allowedIn, calloutLevels, findDirective, vocabulary, type DirectiveSpec } from '../markdown/vocabulary';
import type { CmsOption } from './cms-fields';

/**
 * The web editor's components for the authoring vocabulary: a box of the text (`:::steps`, the
 * care card, `:::dont`…), a large call button, and a call or a source inside a line, each
 * inserted from the editor's "Insert" menu and edited in a small form. They are made from the
 * vocabulary, so a box added there appears here.
 *
 * Each component reads its block into fields and writes the same fields back exactly as it read
 * them: the rich-text editor rewrites the whole text on every change, and a file opened and saved
 * must stay byte for byte what it was (tests/browser/editor-components.test.ts proves it on every
 * real algorithm and lesson). What is inside a box, other than a list of steps, stays as written,
 * in a plain text field: the editor's own Markdown would rewrite sub-steps and blank lines.
 */

/** What the components need from the build: their words, and the contacts a call can name. */
export interface EditorComponentSettings {
  labels: EditorComponentLabels;
  contacts: CmsOption[];
}

export interface EditorComponentLabels {
  /** A box's name in the Insert menu, by directive name. */
  boxes: Record<string, string>;
  callButton: string;
  call: string;
  source: string;
  heading: string;
  text: string;
  steps: string;
  step: string;
  anchor: string;
  anchorHint: string;
  sources: string;
  sourcesHint: string;
  contact: string;
  level: string;
  /** The care card's levels, by value. */
  levels: Record<string, string>;
}

/** The box directives (`:::name`), once each, in the vocabulary's order. */
export const boxDirectives: readonly DirectiveSpec[] = (vocabulary as readonly DirectiveSpec[]).filter((spec) => spec.kind === 'container');

/** The components' ids a text of `collection` may use (a lesson's boxes only in lessons), for the field's `editor_components`. */
export function editorComponentIds(collection: string): string[] {
  return [...boxDirectives.filter((spec) => allowedIn(spec, collection)).map((spec) => spec.name), 'call-button', 'call', 'source'];
}

/** The components' words, in the editor's language. */
export function editorComponentLabels(t: Translator): EditorComponentLabels {
  return {
    boxes: Object.fromEntries(boxDirectives.map((spec) => [spec.name, t(`cms.component.${spec.name}` as Parameters<Translator>[0])])),
    callButton: t('cms.component.callButton'),
    call: t('cms.component.call'),
    source: t('cms.component.source'),
    heading: t('cms.component.heading'),
    text: t('cms.component.text'),
    steps: t('cms.component.stepList'),
    step: t('cms.component.step'),
    anchor: t('cms.component.anchor'),
    anchorHint: t('cms.component.anchorHint'),
    sources: t('cms.component.sources'),
    sourcesHint: t('cms.component.sourcesHint'),
    contact: t('cms.component.contact'),
    level: t('cms.component.level'),
    levels: Object.fromEntries(calloutLevels.map((level) => [level, `${t(`directive.callout.level.${level}`)} (${level})`])),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** `{level="immediate" contact="police"}` as its attributes, in the order written. */
export function readAttributes(text: string | undefined): Record<string, string> {
  return Object.fromEntries([...(text ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
}

/** The attributes back as written: the vocabulary's order, empty ones left out. */
export function writeAttributes(spec: DirectiveSpec, values: Record<string, unknown>): string {
  const written = Object.keys(spec.attributes)
    .filter((name) => typeof values[name] === 'string' && values[name] !== '')
    .map((name) => `${name}="${values[name] as string}"`);
  return written.length ? `{${written.join(' ')}}` : '';
}

export interface Step {
  anchor: string;
  text: string;
  sources: string;
}

const sourceAtEnd = / :source\[([^\]\n]*)\]$/;

/**
 * A `:::steps` box's lines as steps: each numbered line with the lines under it (sub-steps). A
 * step's anchor (`:anchor{#id}` at its start) and its sources (`:source[…]` at the end of its
 * first line) become fields of their own.
 */
export function readSteps(inner: string): Step[] {
  const steps: Step[] = [];
  for (const line of inner.split('\n')) {
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (numbered || steps.length === 0) {
      let first = numbered ? numbered[1]! : line;
      const anchor = /^:anchor\{#([^}\s]*)\} /.exec(first);
      if (anchor) first = first.slice(anchor[0].length);
      const sources = sourceAtEnd.exec(first);
      if (sources) first = first.slice(0, sources.index);
      steps.push({ anchor: anchor?.[1] ?? '', text: first, sources: sources?.[1] ?? '' });
    } else {
      steps.at(-1)!.text += `\n${line}`;
    }
  }
  return steps;
}

/** Steps back as the box's lines, numbered from 1. */
export function writeSteps(steps: readonly Partial<Step>[]): string {
  return steps
    .map((step, index) => {
      const [first = '', ...rest] = (step.text ?? '').split('\n');
      const anchor = step.anchor ? `:anchor{#${step.anchor}} ` : '';
      const sources = step.sources ? ` :source[${step.sources}]` : '';
      return [`${index + 1}. ${anchor}${first}${sources}`, ...rest].join('\n');
    })
    .join('\n');
}

/**
 * A box, `:::name[heading]{attributes}` … `:::`, as a whole block of lines. A list of steps is one
 * only if it starts with step 1: anything else stays text, as written.
 */
export function boxPattern(name: string): RegExp {
  const start = name === 'steps' ? '(?=1\\. )' : '';
  return new RegExp(`^:::${name}(?:\\[([^\\]\\n]*)\\])?(?:\\{([^}\\n]*)\\})?\\n${start}([\\s\\S]*?)\\n:::$`, 'm');
}

function box(spec: DirectiveSpec, settings: EditorComponentSettings): EditorComponentDefinition {
  const { labels } = settings;
  const isSteps = spec.name === 'steps';
  const attributeFields = Object.entries(spec.attributes).map(([name, attribute]) => ({
    name,
    label: name === 'contact' ? labels.contact : name === 'level' ? labels.level : name,
    required: attribute.required,
    ...(attribute.contact
      ? { widget: 'select', options: settings.contacts }
      : attribute.values
        ? { widget: 'select', options: attribute.values.map((value) => ({ value, label: (name === 'level' && labels.levels[value]) || value })) }
        : { widget: 'string' }),
  }));
  return {
    id: spec.name,
    label: labels.boxes[spec.name] ?? spec.name,
    icon: isSteps ? 'format_list_numbered' : spec.name === 'callout' ? 'call' : 'check_box_outline_blank',
    fields: [
      ...(spec.label ? [{ name: 'heading', label: labels.heading, widget: 'string', required: spec.label === 'required' }] : []),
      ...attributeFields,
      isSteps
        ? {
            name: 'steps',
            label: labels.steps,
            label_singular: labels.step,
            widget: 'list',
            summary: '{{fields.text}}',
            fields: [
              { name: 'anchor', label: labels.anchor, hint: labels.anchorHint, widget: 'string', required: false },
              { name: 'text', label: labels.text, widget: 'text' },
              { name: 'sources', label: labels.sources, hint: labels.sourcesHint, widget: 'string', required: false },
            ],
          }
        : { name: 'text', label: labels.text, widget: 'text' },
    ],
    pattern: boxPattern(spec.name),
    fromBlock: (match) => ({
      ...(spec.label ? { heading: match[1] ?? '' } : {}),
      ...readAttributes(match[2]),
      ...(isSteps ? { steps: readSteps(match[3] ?? '') } : { text: match[3] ?? '' }),
    }),
    toBlock: (props) => {
      const heading = spec.label && props.heading ? `[${props.heading as string}]` : '';
      const inner = isSteps ? writeSteps((props.steps as Partial<Step>[] | undefined) ?? []) : ((props.text as string | undefined) ?? '');
      return `:::${spec.name}${heading}${writeAttributes(spec, props)}\n${inner}\n:::`;
    },
    toPreview: (props) => {
      const inner = isSteps ? writeSteps((props.steps as Partial<Step>[] | undefined) ?? []) : ((props.text as string | undefined) ?? '');
      return `<pre>${escapeHtml(inner)}</pre>`;
    },
  } as EditorComponentDefinition;
}

/** Every component, ready for `CMS.registerEditorComponent`. */
export function editorComponents(settings: EditorComponentSettings): EditorComponentDefinition[] {
  const { labels, contacts } = settings;
  const contactName = (id: unknown) => contacts.find((option) => option.value === id)?.label ?? String(id ?? '');
  const contactField = { name: 'contact', label: labels.contact, widget: 'select', options: contacts, required: findDirective('call', 'text')?.attributes.contact?.required ?? true };
  return [
    ...boxDirectives.map((spec) => box(spec, settings)),
    {
      // `::call{contact="…"}`: a large button on a line of its own.
      id: 'call-button',
      label: labels.callButton,
      icon: 'phone_in_talk',
      fields: [contactField],
      pattern: /^::call\{contact="([^"\n]*)"\}$/m,
      fromBlock: (match) => ({ contact: match[1] }),
      toBlock: (props) => `::call{contact="${(props.contact as string | undefined) ?? ''}"}`,
      toPreview: (props) => `<p>☎ ${escapeHtml(contactName(props.contact))}</p>`,
    },
    {
      // `:call{contact="…"}` inside a line.
      id: 'call',
      label: labels.call,
      icon: 'call',
      mode: 'dialog',
      summary: '☎ {{contact}}',
      fields: [contactField],
      pattern: /:call\{contact="([^"\n]*)"\}/,
      fromBlock: (match) => ({ contact: match[1] }),
      toBlock: (props) => `:call{contact="${(props.contact as string | undefined) ?? ''}"}`,
      toPreview: (props) => `<span>☎ ${escapeHtml(contactName(props.contact))}</span>`,
    },
    {
      // `:source[id1, id2]` at the end of a statement.
      id: 'source',
      label: labels.source,
      icon: 'menu_book',
      mode: 'dialog',
      summary: '[{{ids}}]',
      fields: [{ name: 'ids', label: labels.sources, hint: labels.sourcesHint, widget: 'string' }],
      pattern: /:source\[([^\]\n]*)\]/,
      fromBlock: (match) => ({ ids: match[1] }),
      toBlock: (props) => `:source[${(props.ids as string | undefined) ?? ''}]`,
      toPreview: (props) => `<span>[${escapeHtml(String(props.ids ?? ''))}]</span>`,
    },
  ] as EditorComponentDefinition[];
}
