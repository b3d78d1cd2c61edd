import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultLang, langCodes } from '../../src/i18n/locales';

/** A small deterministic random source, so every run writes the same site. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function corpus(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split('\n---\n')[1] ?? '')
    .join(' ')
    .split(/[^\p{L}’']+/u)
    .filter((word) => word.length > 2);
}

/**
 * Writes the real content plus `count` synthetic, valid algorithms per language into `out`,
 * with words drawn from the real algorithms, so that builds and searches can be measured at
 * sizes the site has not reached yet.
 */
export function writeSyntheticContent(root: string, out: string, count: number): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(path.join(root, 'content'), out, { recursive: true });
  const categories = [...readFileSync(path.join(root, 'content/data/categories.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((match) => match[1]!);
  for (const [position, lang] of langCodes.entries()) {
    const words = corpus(path.join(root, 'content/algorithms', lang));
    const next = random(position + 1);
    const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
    for (let index = 1; index <= count; index++) {
      const id = `synthetic-${String(index).padStart(5, '0')}`;
      const steps = Array.from({ length: 6 }, (_, step) => `${step + 1}. ${pick(10)}. :source[${step % 2 ? 'second' : 'first'}]`).join('\n');
      const text = `---
title: "${pick(4)} ${index}"
summary: "${pick(14)}."
category: ${categories[index % categories.length]}
audience: [adults]
status: published
${lang === defaultLang ? '' : 'translationOf: 1\n'}version: 1
changelog:
  - version: 1
    date: 2026-11-24
    note: Synthetic.
developedBy: [safe-city-editors]
fieldTesting:
  status: not-tested
reviewed: 2026-11-24
nextReview: 2027-05-24
sources:
  - id: first
    title: Synthetic source
    url: https://example.org/guidance/${index}
    publisher: Synthetic publisher
    checked: 2026-11-24
  - id: second
    title: Second synthetic source
    url: https://example.org/guidance/${index}/more
    publisher: Synthetic publisher
    checked: 2026-11-24
keywords: [${pick(3).split(' ').join(', ')}]
contacts: [police]
---

:::callout{level="immediate" contact="police"}
- ${pick(8)}. :source[first]
:::

## ${pick(3)}

:::steps
${steps}
:::

${pick(40)}. :source[second]
`;
      writeFileSync(path.join(out, 'algorithms', lang, `${id}.mdx`), text);
    }
  }
}
