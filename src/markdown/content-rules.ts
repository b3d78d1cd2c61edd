import type { Nodes, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { stepAnchors, type StepAnchor } from './step-anchors';
import { visitParents } from 'unist-util-visit-parents';
import { defaultLang } from '../i18n/locales';
import { schemaText } from '../i18n/schema-text';
import { useTranslations, type Translator } from '../i18n/translator';
import { idPattern } from '../formats/id-pattern';
import { dialDigits } from '../formats/phone-number';
import { findPhoneNumbers } from './phone-numbers';
import { allowedIn, directiveSyntax, findDirective, isDirectiveName, knownSyntax, vocabulary, type DirectiveSpec } from './vocabulary';

/** A problem in an entry's text, at a line of its file. */
export interface TextProblem {
  line: number;
  message: string;
  fix?: string | undefined;
}

export interface ContentRulesOptions {
  /** Contact ids and their numbers, from `content/data/contacts.yaml`. */
  contacts: Map<string, string>;
  /** The line of the file the text starts on, so every line reported is a line of the file. */
  firstLine?: number;
  /** Every page path the site will have; links inside the site must lead to one of them. */
  knownPaths?: Set<string>;
  /** The anchors of the site's pages made from content, by path; a link's #anchor must be one of them. */
  knownAnchors?: Map<string, Set<string>>;
  /** The anchors of the page this text makes, for links within it (`#step-2`). */
  ownAnchors?: Set<string>;
  /** The language problems are explained in: Ukrainian unless asked. */
  t?: Translator;
  /** The collection the text belongs to: some boxes (a lesson's) are allowed in one collection only. */
  collection?: string;
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

const isDirective = (node: Nodes): node is Directive =>
  node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';

/** Text directives that are not in the vocabulary stay ordinary text ("10:30", "2:1"). */
export function isOrdinaryText(node: Directive): boolean {
  return node.type === 'textDirective' && !isDirectiveName(node.name);
}

function checkAttributes(node: Directive, spec: DirectiveSpec, contacts: Map<string, string>, problems: TextProblem[], line: number, t: Translator) {
  const syntax = directiveSyntax(spec.name, spec.kind);
  const attributes = node.attributes ?? {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'id' && spec.name === 'anchor') continue;
    const rule = spec.attributes[name];
    if (!rule) {
      const allowed = Object.keys(spec.attributes);
      problems.push({ line, message: t('check.text.noSetting', { syntax, name }), fix: allowed.length ? t('check.text.noSetting.fixUse', { allowed: allowed.map((key) => `${key}="…"`).join(t('check.text.directiveOr')) }) : t('check.text.noSetting.fixNone', { syntax }) });
      continue;
    }
    if (rule.values && !rule.values.includes(String(value))) {
      problems.push({ line, message: t('check.text.settingValue', { syntax, name, value: String(value) }), fix: t('check.text.useOneOf', { values: rule.values.join(', ') }) });
    }
    if (rule.contact && !contacts.has(String(value))) {
      problems.push({ line, message: t('check.text.unknownContact', { syntax, value: String(value) }), fix: t('check.text.unknownContact.fix', { values: [...contacts.keys()].join(', ') }) });
    }
  }
  for (const [name, rule] of Object.entries(spec.attributes)) {
    if (rule.required && !(name in attributes)) {
      problems.push({ line, message: t('check.text.settingNeeded', { syntax, name, description: schemaText(t.lang, rule.description) }), fix: t('check.text.forExample', { example: spec.example.split('\n')[0]! }) });
    }
  }
  const label = node.type === 'containerDirective' ? (node.children[0]?.data as { directiveLabel?: boolean } | undefined)?.directiveLabel : node.children.length > 0;
  if (spec.label === 'required' && !label) problems.push({ line, message: t('check.text.labelNeeded', { syntax }), fix: t('check.text.forExample', { example: spec.example.trim() }) });
}

/** A link's #anchor must exist on the page it leads to, where that page's anchors are known. */
function anchorProblems(url: string, anchors: Set<string> | undefined, line: number, t: Translator): TextProblem[] {
  const hash = url.indexOf('#');
  if (hash < 0 || !anchors) return [];
  const anchor = decodeURIComponent(url.slice(hash + 1));
  if (!anchor || anchors.has(anchor)) return [];
  return [{ line, message: t('check.text.anchorMissing', { url, anchor }), fix: t('check.text.anchorMissing.fix') }];
}

/**
 * The schemes a link in content may use. Anything else (`javascript:`, `data:`, `vbscript:`,
 * `file:`…) could run code in the reader's browser or reach into their device.
 */
const linkSchemes = ['https:', 'http:', 'mailto:', 'tel:'];

/** A path on this site, for the fixes that show one. */
const examplePath = `/${defaultLang}/algorithms/street-robbery/`;

/** A link whose scheme is not one of `linkSchemes`, read the way a browser reads it. */
function schemeProblems(url: string, line: number, t: Translator): TextProblem[] {
  let scheme: string;
  try {
    // Resolving against a base gives site paths and #anchors the base's https: and leaves a
    // written scheme as the browser would see it (case, stray tabs and all).
    scheme = new URL(url, 'https://site.invalid/').protocol;
  } catch {
    return [{ line, message: t('check.text.linkInvalid', { url }), fix: t('check.text.linkInvalid.fix', { example: examplePath }) }];
  }
  if (linkSchemes.includes(scheme)) return [];
  return [{ line, message: t('check.text.linkScheme', { url, scheme }), fix: t('check.text.linkScheme.fix', { schemes: linkSchemes.join(' '), example: examplePath }) }];
}

/**
 * Check an entry's text against the house rules: only the vocabulary, no raw HTML, scripts,
 * expressions, imports or components, local images with alt text, and no phone number typed
 * by hand. Returns every problem found.
 */
export function checkText(tree: Root, options: ContentRulesOptions): TextProblem[] {
  const problems: TextProblem[] = [];
  const knownNumbers = [...options.contacts.values()];
  const t = options.t ?? useTranslations(defaultLang);

  const offset = (options.firstLine ?? 1) - 1;
  visitParents(tree, (node: Nodes, ancestors: Nodes[]) => {
    const line = (node.position?.start.line ?? 1) + offset;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({ line, message: t('check.text.import'), fix: t('check.text.import.fix') });
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line, message: t('check.text.expression', { code: `{${node.value.slice(0, 30)}}` }), fix: t('check.text.expression.fix') });
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? 'fragment';
        problems.push({
          line,
          message: name.toLowerCase() === 'script' ? t('check.text.script') : t('check.text.component', { name }),
          fix: t('check.text.component.fix', { boxes: knownSyntax('container', options.collection).join(', ') }),
        });
        return 'skip';
      }
      case 'html':
        problems.push({ line, message: /<script/i.test(node.value) ? t('check.text.script') : t('check.text.html'), fix: t('check.text.html.fix') });
        return 'skip';
      case 'definition':
        problems.push(...schemeProblems(node.url, line, t));
        return undefined;
      case 'link': {
        const url = node.url;
        const unsafe = schemeProblems(url, line, t);
        if (unsafe.length > 0) {
          problems.push(...unsafe);
        } else if (options.knownPaths && url.startsWith('/') && !url.startsWith('//')) {
          const address = url.replace(/[?#].*$/, '');
          // Pages end in a slash; files (feed.xml, the open-data .json) keep their name.
          const target = /\.[a-z0-9]+$/i.test(address) ? address : address.replace(/\/?$/, '/');
          if (!options.knownPaths.has(target)) {
            problems.push({ line, message: t('check.text.linkNowhere', { url }), fix: t('check.text.linkNowhere.fix', { example: examplePath }) });
          } else {
            problems.push(...anchorProblems(url, options.knownAnchors?.get(target), line, t));
          }
        } else if (url.startsWith('#')) {
          problems.push(...anchorProblems(url, options.ownAnchors, line, t));
        } else if (options.knownPaths && !/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) {
          problems.push({ line, message: t('check.text.linkRelative', { url }), fix: t('check.text.linkRelative.fix', { example: examplePath }) });
        }
        return undefined;
      }
      case 'image': {
        if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) problems.push({ line, message: t('check.text.imageRemote', { url: node.url }), fix: t('check.text.imageRemote.fix') });
        if (!node.alt?.trim()) problems.push({ line, message: t('check.text.imageAlt'), fix: t('check.text.imageAlt.fix') });
        return undefined;
      }
      case 'text': {
        for (const found of findPhoneNumbers(node.value, knownNumbers)) {
          const contact = [...options.contacts].find(([, number]) => dialDigits(number) === dialDigits(found.text))?.[0];
          problems.push({
            line: line + (node.value.slice(0, found.index).match(/\n/g)?.length ?? 0),
            message: t('check.text.phoneByHand', { number: found.text }),
            fix: contact ? t('check.text.phoneByHand.fixKnown', { contact }) : t('check.text.phoneByHand.fixUnknown'),
          });
        }
        if (/^:::/.test(node.value.trim()) && ancestors.at(-1)?.type === 'paragraph') {
          problems.push({ line, message: t('check.text.strayClose'), fix: t('check.text.strayClose.fix') });
        }
        return undefined;
      }
      default:
        break;
    }
    if (!isDirective(node)) return undefined;
    if (isOrdinaryText(node)) return 'skip';
    const spec = findDirective(node.name, node.type === 'containerDirective' ? 'container' : node.type === 'leafDirective' ? 'leaf' : 'text');
    if (!spec) {
      const kind = node.type === 'containerDirective' ? 'container' : 'leaf';
      const written = directiveSyntax(node.name, kind);
      const elsewhere = vocabulary.filter((candidate) => candidate.name === node.name).map((candidate) => directiveSyntax(candidate.name, candidate.kind));
      problems.push({
        line,
        message: elsewhere.length
          ? t('check.text.directiveElsewhere', { written, elsewhere: elsewhere.join(t('check.text.directiveOr')) })
          : t(kind === 'container' ? 'check.text.unknownBox' : 'check.text.unknownDirective', { written }),
        fix: t('check.text.unknownDirective.fix', { known: [...new Set([...knownSyntax('container', options.collection), ...knownSyntax('leaf', options.collection), ...knownSyntax('text', options.collection)])].join(', ') }),
      });
      return 'skip';
    }
    if (!allowedIn(spec, options.collection)) {
      const syntax = directiveSyntax(spec.name, spec.kind);
      problems.push({ line, message: t('check.text.directiveOnlyIn', { syntax, collections: (spec.collections ?? []).map((name) => `content/${name}/`).join(', ') }), fix: t('check.text.directiveOnlyIn.fix', { syntax }) });
      return 'skip';
    }
    checkAttributes(node, spec, options.contacts, problems, line, t);
    if (node.type === 'containerDirective' && ancestors.some((ancestor) => ancestor.type === 'containerDirective')) {
      problems.push({ line, message: t('check.text.boxInBox', { syntax: directiveSyntax(spec.name, spec.kind) }), fix: t('check.text.boxInBox.fix') });
    }
    const item = ancestors.findLast((ancestor) => ancestor.type === 'listItem');
    const inSteps = ancestors.some((ancestor) => ancestor.type === 'containerDirective' && ancestor.name === 'steps');
    const depth = ancestors.filter((ancestor) => ancestor.type === 'list').length;
    const atItemStart = item && ancestors.at(-1)?.type === 'paragraph' && (ancestors.at(-1) as { children: Nodes[] }).children[0] === node && (item as { children: Nodes[] }).children[0] === ancestors.at(-1);
    if (spec.placement === 'step' && !(inSteps && depth === 1 && atItemStart)) {
      problems.push({ line, message: t('check.text.stepStart', { syntax: directiveSyntax(spec.name, spec.kind) }), fix: spec.example });
    }
    if (spec.placement === 'substep' && !(inSteps && depth >= 2 && atItemStart)) {
      problems.push({ line, message: t('check.text.substepStart', { syntax: directiveSyntax(spec.name, spec.kind) }), fix: spec.example });
    }
    if (spec.name === 'anchor' && !idPattern.test(node.attributes?.id ?? '')) {
      problems.push({ line, message: t('check.text.anchorId'), fix: t('check.text.anchorId.fix') });
    }
    return undefined;
  });
  problems.push(...duplicateStepIds(tree, offset, t));
  return problems;
}

/**
 * Two steps may not share an anchor. A named anchor may be `step-N` (to keep a published link
 * to a step that moved), as long as no other step gets that id automatically.
 */
function duplicateStepIds(tree: Root, offset: number, t: Translator): TextProblem[] {
  const problems: TextProblem[] = [];
  const seen = new Map<string, StepAnchor>();
  for (const step of stepAnchors(tree)) {
    const first = seen.get(step.id);
    if (!first) {
      seen.set(step.id, step);
      continue;
    }
    const named = step.named ? step : first;
    problems.push({
      line: named.line + offset,
      message: first.named && step.named ? t('check.text.stepIdTwice', { id: step.id, line: first.line + offset }) : t('check.text.stepIdAutomatic', { id: step.id, number: (named === step ? first : step).number }),
      fix: t('check.text.stepId.fix'),
    });
  }
  return problems;
}
