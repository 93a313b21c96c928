/**
 * Splits a Markdown file into YAML frontmatter and body, keeping the line of
 * every field so that problems can point at it.
 */
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { ContentProblem, FieldPath } from '#lib/content/problems.ts';
import type { LineOf } from '#lib/content/problems.ts';

/** A Markdown file's frontmatter, parsed, and its body. */
export interface ParsedMarkdown {
  readonly data: unknown;
  readonly body: string;
  /** The 1-based line of a field in the file (of its nearest parent, if it is missing). */
  readonly lineOf: LineOf;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Parses `text` (the whole file); `file` names it in problems. */
export function parseMarkdownFile(
  text: string,
  file: string,
): { ok: true; value: ParsedMarkdown } | { ok: false; problems: ContentProblem[] } {
  const match = text.startsWith('---') ? FENCE.exec(text) : null;
  if (!match || match.index !== 0) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          field: '(frontmatter)',
          message: 'no frontmatter found',
          hint: 'Start the file with a line "---", the YAML fields, and another line "---".',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const body = text.slice(match[0].length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // The YAML starts on the file's second line, after the opening fence.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        severity: 'error' as const,
        file,
        line: lineAt(error.pos[0]),
        field: '(frontmatter)',
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }

  const lineOf = (path: FieldPath): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { ok: true, value: { data: doc.toJS() ?? {}, body, lineOf } };
}
