/**
 * The annotator's HTTP handler, which `src/integrations/annotator.ts` adds to
 * the dev server (and to nothing else). It answers under `/annotate/`:
 *
 *   GET  /annotate/                   the articles, drafts first
 *   GET  /annotate/articles/<id>/     one article to annotate
 *   GET  /annotate/api/entry/<collection>/<id>/   an actor's or event's fields and version
 *   POST /annotate/api/action/        a change: check it (`dryRun`) or save it
 *   POST /annotate/api/preview/       an assessment's Markdown, rendered
 *
 * Safe by construction: it answers only requests from this machine, addressed
 * to a loopback host name (no other site can reach it through DNS
 * rebinding); nothing it serves is readable from another origin, not even
 * another port of localhost (no `Access-Control-Allow-Origin`, a
 * `Cross-Origin-Resource-Policy` of `same-origin`, and a request a browser
 * marks as sent from another site is refused), so no other page can read its
 * token; a POST must come from the annotator's own pages (its `Origin` is the
 * server's own) and carry that token, which is made afresh each time the dev
 * server starts; and every file goes through `ContentFiles`, which names files
 * only by collection and id and keeps to the content folder.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderProse } from '#lib/render/prose-renderer.ts';
import { runAction } from './actions.ts';
import { readOpened } from './plan-article.ts';
import { readActionRequest, readPreviewRequest } from './requests.ts';
import { ContentFiles, Refusal } from './content-files.ts';
import { ANNOTATE, articlePage, errorPage, listPage } from './pages.ts';
import { articleWork, loadContent, summarizeArticles } from './workspace.ts';

/** The most a request body may hold: far more than any form. */
const MAX_BODY_BYTES = 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

type Next = (error?: unknown) => void;

/** The headers of every answer: never cached, never read or framed by another origin. */
const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  vary: 'Origin, Sec-Fetch-Site',
};

function send(response: ServerResponse, status: number, type: string, body: string): void {
  // Whatever a middleware before this one set (Vite's CORS, were it turned on), no other origin reads this.
  for (const name of response.getHeaderNames()) if (name.startsWith('access-control-')) response.removeHeader(name);
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    ...HEADERS,
  });
  response.end(body);
}
const sendJson = (response: ServerResponse, status: number, value: unknown) => send(response, status, 'application/json', JSON.stringify(value));

/** A path segment decoded, or a refusal for one that is not valid percent-encoding. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new Refusal(`"${segment.slice(0, 100)}" is not a valid address`, 400);
  }
}

/** The host name a request was addressed to, without its port. */
function hostName(request: IncomingMessage): string {
  const host = request.headers.host ?? '';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Refusal(`the request is larger than ${MAX_BODY_BYTES} bytes`, 400);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal('the request is not JSON', 400);
  }
}

/** The annotator's request handler, for a content folder; see the module comment. */
export function createAnnotator(root: string, token = randomBytes(24).toString('base64url')) {
  const files = new ContentFiles(root);
  const expected = Buffer.from(token);
  const tokenMatches = (given: unknown) => typeof given === 'string' && Buffer.byteLength(given) === expected.length && timingSafeEqual(Buffer.from(given), expected);

  /** Why a request may not be answered, or undefined. */
  function refuse(request: IncomingMessage, write: boolean): string | undefined {
    if (!LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? '')) return 'The annotator answers only on this machine.';
    if (!LOOPBACK_HOSTS.has(hostName(request))) return 'The annotator answers only at localhost.';
    // A browser says where a request comes from: the annotator's own pages, or the address bar.
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    if (!write) {
      // Opening a page from a link elsewhere is fine: the page is then the annotator's own, which nothing else can read.
      const opening = request.headers['sec-fetch-mode'] === 'navigate' && request.headers['sec-fetch-dest'] === 'document';
      if (site !== undefined && site !== 'same-origin' && site !== 'none' && !opening) return 'The annotator answers only its own pages.';
      if (origin !== undefined && origin !== `http://${request.headers.host}`) return 'The annotator answers only its own pages.';
      return undefined;
    }
    if (origin !== `http://${request.headers.host}`) return 'The annotator accepts changes only from its own pages.';
    if (site !== undefined && site !== 'same-origin') return 'The annotator accepts changes only from its own pages.';
    if (!tokenMatches(request.headers['x-annotator-token'])) return 'The annotator’s token is missing or out of date: reload the page.';
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return 'The annotator accepts changes only as JSON.';
    return undefined;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const write = request.method === 'POST';
    const refusal = refuse(request, write);
    if (refusal !== undefined) {
      if (write) sendJson(response, 403, { error: refusal });
      else send(response, 403, 'text/html', errorPage(403, refusal, ''));
      return;
    }
    if (write) {
      try {
        const body = await readJson(request);
        if (path === `${ANNOTATE}api/preview/`) sendJson(response, 200, { html: renderProse(readPreviewRequest(body)).html });
        else if (path === `${ANNOTATE}api/action/`) sendJson(response, 200, await runAction(files, readActionRequest(body)));
        else sendJson(response, 404, { error: `no such endpoint: ${path}` });
      } catch (error) {
        if (error instanceof Refusal) sendJson(response, error.status, { error: error.message, problems: error.problems, ...(error.version ? { version: error.version } : {}) });
        else sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain', 'GET or POST only');
      return;
    }
    if (path === ANNOTATE) {
      send(response, 200, 'text/html', listPage(summarizeArticles(await loadContent(root)), token));
      return;
    }
    const entry = /^\/annotate\/api\/entry\/([^/]+)\/([^/]+)\/$/.exec(path);
    if (entry) {
      try {
        const opened = await files.open(entry[1], decodeSegment(entry[2]!));
        if (opened.collection === 'articles') throw new Refusal('an article is edited on its own page', 400);
        sendJson(response, 200, { fields: readOpened(opened).data, version: opened.version });
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        sendJson(response, error.status, { error: error.message });
      }
      return;
    }
    const article = /^\/annotate\/articles\/([^/]+)\/$/.exec(path)?.[1];
    if (article === undefined) {
      send(response, 404, 'text/html', errorPage(404, 'The annotator has no such page.', token));
      return;
    }
    try {
      const opened = await files.open('articles', decodeSegment(article));
      const loaded = await loadContent(root, opened.id);
      send(response, 200, 'text/html', articlePage(articleWork(opened, loaded), loaded, token));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      send(response, error.status, 'text/html', errorPage(error.status, error.message, token));
    }
  }

  /** Connect-style middleware: handles `/annotate/…`, passes everything else on. */
  return function annotator(request: IncomingMessage, response: ServerResponse, next: Next): void {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path !== '/annotate' && !path.startsWith(ANNOTATE)) {
      next();
      return;
    }
    if (path === '/annotate') {
      response.writeHead(308, { location: ANNOTATE }).end();
      return;
    }
    handle(request, response).catch(next);
  };
}
