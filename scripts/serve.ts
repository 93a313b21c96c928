/**
 * `npm start` (after the build) and `npm run preview`: serves the built site
 * on http://localhost:4321 with the response headers of `dist/_headers`, the
 * ones the README asks hosts to send, so that what is tried locally is what a
 * host publishes (Astro's own preview server sends none of them).
 *
 *   node scripts/serve.ts [--dist dist] [--base /] [--port 4321] [--host localhost]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './support/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
  },
});
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`There is no built site in ${dist}: run npm run build first (npm start does both).`);
  process.exit(1);
}
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const server = await startStaticServer(dist, base, { host: values.host, port: Number(values.port) }).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${values.port} is in use: stop what uses it, or give --port.` : `Could not serve ${dist}: ${error.message}`);
  process.exit(1);
});
console.log(`Serving ${dist} at ${server.url} (Ctrl+C to stop)`);
