// A static file server for the production build on a free local port, as any web server would serve
// dist/: GET and HEAD only, no directory listings, nothing outside the folder. It records every
// request it answers, so a test can say exactly what the page fetched.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  readonly origin: string;
  /** 'GET /preview.html 200', in the order answered. */
  readonly log: string[];
  close(): Promise<void>;
}

export function serveStatic(dir: string): Promise<StaticServer> {
  const root = normalize(dir + sep);
  const log: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    let status = 200;
    if (request.method !== 'GET' && request.method !== 'HEAD') status = 405;
    else if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) status = 404;
    log.push(`${request.method} ${path} ${status}`);
    if (status !== 200) {
      response.writeHead(status);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        log,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
