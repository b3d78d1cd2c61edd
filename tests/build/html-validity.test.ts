import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import path from 'node:path';
import { expect, it } from 'vitest';
import { htmlFiles } from '../support/dist-pages';
import { distDir, projectRoot } from '../support/paths';

const validator = new HtmlValidate(new FileSystemConfigLoader());

it('has valid HTML on every page', async () => {
  const files = htmlFiles();
  const reports = await Promise.all(files.map((file) => validator.validateFile(path.join(distDir, file))));
  const failed = reports.filter((report) => !report.valid);
  const text = failed.length ? formatterFactory('text')(failed.flatMap((report) => report.results)).replaceAll(projectRoot, '') : '';
  expect(text).toBe('');
  expect(files.length).toBeGreaterThan(40);
});

it('reports an address with characters a URL may not contain, as the Nu HTML checker does', async () => {
  const page = (href: string) => `<!DOCTYPE html><html lang="uk"><head><title>Сторінка</title></head><body><main><a href="${href}">Змінити</a></main></body></html>`;
  const rules = async (href: string) => (await validator.validateString(page(href), path.join(projectRoot, 'page.html'))).results.flatMap((result) => result.messages.map((message) => message.ruleId));
  expect(await rules('https://github.com/o/r/edit/main/src/pages/[lang]/index.astro')).toEqual(['safe-city/valid-url']);
  expect(await rules('/uk/a b/')).toEqual(['safe-city/valid-url']);
  expect(await rules('https://github.com/o/r/edit/main/src/pages/%5Blang%5D/index.astro')).toEqual([]);
  expect(await rules('/uk/algorithms/street-robbery/#крок-2')).toEqual([]);
});
