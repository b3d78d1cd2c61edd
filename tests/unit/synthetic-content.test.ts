import path from 'node:path';
import { expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/support/synthetic-content';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { outputDir, projectRoot } from '../support/paths';

it("writes the benchmark's algorithms so that they pass the content check, as real ones must", () => {
  const out = path.join(outputDir, 'content/synthetic');
  writeSyntheticContent(projectRoot, out, 3);
  const { model, problems } = checkContent(projectRoot, path.relative(projectRoot, out));
  expect(formatProblems(problems, 'en')).toBe('Content check found 0 problems:');
  expect(model.entries.filter((entry) => entry.id.startsWith('synthetic-')).length).toBeGreaterThanOrEqual(6);
});
