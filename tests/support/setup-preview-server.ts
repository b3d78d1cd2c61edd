import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { distDir } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built `dist/` as a plain static host would (index.html for a folder, 404.html
 * for anything else), on a free port on 127.0.0.1, so the browser tier never collides with
 * an `npm start` the developer has running.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serve = sirv(distDir, { etag: true });
  const notFound = () => readFileSync(path.join(distDir, '404.html'));
  const server = createServer((request, response) =>
    serve(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound());
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('baseUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
