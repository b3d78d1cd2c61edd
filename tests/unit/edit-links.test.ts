import { expect, it } from 'vitest';
import { editUrl, siteSettings } from '../../src/site-settings';

it('links to the web editor with each part of the path encoded', () => {
  const repository = siteSettings.repositoryUrl.replace(/\/$/, '');
  expect(editUrl('src/pages/[lang]/search/index.astro')).toBe(`${repository}/edit/${siteSettings.branch}/src/pages/%5Blang%5D/search/index.astro`);
  expect(editUrl('content/algorithms/uk/street-robbery.mdx')).toBe(`${repository}/edit/${siteSettings.branch}/content/algorithms/uk/street-robbery.mdx`);
});
