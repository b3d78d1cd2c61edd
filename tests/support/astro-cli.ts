import { spawn } from 'node:child_process';
import { astroBin, projectRoot } from './paths';

export interface RunResult {
  code: number | null;
  output: string;
}

/** Run the Astro CLI (`build`, `dev`…) in the project, collecting everything it prints. */
export function runAstro(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(astroBin, args, { cwd: projectRoot, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
