/**
 * The annotator's HTTP handler, which `src/integrations/annotator.ts` adds to
 * the dev server (and to nothing else). It answers under `/annotate/`:
 *
 *   GET  /annotate/                   the articles, drafts first
 *   GET  /annotate/articles/<id>/     one article to annotate
 *   POST /annotate/api/action/        a change: check it (`dryRun`) or save it
 *   POST /annotate/api/preview/       an assessment's Markdown, rendered
 *
 * Safe by construction: it answers only requests from this machine, addressed
 * to a loopback host name (no other site can reach it through DNS
 * rebinding); a POST must come from the annotator's own pages (its `Origin`
 * is the server's own) and carry the token those pages were served with,
 * which is made afresh each time the dev server starts; and every write goes
 * through `ContentFiles`, which names files only by collection and id.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderProse } from '#lib/render/prose-renderer.ts';
import { type ActionRequest, runAction } from './actions.ts';
import { ContentFiles, Refusal } from './content-files.ts';
import { ANNOTATE, articlePage, errorPage, listPage } from './pages.ts';
import { articleWork, loadContent, summarizeArticles } from './workspace.ts';

/** The most a request body may hold: far more than any form. */
const MAX_BODY_BYTES = 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

type Next = (error?: unknown) => void;

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    // Only this server's pages may frame or script it.
    'x-frame-options': 'DENY',
  });
  response.end(body);
}
const sendJson = (response: ServerResponse, status: number, value: unknown) => send(response, status, 'application/json', JSON.stringify(value));

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
    if (!write) return undefined;
    const origin = request.headers.origin;
    if (origin !== `http://${request.headers.host}`) return 'The annotator accepts changes only from its own pages.';
    if (request.headers['sec-fetch-site'] !== undefined && request.headers['sec-fetch-site'] !== 'same-origin') return 'The annotator accepts changes only from its own pages.';
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
        if (path === `${ANNOTATE}api/preview/`) {
          const markdown = typeof body === 'object' && body !== null ? (body as { markdown?: unknown }).markdown : undefined;
          sendJson(response, 200, { html: renderProse(typeof markdown === 'string' ? markdown : '') });
        } else if (path === `${ANNOTATE}api/action/`) {
          if (typeof body !== 'object' || body === null) throw new Refusal('expected an action', 400);
          sendJson(response, 200, await runAction(files, body as ActionRequest));
        } else sendJson(response, 404, { error: `no such endpoint: ${path}` });
      } catch (error) {
        if (error instanceof Refusal) sendJson(response, error.status, { error: error.message, problems: error.problems });
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
    const article = /^\/annotate\/articles\/([^/]+)\/$/.exec(path)?.[1];
    if (article === undefined) {
      send(response, 404, 'text/html', errorPage(404, 'The annotator has no such page.', token));
      return;
    }
    try {
      const opened = await files.open('articles', decodeURIComponent(article));
      const loaded = await loadContent(root, opened.id);
      send(response, 200, 'text/html', articlePage(articleWork(opened, loaded), loaded.actors, loaded.events, token));
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
