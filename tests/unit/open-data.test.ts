import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { siteRemarkPlugins } from '../../src/markdown-processor/site-remark-plugins';
import { projectRoot } from '../support/paths';
import { jsonSchemaOf, recordSchemas } from '../../src/open-data/record-schemas';
import { entryCollections, entryTypeOf, sectionCollections } from '../../src/site-structure';
import { jsonLdText } from '../../src/open-data/structured-data';
import { textParts } from '../../src/open-data/text-parts';
import { renderMarkdown } from '../support/render-markdown';

const pageUrl = 'https://example.org/uk/algorithms/street-robbery/';

describe('the parts of an entry’s text that partners reuse', () => {
  it('lists the steps with their permanent links, numbered across the page, without page furniture', async () => {
    const html = await renderMarkdown(':::steps\n1. Перейдіть у безпечне місце.\n:::\n\n:::steps\n1. :anchor{#call-police} Зателефонуйте :call{contact="police"}.\n:::');
    const { steps, text } = textParts(html, pageUrl);
    expect(steps.map(({ number, anchor, url }) => ({ number, anchor, url }))).toEqual([
      { number: 1, anchor: 'step-1', url: `${pageUrl}#step-1` },
      { number: 2, anchor: 'call-police', url: `${pageUrl}#call-police` },
    ]);
    expect(steps[1]!.text).toBe('Зателефонуйте 102 (Поліція).');
    expect(text).toBe('Перейдіть у безпечне місце.\nЗателефонуйте 102 (Поліція).');
  });

  it('makes in-page links absolute, so the HTML works on another site', async () => {
    const { html } = textParts(await renderMarkdown(':::steps\n1. Крок.\n:::'), pageUrl);
    expect(html).toContain(`href="${pageUrl}#step-1"`);
    expect(html).not.toContain('href="#');
  });
});

describe('the steps a page gives its structured data', () => {
  it('come from the rendering itself, in page order, with their anchors and words only', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins: siteRemarkPlugins({ projectRoot, contentDir: 'content' }) });
    const { metadata } = await processor.render(':::steps\n1. Перейдіть у безпечне місце.\n2. :anchor{#call-police} Зателефонуйте :call{contact="police"}.\n   - :if[вас поранили] викличте :call{contact="ambulance"}.\n:::', {
      fileURL: new URL(`file://${projectRoot}/content/algorithms/uk/example.mdx`),
    });
    expect(metadata.frontmatter.steps).toEqual([
      { anchor: 'step-1', text: 'Перейдіть у безпечне місце.' },
      { anchor: 'call-police', text: 'Зателефонуйте 102 (Поліція). Якщо вас поранили: викличте 103 (Швидка медична допомога).' },
    ]);
  });
});

describe('structured data', () => {
  it('cannot close its script element early', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('published JSON Schemas', () => {
  it('are draft 2020-12 documents with their own address and the fields partners rely on', () => {
    const schema = jsonSchemaOf('algorithm', 'https://example.org/api/v1/schema/algorithm.json') as { $schema: string; $id: string; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/api/v1/schema/algorithm.json');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'url', 'steps', 'contacts', 'version', 'html', 'text']));
  });
});

describe('the type of each kind of entry, said once in the site structure', () => {
  it('is the type its schema gives an entry, and names its open-data schema', () => {
    for (const name of sectionCollections) {
      const schema = entryCollections.find((collection) => collection.name === name)!.schema as unknown as { shape: { type: { parse: (value: unknown) => unknown } } };
      expect({ name, type: schema.shape.type.parse(undefined) }).toEqual({ name, type: entryTypeOf(name) });
      expect(Object.keys(recordSchemas)).toContain(entryTypeOf(name));
    }
  });
});
