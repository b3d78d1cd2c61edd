import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import path from 'node:path';
import { expect, it } from 'vitest';
import { htmlFiles } from '../support/dist-pages';
import { distDir, projectRoot } from '../support/paths';

it('has valid HTML on every page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles();
  const reports = await Promise.all(files.map((file) => validator.validateFile(path.join(distDir, file))));
  const failed = reports.filter((report) => !report.valid);
  const text = failed.length ? formatterFactory('text')(failed.flatMap((report) => report.results)).replaceAll(projectRoot, '') : '';
  expect(text).toBe('');
  expect(files.length).toBeGreaterThan(40);
});
