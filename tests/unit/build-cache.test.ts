import { afterEach, describe, expect, it, vi } from 'vitest';

const original = process.env.SAFE_CITY_CONTENT;

async function cacheDirFor(content: string | undefined): Promise<string | undefined> {
  if (content === undefined) delete process.env.SAFE_CITY_CONTENT;
  else process.env.SAFE_CITY_CONTENT = content;
  vi.resetModules();
  const { default: config } = await import('../../astro.config.mjs');
  return config.cacheDir as string | undefined;
}

afterEach(() => {
  if (original === undefined) delete process.env.SAFE_CITY_CONTENT;
  else process.env.SAFE_CITY_CONTENT = original;
});

describe('the build cache', () => {
  // Astro's content store keeps an unchanged entry's file path: builds of two content folders
  // sharing a cache linked "Edit this page" to the other folder's files.
  it('is separate for each content folder a build reads', async () => {
    const fixture = await cacheDirFor('tests/fixtures/content/valid');
    const bench = await cacheDirFor('tests/.output/bench-100');
    const site = await cacheDirFor(undefined);
    expect(new Set([fixture, bench, site]).size).toBe(3);
    expect(fixture).toMatch(/^\.\/tests\/\.output\//);
    expect(bench).toMatch(/^\.\/tests\/\.output\//);
  });
});
