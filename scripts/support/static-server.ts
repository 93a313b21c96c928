/**
 * A small static file server for a built site: `npm start` and `npm run
 * preview` serve `dist/` with it, and the browser tests, the benchmark and
 * Lighthouse a site they built, on a free loopback port. It serves under the
 * site's `base`, sends every response the headers that `_headers` asks of a
 * host (so what is tested locally is what a host publishes), and `404.html`
 * for missing pages. Text is sent
 * gzipped to clients that accept it, and every file with an `ETag` that the
 * browser must revalidate (`Cache-Control: no-cache`, answered `304` when
 * unchanged), as hosts such as Netlify do, so that page weights, search
 * bytes and Lighthouse see what a reader downloads.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** A running server; `url` ends with the base path. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Reads the headers that `_headers` (Netlify and Cloudflare Pages format) sets for `/*`. */
async function readHeaders(dir: string): Promise<[string, string][]> {
  const text = await readFile(join(dir, '_headers'), 'utf8').catch(() => '');
  const headers: [string, string][] = [];
  let applies = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) applies = line.trim() === '/*';
    else if (applies) {
      const colon = line.indexOf(':');
      headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return headers;
}

/** Where to listen: loopback and a free port unless said otherwise. */
export interface ListenOptions {
  readonly host?: string;
  readonly port?: number;
}

/** Serves `dir` under `base` (default `/`) until `close()`. */
export async function startStaticServer(dir: string, base = '/', { host = '127.0.0.1', port = 0 }: ListenOptions = {}): Promise<StaticServer> {
  const headers = await readHeaders(dir);
  const server: Server = createServer(async (request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(pathname);
    const send = async (file: string, status: number) => {
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return false;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      response.setHeader('etag', etag);
      response.setHeader('cache-control', 'no-cache');
      if (status === 200 && request.headers['if-none-match'] === etag) {
        response.writeHead(304).end();
        return true;
      }
      // Pagefind's index files are compressed already, and served as octet-stream.
      if (/^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        createReadStream(file).pipe(createGzip()).pipe(response);
      } else {
        response.writeHead(status, { 'content-type': type });
        createReadStream(file).pipe(response);
      }
      return true;
    };
    if (path.startsWith(base)) {
      const file = normalize(join(dir, path.slice(base.length)));
      if (file.startsWith(dir) && (await send(path.endsWith('/') ? join(file, 'index.html') : file, 200))) return;
      // A directory without its trailing slash, as a host would redirect it.
      if (!path.endsWith('/') && (await stat(join(file, 'index.html')).catch(() => undefined))) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
    }
    if (!(await send(join(dir, '404.html'), 404))) response.writeHead(404).end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
