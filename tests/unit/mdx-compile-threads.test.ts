import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { siteMarkdownProcessor } from '../../src/markdown-processor/mdx-compile-threads';
import { projectRoot } from '../support/paths';

// Astro's own defaults, as @astrojs/mdx passes them to the processor.
const shared = { syntaxHighlight: 'shiki' as const, shikiConfig: {}, gfm: true, smartypants: true };
const mdx = { optimize: false, srcDir: pathToFileURL(path.join(projectRoot, 'src/')) };
const site = { projectRoot, contentDir: 'content', base: '/safe-city/' };

const algorithm = path.join(projectRoot, 'content/algorithms/uk/street-robbery.mdx');
const body = `${readFileSync(algorithm, 'utf8').replace(/^---[\s\S]*?---\n/, '')}\nДив. [усі контакти](/uk/contacts/).\n`;

const threaded = siteMarkdownProcessor(site);
threaded.compileInThreads(1);
afterAll(() => threaded.closeThreads());

describe('MDX compiled on a worker thread', () => {
  it('is the same module as compiled on the main thread, vocabulary and base path included', async () => {
    const here = await siteMarkdownProcessor(site).createMdxRenderer!(shared, mdx);
    const there = await threaded.createMdxRenderer!(shared, mdx);
    const frontmatter = { title: 'Якщо вас пограбували на вулиці' };
    const [expected, actual] = await Promise.all([here.process(body, algorithm, frontmatter), there.process(body, algorithm, frontmatter)]);
    expect(actual.code).toBe(expected.code);
    expect(actual.astroMetadata).toEqual(expected.astroMetadata);
    // The plugins really ran there: a tap-to-call link from the contacts file, numbered steps.
    expect(actual.code).toContain('tel:102');
    expect(actual.code).toContain('step-1');
    expect(actual.code).toContain('/safe-city/uk/contacts/');
  });

  it('reports a syntax error with its line and column, as the main thread would', async () => {
    const broken = 'Крок перший.\n\nОсь <div незакритий\n';
    const here = await siteMarkdownProcessor(site).createMdxRenderer!(shared, mdx);
    const there = await threaded.createMdxRenderer!(shared, mdx);
    type PlacedError = Error & { line?: number; column?: number };
    const failure = (compiling: Promise<unknown>) => compiling.then(() => undefined, (error: unknown) => error as PlacedError);
    const expected = await failure(here.process(broken, algorithm, {}));
    const actual = await failure(there.process(broken, algorithm, {}));
    expect(expected).toBeInstanceOf(Error);
    expect(actual).toBeInstanceOf(Error);
    expect(actual?.message).toBe(expected?.message);
    expect([actual?.line, actual?.column]).toEqual([expected?.line, expected?.column]);
    expect(actual?.line).toBe(3);
  });
});
