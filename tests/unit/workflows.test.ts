import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths';

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { name?: string; steps?: { uses?: string; run?: string }[] }>;
}
const folder = path.join(projectRoot, '.github/workflows');
const workflows = Object.fromEntries(readdirSync(folder).map((file) => [file, parse(readFileSync(path.join(folder, file), 'utf8')) as Workflow]));
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

describe('GitHub Actions workflows', () => {
  it('pin every action to a full commit SHA, so a moved tag cannot change what runs', () => {
    const uses = Object.values(workflows).flatMap((workflow) => steps(workflow).map((step) => step.uses).filter(Boolean));
    expect(uses.length).toBeGreaterThan(5);
    expect(uses.filter((action) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(action!))).toEqual([]);
  });

  it('check a pull request in separate, named jobs: content, build with a preview, tests, links', () => {
    const pr = workflows['pull-request.yml']!;
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    const runs = (job: string) => (pr.jobs[job]?.steps ?? []).map((step) => step.run ?? step.uses ?? '').join('\n');
    expect(runs('content')).toContain('npm run check');
    expect(runs('build')).toMatch(/npm run build[\s\S]*actions\/upload-artifact@/);
    expect(runs('tests')).toContain('bash .ci/run');
    expect(runs('links')).toContain('npm run test:links');
    for (const job of Object.values(pr.jobs)) expect(job.name?.length).toBeGreaterThan(5);
  });

  it('deploy main to GitHub Pages with the address from the Pages settings, leaflet PDFs included', () => {
    const deploy = workflows['deploy.yml']!;
    expect(deploy.on).toMatchObject({ push: { branches: ['main'] } });
    // A weekly rebuild, so that overdue reviews are said on their pages on time.
    const weekly = (deploy.on as { schedule?: { cron: string }[] }).schedule?.map((entry) => entry.cron.split(' ')) ?? [];
    expect(weekly.some((fields) => fields.length === 5 && fields[2] === '*' && fields[3] === '*' && /^[0-6]$/.test(fields[4]!))).toBe(true);
    const build = deploy.jobs.build!.steps!;
    expect(build.find((step) => step.run === 'npm run build')).toMatchObject({
      env: { SITE_URL: '${{ steps.pages.outputs.base_url }}', SAFE_CITY_REPOSITORY_URL: '${{ github.server_url }}/${{ github.repository }}', SAFE_CITY_CMS_AUTH_URL: '${{ vars.SAFE_CITY_CMS_AUTH_URL }}' },
    });
    expect(build.some((step) => step.run === 'npm run build:pdf')).toBe(true);
    // New pages add themselves to the published list; the deploy keeps the grown list.
    expect(build.some((step) => step.run?.includes('git commit') && step.run.includes('content/published-urls.txt'))).toBe(true);
    expect(deploy.jobs.deploy!.steps!.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('run scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const used = Object.values(workflows).flatMap((workflow) => steps(workflow).flatMap((step) => [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!)));
    expect(used.filter((script) => !scripts.includes(script))).toEqual([]);
  });
});
