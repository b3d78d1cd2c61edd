import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { cleanEnv } from './astro-cli';
import { astroBin, projectRoot } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const port = 4399;

/** Serves the built site with `astro preview`, as `npm start` does, for the browser tier. */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = spawn(astroBin, ['preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: projectRoot, env: cleanEnv() });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/uk/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`astro preview did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide('baseUrl', baseUrl);
  return () => server.kill();
}
