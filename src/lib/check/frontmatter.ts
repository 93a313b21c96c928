/**
 * Splits a Markdown file into YAML frontmatter and body, keeping the line of
 * every field so that problems can point at it.
 */
import { type Document, LineCounter, isAlias, isMap, isNode, isPair, isScalar, parseDocument, visit } from 'yaml';
import { type ContentProblem, type FieldPath, type LineOf, formatFieldPath } from '#lib/content/problems.ts';

/** A Markdown file's frontmatter, parsed, and its body. */
export interface ParsedMarkdown {
  readonly data: unknown;
  readonly body: string;
  /** The 1-based line of a field in the file (of its nearest parent, if it is missing). */
  readonly lineOf: LineOf;
}

/** Frontmatter larger than this is refused before it is parsed. */
export const MAX_FRONTMATTER_BYTES = 1024 * 1024;
/** Frontmatter nested deeper than this is refused: no field of the content model goes beyond a few levels. */
export const MAX_DEPTH = 16;

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Parses `text` (the whole file); `file` names it in problems. */
export function parseMarkdownFile(
  text: string,
  file: string,
): { ok: true; value: ParsedMarkdown } | { ok: false; problems: ContentProblem[] } {
  /** One error about the frontmatter as a whole, at `line` of the file. */
  const failure = (line: number, message: string, hint: string) => ({
    ok: false as const,
    problems: [{ severity: 'error' as const, file, line, field: '(frontmatter)', message, hint }],
  });
  const match = text.startsWith('---') ? FENCE.exec(text) : null;
  if (!match || match.index !== 0) {
    return failure(1, 'no frontmatter found', 'Start the file with a line "---", the YAML fields, and another line "---".');
  }
  const yamlText = match[1] ?? '';
  if (yamlText.length > MAX_FRONTMATTER_BYTES) {
    return failure(
      1,
      `${yamlText.length} characters of frontmatter, more than the ${MAX_FRONTMATTER_BYTES} allowed`,
      'Check that the closing "---" line is where you meant it.',
    );
  }
  const tab = /^( *)\t/m.exec(yamlText);
  if (tab !== null) {
    // One clear message instead of the parser's follow-on errors; the YAML starts on the file's second line.
    const line = yamlText.slice(0, tab.index).split('\n').length + 1;
    return failure(line, 'a tab indents this line: YAML indents with spaces only', 'Replace the tabs at the start of lines with spaces (two per level).');
  }
  const body = text.slice(match[0].length);
  const { doc, lineAt } = parseYaml(yamlText);

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

  const refused = refusedYaml(doc, file, lineAt);
  if (refused.length > 0) return { ok: false, problems: refused };

  return { ok: true, value: { data: doc.toJS() ?? {}, body, lineOf: linesOf(yamlText) } };
}

/** YAML parsed into a document whose nodes know their offsets, and the file's line at an offset. */
function parseYaml(yamlText: string): { doc: Document; lineAt: (offset: number) => number } {
  const lineCounter = new LineCounter();
  // Hexadecimal and octal integers (0x7E7, 0o3747) are YAML's, not an analyst's: read as text, they
  // fail as dates or numbers with their own spelling in the message instead of passing as 2023.
  const doc = parseDocument(yamlText, {
    lineCounter,
    prettyErrors: false,
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || !(tag.format === 'HEX' || tag.format === 'OCT')),
  });
  // The YAML starts on the file's second line, after the opening fence.
  return { doc, lineAt: (offset) => lineCounter.linePos(offset).line + 1 };
}

/**
 * The `lineOf` of a file whose frontmatter parsed (`text` without its byte
 * order mark), made again from its text: for an entry checked in another
 * process, which cannot send a function.
 */
export function lineOfText(text: string): LineOf {
  return linesOf(FENCE.exec(text)?.[1] ?? '');
}

/**
 * The line of each field, found by parsing the YAML again the first time one
 * is asked for. A line is only wanted when something is wrong, and a parsed
 * document kept for every entry of the archive would hold several times the
 * file's size for as long as the entry lives (a whole build).
 */
function linesOf(yamlText: string): LineOf {
  let parsed: ReturnType<typeof parseYaml> | undefined;
  return (path) => {
    parsed ??= parseYaml(yamlText);
    const { doc, lineAt } = parsed;
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
}

/**
 * YAML here is data: what the format can do beyond plain maps, lists and
 * scalars is refused, each with the line it is on. Anchors and aliases (`&a`,
 * `*a`, also what `*Tehran*` typed for emphasis becomes), merge keys (`<<`),
 * explicit tags (`!!str`, `!custom`), and nesting deeper than {@link MAX_DEPTH}.
 */
function refusedYaml(doc: Document, file: string, lineAt: (offset: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let where: { path: readonly unknown[]; key: unknown } = { path: [], key: null };
  const refuse = (node: { range?: [number, number, number] | null | undefined }, message: string, hint: string) => {
    // The field is named only for a problem: working it out for every node would cost a long list's length at each.
    problems.push({ severity: 'error', file, line: lineAt(node.range?.[0] ?? 0), field: fieldOf(where.path, where.key), message, hint });
  };
  visit(doc, (key, node, path) => {
    where = { path, key };
    if (problems.length >= 5) return visit.BREAK;
    if (isAlias(node)) {
      refuse(
        node,
        `a YAML alias (*${node.source}) refers to another value; aliases are not used in content files`,
        'Write the value out. A value that starts with * (Markdown emphasis) must be quoted: "*like this*".',
      );
      return visit.SKIP;
    }
    if (isPair(node)) {
      if (isScalar(node.key) && node.key.value === '<<') {
        refuse(node.key, 'a YAML merge key (<<) copies another mapping in; it is not used in content files', 'Write the fields out.');
      }
      return undefined;
    }
    if (!isNode(node)) return undefined;
    if (node.anchor !== undefined) {
      refuse(node, `a YAML anchor (&${node.anchor}); anchors and aliases are not used in content files`, 'Remove the anchor and write each value out.');
    }
    if (node.tag !== undefined) {
      refuse(node, `a YAML tag (${node.tag}); content files use plain values`, 'Remove the tag; quote the value if it must be read as text.');
    }
    const depth = path.filter((step) => isMap(step) || (isNode(step) && !isScalar(step))).length;
    if (depth > MAX_DEPTH) {
      refuse(node, `values nested ${depth} levels deep; no field goes deeper than a few`, 'Check the indentation of these lines.');
      return visit.BREAK;
    }
    return undefined;
  });
  return problems;
}

/** The field a node sits in, from the path `visit` gives: `summary`, `claims[2].sources[0]`. */
function fieldOf(path: readonly unknown[], key: unknown): string {
  const parts: FieldPath[number][] = [];
  const steps = [...path.slice(1), undefined];
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i];
    if (isPair(step) && isScalar(step.key)) parts.push(String(step.key.value));
    else if (isNode(step) && !isMap(step) && !isScalar(step)) {
      const next = steps[i + 1];
      const index = next === undefined ? (typeof key === 'number' ? key : -1) : (step as unknown as { items: unknown[] }).items.indexOf(next);
      if (index >= 0) parts.push(index);
    }
  }
  return parts.length === 0 ? '(frontmatter)' : formatFieldPath(parts);
}
