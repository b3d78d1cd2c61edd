import { describe, expect, it } from 'vitest';
import { vocabulary, type DirectiveSpec } from '../../src/markdown/vocabulary';
import { renderMarkdown } from '../support/render-markdown';

describe('each directive, through the real Markdown processor', () => {
  for (const spec of vocabulary as readonly DirectiveSpec[]) {
    for (const lang of ['uk', 'en'] as const) {
      it(`${spec.kind} ${spec.name} (${lang})`, async () => {
        // Sub-step and anchor examples only make sense inside steps.
        const source = spec.placement ? `:::steps\n1. Крок.\n${spec.placement === 'substep' ? spec.example : spec.example.replace(/^1\./, '2.')}\n:::` : spec.example;
        // The sources an example cites, as its algorithm's frontmatter would list them.
        const sources = [...source.matchAll(/:source\[([^\]]*)\]/g)].flatMap((match) => match[1]!.split(/,\s*/)).map((id) => ({ id }));
        await expect(await renderMarkdown(source, lang, { sources })).toMatchFileSnapshot(`__snapshots__/directives/${spec.kind}-${spec.name}.${lang}.html`);
      });
    }
  }
});

describe('steps', () => {
  it('give each step a stable anchor by position, or the id the editor chose', async () => {
    const html = await renderMarkdown(':::steps\n1. Перший.\n2. :anchor{#call-police} Другий.\n3. Третій.\n:::');
    expect([...html.matchAll(/<li class="step" id="([^"]+)"/g)].map((match) => match[1])).toEqual(['step-1', 'call-police', 'step-3']);
    expect(html).toContain('href="#call-police"');
    expect(html).not.toContain(':anchor');
  });

  it('label "if", "and" and "or" sub-steps in the page language', async () => {
    const source = ':::steps\n1. Крок.\n   - :if[вас поранили] викличте швидку.\n   - :or сховайтеся.\n:::';
    expect(await renderMarkdown(source, 'uk')).toContain('<strong class="connector">Якщо вас поранили:</strong> викличте швидку.');
    expect(await renderMarkdown(source, 'en')).toContain('<strong class="connector">or</strong> сховайтеся.');
  });
});

describe('calls and callouts', () => {
  it('take the number from the contacts data', async () => {
    const html = await renderMarkdown('Телефонуйте :call{contact="violence-hotline"}.');
    expect(html).toContain('<a href="tel:1547" class="call-link"><span class="number">15‑47</span> (Урядова гаряча лінія з питань протидії насильству)</a>');
  });

  it('say the level in visually hidden text inside the heading', async () => {
    const html = await renderMarkdown(':::callout{level="urgent" contact="police"}\n- вам погрожують.\n:::', 'en');
    expect(html).toMatch(/<h2 class="callout__heading" id="[^"]+"><span class="visually-hidden">Urgent advice: <\/span>Call <a href="tel:102" class="call-link"><span class="number">102<\/span><\/a> if:<\/h2>/);
  });
});

describe('ordinary text', () => {
  it('survives untouched where it looks like a directive', async () => {
    const html = await renderMarkdown('Зустріч о 10:30, рахунок 2:1, див. примітку:тут.');
    expect(html).toBe('<p>Зустріч о 10:30, рахунок 2:1, див. примітку:тут.</p>');
  });
});

describe('source marks', () => {
  const sources = [{ id: 'dsns' }, { id: 'npu' }];

  it('number each source by its place in the list, link to it, and read as "source N"', async () => {
    const html = await renderMarkdown(':::steps\n1. Вийдіть із будинку. :source[npu, dsns]\n:::', 'en', { sources });
    expect(html).toContain('Вийдіть із будинку.<sup class="cite" data-pagefind-ignore=""><a href="#source-npu" id="cite-1"><span class="visually-hidden">source </span>2</a>,<a href="#source-dsns" id="cite-2"><span class="visually-hidden">source </span>1</a></sup>');
    expect(html).not.toContain(':source');
  });

  it('stop on an id the sources do not have, rather than print a mark that leads nowhere', async () => {
    await expect(renderMarkdown('Текст. :source[mvs]', 'uk', { sources })).rejects.toThrow(/unknown source "mvs"/);
  });
});
