import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boxDirectives, editorComponentLabels, editorComponents, readSteps, writeSteps } from '../../src/cms/editor-components';
import { useTranslations } from '../../src/i18n/translator';
import { knownSyntax } from '../../src/markdown/vocabulary';
import { projectRoot } from '../support/paths';

/**
 * The web editor's components read a block into fields and write it back: the same text,
 * byte for byte, for every block of every real algorithm and lesson. (The browser test,
 * tests/browser/editor-components.test.ts, proves the same of the whole text in the editor.)
 */
const components = editorComponents({ labels: editorComponentLabels(useTranslations('uk')), contacts: [{ value: 'police', label: 'Поліція (police)' }] });
const component = (id: string) => components.find((candidate) => candidate.id === id)!;

/** The text of every real algorithm and lesson, after its frontmatter, by file. */
function realBodies(): [string, string][] {
  return ['algorithms', 'lessons'].flatMap((collection) =>
    readdirSync(path.join(projectRoot, 'content', collection)).flatMap((lang) =>
      readdirSync(path.join(projectRoot, 'content', collection, lang)).map((file): [string, string] => {
        const text = readFileSync(path.join(projectRoot, 'content', collection, lang, file), 'utf8');
        return [`${collection}/${lang}/${file}`, /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(text)![1]!];
      }),
    ),
  );
}

describe('the web editor’s components for the vocabulary', () => {
  it('has one for every box of the vocabulary, and for a call and a source', () => {
    expect(boxDirectives.map((spec) => `:::${spec.name}`).sort()).toEqual(knownSyntax('container', 'lessons').sort());
    for (const id of ['call', 'call-button', 'source']) expect(component(id)).toBeDefined();
    // Labels from the UI strings, not the directive's name alone.
    expect(component('steps').label).toBe('Кроки (:::steps)');
  });

  it('writes back every block of every real algorithm and lesson exactly as it read it', () => {
    let blocks = 0;
    for (const [file, body] of realBodies()) {
      for (const definition of components) {
        const pattern = new RegExp(definition.pattern.source, `${definition.pattern.flags.replace('g', '')}g`);
        for (const match of body.matchAll(pattern)) {
          expect(definition.toBlock(definition.fromBlock!(match)), `${file}: ${match[0].slice(0, 60)}`).toBe(match[0]);
          blocks += 1;
        }
      }
    }
    expect(blocks).toBeGreaterThan(500);
  });

  it('reads a step’s anchor and sources into fields of their own, and numbers steps as it writes them', () => {
    const steps = readSteps('1. :anchor{#leave} Відійдіть. :source[npu-one]\n   - :if[вас поранили] викличте швидку.\n2. Зателефонуйте :call{contact="police"}. :source[npu-one, npu-two]');
    expect(steps).toEqual([
      { anchor: 'leave', text: 'Відійдіть.\n   - :if[вас поранили] викличте швидку.', sources: 'npu-one' },
      { anchor: '', text: 'Зателефонуйте :call{contact="police"}.', sources: 'npu-one, npu-two' },
    ]);
    expect(writeSteps([steps[1]!, steps[0]!])).toBe('1. Зателефонуйте :call{contact="police"}. :source[npu-one, npu-two]\n2. :anchor{#leave} Відійдіть. :source[npu-one]\n   - :if[вас поранили] викличте швидку.');
  });

  it('writes a care card, a call and a source as the vocabulary spells them', () => {
    expect(component('callout').toBlock({ level: 'immediate', contact: 'police', text: '- вам погрожують. :source[npu-one]' })).toBe(':::callout{level="immediate" contact="police"}\n- вам погрожують. :source[npu-one]\n:::');
    expect(component('call').toBlock({ contact: 'police' })).toBe(':call{contact="police"}');
    expect(component('call-button').toBlock({ contact: 'emergency' })).toBe('::call{contact="emergency"}');
    expect(component('source').toBlock({ ids: 'npu-one, npu-two' })).toBe(':source[npu-one, npu-two]');
  });
});
