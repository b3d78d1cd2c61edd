import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/static-server';
import { distDir } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built `dist/` on a free port for the browser tier, so it never collides with an
 * `npm start` the developer has running (astro preview allows one server per project).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  return server.close;
}
