/**
 * Runs `astro dev` on a content folder for the tests: on a free loopback
 * port, with its output kept so that tests can read what it logged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A running dev server. */
export interface DevServer {
  /** Where it serves, without a trailing slash. */
  readonly url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Whether the process is still running. */
  running(): boolean;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/** A port that nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeout` ms saying `what`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Starts `astro dev` on `contentDir` and resolves once it serves pages. */
export async function startDevServer(contentDir: string): Promise<DevServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, DOSSIER_CONTENT_DIR: contentDir, NO_COLOR: '1' };
  // Run as `npm run dev` does, not as the test runner's child: Astro sets
  // NODE_ENV itself, and serves no pages at all when it sees VITEST.
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
  const astro = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!running()) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };

  try {
    // Astro moves to another port if this one was taken in the meantime: read where it went.
    const url = await waitFor('the dev server to start', async () => {
      if (!running()) throw new Error(`astro dev exited:\n${output}`);
      return /Local\s+(http:\/\/[^\s/]+)\//.exec(output)?.[1];
    });
    return { url, output: () => output, running, stop };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
}
