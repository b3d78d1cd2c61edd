import { spawn } from 'node:child_process';
import { lockAstroProject } from './astro-project-lock';
import { astroBin, projectRoot } from './paths';

/**
 * The environment a person's shell would give Astro: without the variables Vitest sets for
 * its own workers (NODE_ENV=test among them), which change how Astro and Vite behave.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  // Vitest also exports Vite's own env (BASE_URL='/', MODE, DEV, PROD, SSR), which would
  // override the site's base in the child build.
  const vitest = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  for (const key of Object.keys(env)) if (vitest.has(key) || key.startsWith('VITEST')) delete env[key];
  return { ...env, ...extra, FORCE_COLOR: '0', NO_COLOR: '1' };
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Run the Astro CLI (`build`, `dev`…) in the project (or a copy of it), collecting everything it prints. */
export async function runAstro(args: string[], env: Record<string, string> = {}, cwd = projectRoot): Promise<RunResult> {
  const release = await lockAstroProject(cwd);
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(astroBin, args, { cwd, env: cleanEnv(env) });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  } finally {
    release();
  }
}
