import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site as a plain static host would (index.html for a folder, 404.html for
 * anything else) on a free port on 127.0.0.1. Used by the browser tests and the benchmark.
 */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const serve = sirv(dir, { etag: true });
  const server: Server = createServer((request, response) =>
    serve(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(path.join(dir, '404.html')));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
