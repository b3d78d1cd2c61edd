import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { cleanEnv } from '../support/astro-cli';
import { fixtureContent } from '../support/fixture-content';
import { projectRoot } from '../support/paths';

const run = (content: string, ...args: string[]) =>
  spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/new-entry.ts', ...args], { cwd: projectRoot, env: cleanEnv({ SAFE_CITY_CONTENT: content }), encoding: 'utf8' });

describe('npm run new', () => {
  it('writes valid drafts of each kind that the check accepts', () => {
    const content = fixtureContent('new-entries', []);
    expect(run(content, 'algorithm', 'fire-at-home').stdout).toContain(`Created ${content}/algorithms/uk/fire-at-home.mdx as a draft.`);
    expect(run(content, 'minutes', '2026-12-01-second-meeting').status).toBe(0);
    expect(run(content, 'recommendation', 'better-lighting').status).toBe(0);
    // A lesson of the youngest band and one of an older band, which also needs :::why.
    expect(run(content, 'lesson', 'fire-6-10').stdout).toContain(`Created ${content}/lessons/uk/fire-6-10.mdx as a draft.`);
    expect(run(content, 'lesson', 'fire-10-15').status).toBe(0);
    expect(checkContent(projectRoot, content).problems).toEqual([]);
    const older = readFileSync(path.join(projectRoot, content, 'lessons/uk/fire-10-15.mdx'), 'utf8');
    expect(older).toContain('ageBand: 10-15');
    expect(older).toContain(':::why');
    expect(readFileSync(path.join(projectRoot, content, 'lessons/uk/fire-6-10.mdx'), 'utf8')).not.toContain(':::why');
    const algorithm = readFileSync(path.join(projectRoot, content, 'algorithms/uk/fire-at-home.mdx'), 'utf8');
    expect(algorithm).toContain('draft: true');
    expect(algorithm).toContain('# Тема, одна з: fixture-topic');
  });

  it('starts a translation with the facts filled in and the version it translates', () => {
    const content = fixtureContent('new-translation', []);
    const result = run(content, 'algorithm', 'sample-untranslated', '--translate', 'en');
    expect(result.status).toBe(0);
    const translation = readFileSync(path.join(projectRoot, content, 'algorithms/en/sample-untranslated.mdx'), 'utf8');
    expect(translation).toContain('translationOf: 2');
    expect(translation).toContain('category: fixture-topic');
    expect(checkContent(projectRoot, content).problems).toEqual([]);
  });

  it('refuses bad ids, existing files and translations without an original', () => {
    const content = fixtureContent('new-refusals', []);
    expect(run(content, 'algorithm', 'Fire At Home').stderr).toContain('"Fire At Home" cannot be an id');
    expect(run(content, 'algorithm', 'sample-published').stderr).toContain('already exists');
    expect(run(content, 'algorithm', 'nowhere', '--translate', 'en').stderr).toContain('There is no original to translate');
    expect(run(content, 'minutes', 'second-meeting').status).toBe(2);
    expect(run(content, 'lesson', 'fire').stderr).toContain('"fire" cannot be an id');
  });
});
