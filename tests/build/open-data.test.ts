import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist-pages';
import { distDir } from '../support/paths';

const apiDir = path.join(distDir, 'api/v1');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const dataFiles = readdirSync(apiDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.json') && !file.startsWith('schema'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
for (const file of readdirSync(path.join(apiDir, 'schema'))) ajv.addSchema(json(path.join(apiDir, 'schema', file)));

describe('the open data under /api/v1/', () => {
  it('has an index and a file per entry for every kind and language', () => {
    for (const lang of ['uk', 'en']) {
      for (const collection of ['algorithms', 'minutes', 'recommendations']) {
        const index = json(path.join(apiDir, lang, `${collection}.json`)) as { count: number; items: { data: string; url: string }[] };
        expect(index.count).toBeGreaterThan(0);
        expect(index.items.length).toBe(index.count);
        for (const item of index.items) {
          const file = json(path.join(distDir, new URL(item.data).pathname));
          expect(file.url).toBe(item.url);
        }
      }
    }
    expect(dataFiles.length).toBeGreaterThanOrEqual(6 + 2 * 8);
  });

  it('validates every file against the JSON Schema it names', () => {
    const failures: string[] = [];
    for (const file of dataFiles) {
      const data = json(path.join(apiDir, file));
      const validate = ajv.getSchema(String(data.$schema));
      if (!validate) failures.push(`${file}: no schema ${String(data.$schema)}`);
      else if (!validate(data)) failures.push(`${file}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  it('gives each step its permanent link, which exists on the page', () => {
    const robbery = json(path.join(apiDir, 'uk/algorithms/street-robbery.json')) as { url: string; steps: { anchor: string; url: string; text: string }[] };
    expect(robbery.steps.length).toBeGreaterThanOrEqual(3);
    const $ = page('/uk/algorithms/street-robbery/');
    for (const step of robbery.steps) {
      expect(step.url).toBe(`${robbery.url}#${step.anchor}`);
      expect($(`li.step[id="${step.anchor}"]`).length).toBe(1);
      expect(step.text).not.toMatch(/[<>#]/);
    }
  });

  it('names the sources of every step and card line, by ids of the algorithm\'s own sources', () => {
    const problems: string[] = [];
    const files = readdirSync(path.join(apiDir, 'uk/algorithms')).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const record = json(path.join(apiDir, 'uk/algorithms', file)) as { sources: { id?: string }[]; steps: { anchor: string; sources: string[]; text: string }[]; card: { text: string; sources: string[] }[] };
      const ids = record.sources.map((source) => source.id);
      if (ids.some((id) => id === undefined)) problems.push(`${file}: a source without an id`);
      if (record.card.length === 0) problems.push(`${file}: no card lines`);
      for (const part of [...record.steps, ...record.card]) {
        if (part.sources.length === 0 || part.sources.some((id) => !ids.includes(id))) problems.push(`${file}: "${part.text.slice(0, 40)}" cites ${JSON.stringify(part.sources)}`);
        if (/джерело \d/.test(part.text)) problems.push(`${file}: the text of "${part.text.slice(0, 40)}" keeps its source marks`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('resolves contacts to the numbers in the contacts file', () => {
    const contacts = parse(readFileSync('content/data/contacts.yaml', 'utf8')) as { id: string; number: string }[];
    const file = json(path.join(apiDir, 'en/algorithms/domestic-violence.json')) as { contacts: { id: string; number: string; checked: string }[] };
    expect(file.contacts.length).toBeGreaterThan(0);
    for (const contact of file.contacts) expect(contact.number).toBe(contacts.find((candidate) => candidate.id === contact.id)?.number);
  });

  it('gives the text as plain text and as HTML with absolute in-page links', () => {
    const file = json(path.join(apiDir, 'en/algorithms/street-robbery.json')) as { text: string; html: string };
    expect(file.text).not.toMatch(/<[a-z]/);
    expect(file.html).toContain('<h2');
    expect(file.html).not.toMatch(/href="#/);
  });
});
