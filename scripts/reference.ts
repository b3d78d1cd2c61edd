/** `npm run reference`: writes docs/content-reference.md from the schemas and the vocabulary. */
import { writeFileSync } from 'node:fs';
import { contentReference } from '../src/lib/reference/field-reference';

writeFileSync('docs/content-reference.md', contentReference());
console.log('Wrote docs/content-reference.md');
