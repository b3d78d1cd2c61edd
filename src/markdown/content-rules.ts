import type { Nodes, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { stepAnchors, type StepAnchor } from './step-anchors';
import { visitParents } from 'unist-util-visit-parents';
import { defaultLang } from '../i18n/locales';
import { idPattern } from '../lib/id-pattern';
import { dialDigits } from '../lib/phone-number';
import { findPhoneNumbers } from './phone-numbers';
import { directiveSyntax, findDirective, isDirectiveName, knownSyntax, vocabulary, type DirectiveSpec } from './vocabulary';

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
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

const isDirective = (node: Nodes): node is Directive =>
  node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';

/** Text directives that are not in the vocabulary stay ordinary text ("10:30", "2:1"). */
export function isOrdinaryText(node: Directive): boolean {
  return node.type === 'textDirective' && !isDirectiveName(node.name);
}

function checkAttributes(node: Directive, spec: DirectiveSpec, contacts: Map<string, string>, problems: TextProblem[], line: number) {
  const syntax = directiveSyntax(spec.name, spec.kind);
  const attributes = node.attributes ?? {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'id' && spec.name === 'anchor') continue;
    const rule = spec.attributes[name];
    if (!rule) {
      const allowed = Object.keys(spec.attributes);
      problems.push({ line, message: `${syntax} has no "${name}" setting`, fix: allowed.length ? `use ${allowed.map((key) => `${key}="…"`).join(' or ')}` : `write ${syntax} without {…}` });
      continue;
    }
    if (rule.values && !rule.values.includes(String(value))) {
      problems.push({ line, message: `${syntax}: ${name}="${value}" is not allowed`, fix: `use one of: ${rule.values.join(', ')}` });
    }
    if (rule.contact && !contacts.has(String(value))) {
      problems.push({ line, message: `${syntax}: "${value}" is not a known contact`, fix: `use one of: ${[...contacts.keys()].join(', ')} (or add it to content/data/contacts.yaml)` });
    }
  }
  for (const [name, rule] of Object.entries(spec.attributes)) {
    if (rule.required && !(name in attributes)) {
      problems.push({ line, message: `${syntax} needs ${name}="…" (${rule.description})`, fix: `for example: ${spec.example.split('\n')[0]}` });
    }
  }
  const label = node.type === 'containerDirective' ? (node.children[0]?.data as { directiveLabel?: boolean } | undefined)?.directiveLabel : node.children.length > 0;
  if (spec.label === 'required' && !label) problems.push({ line, message: `${syntax} needs text in [ ]`, fix: `for example: ${spec.example.trim()}` });
}

/** A link's #anchor must exist on the page it leads to, where that page's anchors are known. */
function anchorProblems(url: string, anchors: Set<string> | undefined, line: number): TextProblem[] {
  const hash = url.indexOf('#');
  if (hash < 0 || !anchors) return [];
  const anchor = decodeURIComponent(url.slice(hash + 1));
  if (!anchor || anchors.has(anchor)) return [];
  return [{ line, message: `the link ${url} leads to "#${anchor}", which is not on that page`, fix: 'check the anchor: steps are #step-1, #step-2… or the name given with :anchor; a heading\'s anchor is its words in lower case joined by hyphens' }];
}

/**
 * The schemes a link in content may use. Anything else (`javascript:`, `data:`, `vbscript:`,
 * `file:`…) could run code in the reader's browser or reach into their device.
 */
const linkSchemes = ['https:', 'http:', 'mailto:', 'tel:'];

/** A path on this site, for the fixes that show one. */
const examplePath = `/${defaultLang}/algorithms/street-robbery/`;

/** A link whose scheme is not one of `linkSchemes`, read the way a browser reads it. */
function schemeProblems(url: string, line: number): TextProblem[] {
  let scheme: string;
  try {
    // Resolving against a base gives site paths and #anchors the base's https: and leaves a
    // written scheme as the browser would see it (case, stray tabs and all).
    scheme = new URL(url, 'https://site.invalid/').protocol;
  } catch {
    return [{ line, message: `the link ${url} is not a valid address`, fix: `write a full https:// address or a path on this site such as ${examplePath}` }];
  }
  if (linkSchemes.includes(scheme)) return [];
  return [{ line, message: `the link ${url} uses "${scheme}", which content may not link to`, fix: `link to an address that starts with ${linkSchemes.join(' ')} or to a path on this site such as ${examplePath}` }];
}

/**
 * Check an entry's text against the house rules: only the vocabulary, no raw HTML, scripts,
 * expressions, imports or components, local images with alt text, and no phone number typed
 * by hand. Returns every problem found.
 */
export function checkText(tree: Root, options: ContentRulesOptions): TextProblem[] {
  const problems: TextProblem[] = [];
  const knownNumbers = [...options.contacts.values()];

  const offset = (options.firstLine ?? 1) - 1;
  visitParents(tree, (node: Nodes, ancestors: Nodes[]) => {
    const line = (node.position?.start.line ?? 1) + offset;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({ line, message: 'import and export are not allowed in content', fix: 'remove the line; the vocabulary needs no imports' });
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line, message: `"{${node.value.slice(0, 30)}}" is code, which content may not contain`, fix: 'write plain text; to show curly brackets, put a backslash before the first: \\{' });
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? 'fragment';
        problems.push({
          line,
          message: name.toLowerCase() === 'script' ? '<script> is not allowed in content' : `<${name}> is HTML or a component, which content may not contain`,
          fix: `use Markdown and the vocabulary (${knownSyntax('container').join(', ')}, :call…); see the reference in docs/content-reference.md`,
        });
        return 'skip';
      }
      case 'html':
        problems.push({ line, message: /<script/i.test(node.value) ? '<script> is not allowed in content' : 'raw HTML is not allowed in content', fix: 'use Markdown and the vocabulary instead' });
        return 'skip';
      case 'definition':
        problems.push(...schemeProblems(node.url, line));
        return undefined;
      case 'link': {
        const url = node.url;
        const unsafe = schemeProblems(url, line);
        if (unsafe.length > 0) {
          problems.push(...unsafe);
        } else if (options.knownPaths && url.startsWith('/') && !url.startsWith('//')) {
          const address = url.replace(/[?#].*$/, '');
          // Pages end in a slash; files (feed.xml, the open-data .json) keep their name.
          const target = /\.[a-z0-9]+$/i.test(address) ? address : address.replace(/\/?$/, '/');
          if (!options.knownPaths.has(target)) {
            problems.push({ line, message: `the link ${url} leads to no page of this site`, fix: `check the address: pages are /<language>/<section>/<file name>/, e.g. ${examplePath}` });
          } else {
            problems.push(...anchorProblems(url, options.knownAnchors?.get(target), line));
          }
        } else if (url.startsWith('#')) {
          problems.push(...anchorProblems(url, options.ownAnchors, line));
        } else if (options.knownPaths && !/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) {
          problems.push({ line, message: `the link ${url} is relative`, fix: `write the full path from the site root, e.g. ${examplePath}` });
        }
        return undefined;
      }
      case 'image': {
        if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) problems.push({ line, message: `the image "${node.url}" is on another site`, fix: 'save the image in the repository next to the content and link to it by its file name' });
        if (!node.alt?.trim()) problems.push({ line, message: 'this image has no alt text', fix: 'describe the image in the brackets: ![what the picture shows](file.jpg)' });
        return undefined;
      }
      case 'text': {
        for (const found of findPhoneNumbers(node.value, knownNumbers)) {
          const contact = [...options.contacts].find(([, number]) => dialDigits(number) === dialDigits(found.text))?.[0];
          problems.push({
            line: line + (node.value.slice(0, found.index).match(/\n/g)?.length ?? 0),
            message: `the phone number "${found.text}" is typed by hand`,
            fix: contact
              ? `write :call{contact="${contact}"} instead, so the number always comes from the contacts data`
              : 'add the number to content/data/contacts.yaml with its source, then write :call{contact="…"}; if this is not a phone number, write it in words',
          });
        }
        if (/^:::/.test(node.value.trim()) && ancestors.at(-1)?.type === 'paragraph') {
          problems.push({ line, message: 'this ":::" closes nothing', fix: 'boxes cannot go inside other boxes: close the first box with ::: before opening the next' });
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
        message: elsewhere.length ? `${written} must be written ${elsewhere.join(' or ')}` : `unknown ${kind === 'container' ? 'box' : 'directive'} ${written}`,
        fix: `known: ${[...new Set([...knownSyntax('container'), ...knownSyntax('leaf'), ...knownSyntax('text')])].join(', ')}`,
      });
      return 'skip';
    }
    checkAttributes(node, spec, options.contacts, problems, line);
    if (node.type === 'containerDirective' && ancestors.some((ancestor) => ancestor.type === 'containerDirective')) {
      problems.push({ line, message: `${directiveSyntax(spec.name, spec.kind)} is inside another box`, fix: 'close the first box with ::: before opening the next' });
    }
    const item = ancestors.findLast((ancestor) => ancestor.type === 'listItem');
    const inSteps = ancestors.some((ancestor) => ancestor.type === 'containerDirective' && ancestor.name === 'steps');
    const depth = ancestors.filter((ancestor) => ancestor.type === 'list').length;
    const atItemStart = item && ancestors.at(-1)?.type === 'paragraph' && (ancestors.at(-1) as { children: Nodes[] }).children[0] === node && (item as { children: Nodes[] }).children[0] === ancestors.at(-1);
    if (spec.placement === 'step' && !(inSteps && depth === 1 && atItemStart)) {
      problems.push({ line, message: `${directiveSyntax(spec.name, spec.kind)} belongs at the very start of a step in :::steps`, fix: spec.example });
    }
    if (spec.placement === 'substep' && !(inSteps && depth >= 2 && atItemStart)) {
      problems.push({ line, message: `${directiveSyntax(spec.name, spec.kind)} belongs at the very start of a sub-step (an indented "- " line under a step in :::steps)`, fix: spec.example });
    }
    if (spec.name === 'anchor' && !idPattern.test(node.attributes?.id ?? '')) {
      problems.push({ line, message: `:anchor needs an id of lowercase Latin letters, digits and hyphens`, fix: 'for example: :anchor{#call-police}' });
    }
    return undefined;
  });
  problems.push(...duplicateStepIds(tree, offset));
  return problems;
}

/**
 * Two steps may not share an anchor. A named anchor may be `step-N` (to keep a published link
 * to a step that moved), as long as no other step gets that id automatically.
 */
function duplicateStepIds(tree: Root, offset: number): TextProblem[] {
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
      message: first.named && step.named ? `the step id "${step.id}" is already used on line ${first.line + offset}` : `the step id "${step.id}" is also the automatic id of step ${(named === step ? first : step).number}`,
      fix: 'give each step its own id',
    });
  }
  return problems;
}
