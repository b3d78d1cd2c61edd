import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubAnnotations } from '../../src/lib/content-check/github-annotations';
import { cleanEnv } from '../support/astro-cli';
import { badInputCases } from '../support/bad-input-cases';
import { fixtureContent, validFixture } from '../support/fixture-content';
import { projectRoot } from '../support/paths';

const check = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/check.ts', ...args], { cwd: projectRoot, env: cleanEnv(env), encoding: 'utf8' });

describe('npm run check', () => {
  it('passes on the real content, saying so in Ukrainian', () => {
    const result = check({ GITHUB_ACTIONS: '' });
    expect(result.stdout).toMatch(/^Перевірка вмісту: проблем немає, перевірено файлів: \d+/);
    expect(result.status).toBe(0);
  });

  it('warns about reviews that fall due, on their lines and as GitHub warnings, without failing', () => {
    const result = check({ SAFE_CITY_CONTENT: validFixture, GITHUB_ACTIONS: 'true' }, ['--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Due for review (4; these do not stop the build):');
    expect(result.stderr).toContain(`${validFixture}/algorithms/uk/sample-published.mdx:21 · field "nextReview"\n    the review promised for 2026-08-01 is overdue`);
    expect(result.stderr).toContain('the number of "police" was last checked on 2026-01-01, more than 6 months ago');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::warning')).length).toBe(4);
    expect(result.stdout).toContain('Content check: no problems');
  });

  it('lists every problem in Ukrainian, annotates them for GitHub and fails', () => {
    const content = fixtureContent('check-command', [...badInputCases['wrong enum value']!, ...badInputCases['unknown reference']!]);
    const result = check({ SAFE_CITY_CONTENT: content, GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Перевірка знайшла 2 проблеми:');
    expect(result.stderr).toContain(`${content}/algorithms/uk/sample-published.mdx:4 · поле "status"\n    «publishd» тут не можна; виберіть одне з: field-testing, published, retired\n    Як виправити: Де він зараз: опубліковано, поки його перевіряють з мешканцями;`);
    expect(result.stdout).toContain(`::error file=${content}/algorithms/uk/sample-published.mdx,line=4,title=Перевірка вмісту%3A status::«publishd» тут не можна`);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error')).length).toBe(2);
  });

  it('speaks English when asked, once with --lang or for a repository with SAFE_CITY_CHECK_LANG', () => {
    const content = fixtureContent('check-command-en', badInputCases['wrong enum value']!);
    for (const result of [check({ SAFE_CITY_CONTENT: content, GITHUB_ACTIONS: 'true' }, ['--lang', 'en']), check({ SAFE_CITY_CONTENT: content, GITHUB_ACTIONS: 'true', SAFE_CITY_CHECK_LANG: 'en' })]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Content check found 1 problem:');
      expect(result.stdout).toContain(`::error file=${content}/algorithms/uk/sample-published.mdx,line=4,title=Content check%3A status::"publishd" is not allowed here`);
    }
    const unknown = check({}, ['--lang', 'xx']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--lang xx: the check speaks uk, en');
  });
});

describe('GitHub annotations', () => {
  it('escape what GitHub would otherwise read as syntax', () => {
    expect(githubAnnotations([{ file: 'content/a,b.mdx', line: 3, field: 'x:y', message: '100% wrong\nreally', fix: 'do this' }], 'error', 'en')).toEqual([
      '::error file=content/a%2Cb.mdx,line=3,title=Content check%3A x%3Ay::100%25 wrong%0Areally%0AFix: do this',
    ]);
  });
});
