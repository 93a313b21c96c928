/**
 * `npm ci`, the README's first command, as a machine runs it: with npm on
 * the machine's own Node.js, which may be older than the pinned one (the
 * `node` devDependency) that runs everything after it. A dry run builds the
 * same tree and makes the same checks without touching `node_modules/`; it
 * reads what the last `npm ci` left in npm's cache before the network.
 */
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** A shell's environment: PATH without the project's `node_modules/.bin`, and nothing of what npm passes its scripts. */
const machine = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
machine['PATH'] = (process.env['PATH'] ?? '')
  .split(delimiter)
  .filter((dir) => !dir.includes('node_modules'))
  .join(delimiter);
const machineNode = spawnSync('node', ['--version'], { env: machine, encoding: 'utf8' }).stdout.trim();

describe('npm ci', () => {
  // On a machine whose Node.js is 22.12 or later there is nothing to warn about either way; on Node.js 20
  // npm warned about each package that needs 22 (75 lines of EBADENGINE) before the project's .npmrc.
  test(`succeeds without a warning, on the machine's own Node.js (${machineNode})`, () => {
    const result = spawnSync('npm', ['ci', '--dry-run', '--prefer-offline'], { cwd: root, env: machine, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/npm warn/i);
    expect(result.stdout).not.toMatch(/npm warn/i);
    expect(result.status).toBe(0);
  });
});
