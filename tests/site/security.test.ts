import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { listFiles, listPages } from '../support/dist-files.ts';
import { all, one, readPage, text } from '../support/html.ts';

/** The directives of a page's CSP <meta>, by name. */
async function cspOf(distDir: string, url: string): Promise<Map<string, string[]>> {
  const page = await readPage(distDir, url);
  const meta = one(page, 'meta[http-equiv=content-security-policy]');
  const directives = String(meta.properties['content'])
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((parts) => parts[0] !== '');
  return new Map(directives.map(([name, ...values]) => [name ?? '', values]));
}

describe('every page', () => {
  test('carries a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts', async () => {
    const distDir = inject('distDir');
    const pages = await listPages(distDir);
    expect(pages.length).toBeGreaterThan(3);
    for (const url of pages) {
      const csp = await cspOf(distDir, url);
      expect(csp.get('default-src'), url).toEqual(["'self'"]);
      expect(csp.get('object-src'), url).toEqual(["'none'"]);
      const scripts = csp.get('script-src') ?? csp.get('default-src');
      expect(scripts, url).not.toContain("'unsafe-inline'");
      expect(scripts, url).not.toContain("'unsafe-eval'");
    }
  });
});

describe('the built site', () => {
  test('holds no trace of the annotator, which only `astro dev` serves: no link, page, script, style or endpoint', async () => {
    const distDir = inject('distDir');
    const files = await listFiles(distDir);
    // Its address is /annotate/ and its code, ids and token say "annotator"; the site's own words may say it annotates.
    const trace = /\/annotate\b|annotator/i;
    expect(files.filter((file) => trace.test(file))).toEqual([]);
    const traces: string[] = [];
    for (const file of files) {
      // Every byte, binary files too: a name in a script bundle or the search index would show here.
      const content = (await readFile(join(distDir, file))).toString('latin1');
      for (const match of content.matchAll(new RegExp(`.{0,40}(?:${trace.source}).{0,40}`, 'gi'))) traces.push(`${file}: ${match[0]}`);
    }
    expect(traces).toEqual([]);
  });
});

describe('hostile content', () => {
  const url = '/articles/hostile-article/';

  test('survives only as text: no script, frame, handler or javascript: URL in the page', async () => {
    const page = await readPage(inject('hostileDistDir'), url);
    const body = one(page, 'body');
    expect(all(one(body, 'main'), 'script, iframe, svg, style, form, img, object, embed').map((e) => e.tagName)).toEqual([]);
    // Outside main, the only script is the site's own module.
    expect(all(body, 'script').map((s) => String(s.properties['src']))).toEqual([expect.stringMatching(/^\/_astro\/.*\.js$/)]);
    for (const element of all(page, '*')) {
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${element.tagName} ${name}`).toBe(false);
        expect(String(value), `${element.tagName} ${name}`).not.toMatch(/^\s*(?:javascript|data):/i);
      }
    }
  });

  test('shows markup in titles and summaries as the text it is', async () => {
    const page = await readPage(inject('hostileDistDir'), url);
    expect(text(one(page, 'h1'))).toBe(
      `<script>window.__hostile='title'</script><img src=x onerror="window.__hostile='title-img'"> A hostile headline`,
    );
    expect(text(one(page, '.prose > p:last-of-type'))).toBe('The last paragraph is plain text and must be visible.');
  });

  test.each([
    ['an actor', '/actors/hostile-daily/', `<b onmouseover="window.__hostile='actor-name'">Hostile</b> Daily`],
    ['a narrative', '/narratives/hostile-narrative/', `<script>window.__hostile='narrative-title'</script> A hostile narrative`],
  ])('cannot close or break out of the JSON-LD of %s page', async (_what, path, name) => {
    const page = await readPage(inject('hostileDistDir'), path);
    const data = JSON.parse(text(one(page, 'script[type="application/ld+json"]')));
    expect(data.name).toBe(name);
    expect(all(page, 'script[type="application/ld+json"]')).toHaveLength(1);
  });
});
