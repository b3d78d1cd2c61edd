import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeStarlightSite } from '../../scripts/support/starlight-site';
import { projectRoot } from '../support/paths';

// The bench's yardstick is only fair if Starlight builds the same words: one page per
// algorithm and language, its title and summary, and no markup of Safe City's own left over.
describe('the Starlight site the bench compares with', () => {
  it('has every algorithm of both languages, with its words and without the vocabulary’s markup', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'starlight-'));
    const pages = writeStarlightSite(path.join(projectRoot, 'content'), out);
    const docs = path.join(out, 'src/content/docs');
    const uk = readdirSync(path.join(projectRoot, 'content/algorithms/uk'));
    const en = readdirSync(path.join(projectRoot, 'content/algorithms/en'));
    expect(pages).toBe(uk.length + en.length + 2);
    expect(readdirSync(docs).filter((file) => file !== 'index.mdx' && file.endsWith('.mdx')).sort()).toEqual(uk.sort());
    const page = readFileSync(path.join(docs, 'en/street-robbery.mdx'), 'utf8');
    expect(page).toMatch(/^---\ntitle: "If you are robbed in the street"\ndescription: ".+"\n---\n/);
    expect(page).toContain('## Straight after');
    expect(page).not.toMatch(/:::|:call\{|:if\[/);
    expect(readFileSync(path.join(out, 'astro.config.mjs'), 'utf8')).toContain("import starlight from '@astrojs/starlight'");
  });
});
