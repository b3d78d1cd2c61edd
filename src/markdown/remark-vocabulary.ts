import type { Link, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { defaultLang, type Lang } from '../i18n/locales';
import type { Translator } from '../i18n/translator';
import type { UiKey } from '../i18n/ui';
import { dialDigits, displayNumber } from '../formats/phone-number';
import { fileLanguage } from './file-language';
import { stepAnchor } from './step-anchors';
import { paragraphsOf, stepList } from './step-list';
import { statements, type Statement, type StatementKind } from './statements';
import { isDirectiveName, type CalloutLevel } from './vocabulary';
import { gatherQuestions, isLessonBox, renderLessonPart, renderQuestion, type QuestionSummary } from './lesson-render';

/** What the plugin needs to know about a contact to render it. */
export interface RenderableContact {
  number: string;
  /** Per language; the default language is always there (the schema requires it). */
  name: Record<string, string | undefined>;
}

export interface VocabularyOptions {
  /** Contacts by id; read when a file is processed, so the preview follows the data file. */
  contacts: () => Map<string, RenderableContact>;
  /** The translator for a language, for the default labels. */
  translate: (lang: Lang) => Translator;
  /**
   * The path the site is published under (`/`, or `/safe-city/`). Editors link from the site's
   * root (`/uk/algorithms/…/`); the links are prefixed so they work under any path.
   */
  base?: string;
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

const element = <T extends Nodes>(node: T, hName: string, className?: string[], extra: Record<string, unknown> = {}): T => {
  node.data = { ...node.data, hName, hProperties: { ...(className ? { className } : {}), ...extra } } as T['data'];
  return node;
};
const text = (value: string): Text => ({ type: 'text', value });
const span = (className: string, children: PhrasingContent[]): PhrasingContent =>
  element({ type: 'emphasis', children } as PhrasingContent, 'span', [className]);
const nameOf = (contact: RenderableContact, lang: Lang) => contact.name[lang] ?? contact.name[defaultLang] ?? '';

function callLink(contact: RenderableContact, lang: Lang, withName: boolean): Link {
  const children: PhrasingContent[] = [span('number', [text(displayNumber(contact.number))])];
  if (withName) children.push(text(` (${nameOf(contact, lang)})`));
  return element({ type: 'link', url: `tel:${dialDigits(contact.number)}`, children } as Link, 'a', ['call-link']);
}

/**
 * The numbers an algorithm tells people to call (its `contacts`), as a list of tap-to-call
 * links placed right after the opening care card: a reader in danger sees when to call, then
 * whom, before the steps, on the page, on paper and in the open data alike.
 */
function callList(ids: string[], contacts: Map<string, RenderableContact>, t: Translator, lang: Lang, file: VFile): RootContent {
  const items = ids.map((id) => {
    const contact = contacts.get(id);
    if (!contact) throw new Error(`${file.path}: unknown contact "${id}" (the content check should have stopped this)`);
    const link = element(
      { type: 'link', url: `tel:${dialDigits(contact.number)}`, children: [span('number', [text(displayNumber(contact.number))]), text(' '), span('call-list__name', [text(nameOf(contact, lang))])] } as Link,
      'a',
      ['call-link'],
    );
    return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [link] }] } as ListItem;
  });
  const heading = { type: 'heading', depth: 2, children: [text(t('algorithm.contacts'))], data: { hProperties: { id: 'call-box-heading' } } } as RootContent;
  const list = element({ type: 'list', ordered: false, spread: false, children: items } as RootContent, 'ul', ['call-list']);
  return element({ type: 'blockquote', children: [heading, list] } as RootContent, 'section', ['call-box'], { dataPagefindIgnore: '' });
}

/** The text of a directive's `[label]`, removed from its children. */
function takeLabel(node: ContainerDirective): PhrasingContent[] | undefined {
  const first = node.children[0];
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    node.children.shift();
    return first.children;
  }
  return undefined;
}

/** Text with `{name}` filled, where `{number}` becomes a tap-to-call link. */
function withCallLink(template: string, contact: RenderableContact | undefined, lang: Lang): PhrasingContent[] {
  if (!contact) return [text(template)];
  const filled = template.replace('{name}', nameOf(contact, lang));
  const [before, after = ''] = filled.split('{number}');
  return [text(before ?? ''), callLink(contact, lang, false), text(after)];
}

/** A box with a title line: `<div class="aside aside--note"><p class="aside__title">…`. */
function titled(node: ContainerDirective, block: string, modifier: string, title: PhrasingContent[], role?: string): void {
  const heading: Paragraph = element({ type: 'paragraph', children: [element({ type: 'strong', children: title } as PhrasingContent, 'strong')] } as Paragraph, 'p', [`${block}__title`]);
  node.children.unshift(heading);
  element(node, 'div', [block, `${block}--${modifier}`], role ? { role } : {});
}

/** Turn a text directive back into the text it was written as: "10:30" stays "10:30". */
function asText(node: TextDirective): Text {
  const label = node.children.length ? `[${node.children.map((child) => ('value' in child ? child.value : '')).join('')}]` : '';
  const attributes = Object.entries(node.attributes ?? {}).map(([key, value]) => `${key}="${value}"`).join(' ');
  return text(`:${node.name}${label}${attributes ? `{${attributes}}` : ''}`);
}

/**
 * Steps are numbered across the whole page, so that several `:::steps` (before, during,
 * after) read as one journey and every default anchor (#step-N) is unique on the page.
 * Returns the number of the last step.
 */
function renderSteps(node: ContainerDirective, t: Translator, before: number): number {
  element(node, 'div', ['steps']);
  const list = node.children.find((child) => child.type === 'list');
  if (!list || list.type !== 'list') return before;
  element(list, 'ol', ['steps__list'], before > 0 ? { start: before + 1 } : {});
  list.children.forEach((item: ListItem, index) => {
    const first = item.children[0];
    const number = before + index + 1;
    const { id, named } = stepAnchor(item, number);
    if (named && first?.type === 'paragraph') {
      first.children.shift();
      const next = first.children[0] as PhrasingContent | undefined;
      if (next?.type === 'text') next.value = next.value.replace(/^\s+/, '');
    }
    const link = element(
      { type: 'link', url: `#${id}`, children: [span('visually-hidden', [text(t('directive.step.link', { number }))]), text('#')] } as Link,
      'a',
      ['step__link'],
      // "Link to step 3" on every step says nothing a search should find.
      { dataPagefindIgnore: '' },
    );
    if (first?.type === 'paragraph') {
      first.children.unshift(element({ type: 'emphasis', children: [text(String(number))] } as PhrasingContent, 'span', ['step__number'], { ariaHidden: 'true', dataPagefindIgnore: '' }));
      first.children.push(text(' '), link);
    }
    element(item, 'li', ['step'], { id });
  });
  return before + list.children.length;
}

function renderSubstep(node: TextDirective, parent: Paragraph, ancestors: Nodes[], t: Translator): void {
  const item = ancestors.findLast((ancestor) => ancestor.type === 'listItem');
  const label = node.name === 'if' ? t('directive.if', { condition: node.children.map((child) => ('value' in child ? child.value : '')).join('') }) : t(`directive.${node.name}` as UiKey);
  parent.children.splice(parent.children.indexOf(node), 1, element({ type: 'strong', children: [text(label)] } as PhrasingContent, 'strong', ['connector']));
  const next = parent.children[1];
  if (next?.type === 'text') next.value = ` ${next.value.replace(/^\s+/, '')}`;
  if (item) element(item, 'li', ['substep', `substep--${node.name}`]);
}

/** A statement as the page, its open data and its review sheet need it, once rendered. */
export interface StatementSummary {
  kind: StatementKind;
  step?: { number: number; anchor: string } | undefined;
  /** The ids of the sources it cites, in the order written. */
  sources: string[];
  /** For each source it cites, the id of its first mark on the page: where the source list links back to. */
  marks: { source: string; id: string }[];
  /** Its words, one string per paragraph (a step's sub-steps are paragraphs of their own). */
  paragraphs: string[];
}

/**
 * Each `:source[a, b]` becomes small numbered links to the sources in the list below the text
 * (`#source-a`), each with an id the list links back to. The number is the source's place in
 * the list; a screen reader hears "source 2". Search and leaflets leave them out.
 */
function renderSourceMarks(found: Statement[], sourceIds: string[], t: Translator, file: VFile): { source: string; id: string }[][] {
  let count = 0;
  return found.map((statement) => {
    const marks: { source: string; id: string }[] = [];
    for (const mark of statement.marks) {
      const links: PhrasingContent[] = [];
      for (const id of mark.ids) {
        const position = sourceIds.indexOf(id);
        if (position < 0) throw new Error(`${file.path}: unknown source "${id}" (the content check should have stopped this)`);
        count += 1;
        const anchor = `cite-${count}`;
        if (!marks.some((known) => known.source === id)) marks.push({ source: id, id: anchor });
        if (links.length) links.push(text(','));
        links.push(element({ type: 'link', url: `#source-${id}`, children: [span('visually-hidden', [text(`${t('source.mark')} `)]), text(String(position + 1))] } as Link, 'a', undefined, { id: anchor }));
      }
      const sup = element({ type: 'emphasis', children: links } as PhrasingContent, 'sup', ['cite'], { dataPagefindIgnore: '' });
      const parent = findParent(statement.node, mark.node);
      if (!parent) continue;
      const at = parent.children.indexOf(mark.node);
      const before = parent.children[at - 1];
      if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
      parent.children.splice(at, 1, sup);
    }
    return marks;
  });
}

/** The node whose children hold `child`, inside `root`. */
function findParent(root: Nodes, child: Nodes): { children: PhrasingContent[] } | undefined {
  let found: { children: PhrasingContent[] } | undefined;
  visitParents(root, (node, ancestors) => {
    if (node !== child) return undefined;
    found = ancestors.at(-1) as { children: PhrasingContent[] } | undefined;
    return false;
  });
  return found;
}

/**
 * The authoring vocabulary as a remark plugin: steps with permanent anchors, care-card
 * callouts, tap-to-call numbers from the contacts data, do/don't lists and asides. Labels come
 * in the language of the file's folder. Text directives that are not in the vocabulary are
 * turned back into text, so "10:30" survives. Anything else wrong is stopped earlier, by the
 * content check, with a message for the editor.
 */
export function remarkVocabulary(options: VocabularyOptions) {
  return () => (tree: Root, file: VFile) => {
    const lang = fileLanguage(file.path);
    const t = options.translate(lang);
    const contacts = options.contacts();
    let stepsSoFar = 0;
    const questions: QuestionSummary[] = [];
    // A lesson names its numbers in its part for parents; the call box opens algorithms only.
    const lesson = tree.children.some(isLessonBox);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    const sourceIds = ((data.astro?.frontmatter?.sources ?? []) as { id?: string }[]).map((source) => source.id ?? '');
    // Read before anything is rendered: the vocabulary below rewrites the nodes statements are made of.
    const found = statements(tree);
    const marks = renderSourceMarks(found, sourceIds, t, file);
    const contactFor = (node: Directive) => {
      const id = node.attributes?.contact;
      if (!id) return undefined;
      const contact = contacts.get(id);
      if (!contact) throw new Error(`${file.path}: unknown contact "${id}" (the content check should have stopped this)`);
      return contact;
    };

    visitParents(tree, (node: Nodes, ancestors: Nodes[]) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      const parent = ancestors.at(-1) as { children: RootContent[] } | undefined;
      if (node.type === 'textDirective' && !isDirectiveName(node.name)) {
        if (parent) parent.children.splice(parent.children.indexOf(node as RootContent), 1, asText(node) as RootContent);
        return SKIP;
      }
      switch (node.name) {
        case 'steps':
          if (node.type === 'containerDirective') stepsSoFar = renderSteps(node, t, stepsSoFar);
          return;
        case 'if':
        case 'and':
        case 'or':
          if (node.type === 'textDirective' && parent) renderSubstep(node, parent as Paragraph, ancestors, t);
          return SKIP;
        case 'callout': {
          if (node.type !== 'containerDirective') return;
          const level = (node.attributes?.level ?? 'urgent') as CalloutLevel;
          const contact = contactFor(node);
          const label = takeLabel(node);
          const headingText = label ?? withCallLink(t(`directive.callout.heading.${level}`), contact, lang);
          node.children.unshift({
            type: 'heading',
            depth: 2,
            children: [span('visually-hidden', [text(`${t(`directive.callout.level.${level}`)}: `)]), ...headingText],
            data: { hProperties: { className: ['callout__heading'] } },
          });
          element(node, 'section', ['callout', `callout--${level}`]);
          return;
        }
        case 'call': {
          const contact = contactFor(node);
          if (!contact || !parent) return;
          const link = callLink(contact, lang, true);
          const replacement = node.type === 'leafDirective' ? (element({ type: 'paragraph', children: [link] } as Paragraph, 'p', ['call-button']) as RootContent) : (link as RootContent);
          parent.children.splice(parent.children.indexOf(node as RootContent), 1, replacement);
          return SKIP;
        }
        case 'rules':
        case 'practice':
        case 'parents':
        case 'why':
          if (node.type === 'containerDirective') renderLessonPart(node, t);
          return;
        case 'question':
          if (node.type === 'containerDirective') questions.push(renderQuestion(node, questions.length + 1, t));
          return;
        case 'do':
        case 'dont':
        case 'note':
        case 'warning': {
          if (node.type !== 'containerDirective') return;
          const label = takeLabel(node) ?? [text(t(`directive.${node.name}`))];
          const isAside = node.name === 'note' || node.name === 'warning';
          titled(node, isAside ? 'aside' : 'do-dont', node.name, label, isAside ? 'note' : undefined);
          return;
        }
        default:
          return;
      }
    });
    const callIds = data.astro?.frontmatter?.contacts;
    if (lesson) gatherQuestions(tree, t);
    if (Array.isArray(callIds) && callIds.length > 0 && !lesson) {
      const opening = tree.children.findIndex((node) => node.type !== 'yaml');
      const card = tree.children[opening];
      const afterCard = card?.type === 'containerDirective' && card.name === 'callout' ? opening + 1 : 0;
      tree.children.splice(afterCard, 0, callList(callIds as string[], contacts, t, lang, file));
    }
    const prefix = (options.base ?? '/').replace(/\/$/, '');
    if (prefix) {
      visitParents(tree, 'link', (link) => {
        if (link.url.startsWith('/') && !link.url.startsWith('//')) link.url = `${prefix}${link.url}`;
      });
    }
    // Pages read the steps through Astro's remarkPluginFrontmatter, for their structured data.
    data.astro ??= {};
    const summaries: StatementSummary[] = found.map((statement, index) => ({
      kind: statement.kind,
      step: statement.step,
      sources: statement.sources,
      marks: marks[index]!,
      paragraphs: paragraphsOf(statement.node),
    }));
    data.astro.frontmatter = { ...data.astro.frontmatter, steps: stepList(tree), statements: summaries, ...(lesson ? { questions } : {}) };
  };
}
