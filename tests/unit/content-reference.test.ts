import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { vocabulary } from '../../src/markdown/vocabulary';
import { contentReference } from '../../src/lib/reference/field-reference';
import { projectRoot } from '../support/paths';

const committed = readFileSync(path.join(projectRoot, 'docs/content-reference.md'), 'utf8');

it('the committed field reference is what the schemas and vocabulary generate (run npm run reference)', () => {
  expect(committed).toBe(contentReference());
});

it('documents every field and every directive', () => {
  for (const field of ['`category`', '`translationOf`', '`participants[].count`', '`history[].status`', '`checked`', '`sensitive`']) expect(committed).toContain(field);
  for (const spec of vocabulary) expect(committed).toContain(spec.example);
  // No field goes undescribed.
  expect(committed.match(/^\| `[^|]*\| (yes|no) \| [^|]* \|  \|/gm)).toBeNull();
});
