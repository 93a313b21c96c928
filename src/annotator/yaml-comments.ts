/**
 * The comment lines of a frontmatter, as YAML reads them: a line of a block
 * scalar that starts with `#` (a Markdown heading in an assessment) is text,
 * not a comment, and nothing here ever touches it. The `yaml` lexer splits the
 * text into tokens that put it back together exactly, comments among them, so
 * a comment's place is the length of the tokens before it.
 */
import { CST, Lexer } from 'yaml';

/** Tokens the lexer adds that stand for no character of the text. */
const MARKERS = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** Where each line of `yaml` that holds a comment and nothing else starts. */
export function commentLineStarts(yaml: string): Set<number> {
  const starts = new Set<number>();
  let offset = 0;
  for (const token of new Lexer().lex(yaml)) {
    if (MARKERS.has(token)) continue;
    if (CST.tokenType(token) === 'comment') {
      const start = lineStart(yaml, offset);
      if (/^[ \t]*$/.test(yaml.slice(start, offset))) starts.add(start);
    }
    offset += token.length;
  }
  return starts;
}

/** The text of a comment line as written, without its `#` and the space after it. */
export const commentText = (line: string) => line.replace(/^\s*#\s?/, '').trimEnd();

/** The text of every comment line of `yaml`, in order. */
export function commentsOf(yaml: string): string[] {
  return [...commentLineStarts(yaml)].sort((a, b) => a - b).map((start) => {
    const end = yaml.indexOf('\n', start);
    return commentText(yaml.slice(start, end === -1 ? yaml.length : end));
  });
}

/**
 * Removes the comment line whose text is `wanted`, or returns undefined if there is none. A
 * suggestion is an entry (indented further) of a block of comment lines under a header; the last
 * entry takes its header with it, and the blank line that set the block apart goes when it would
 * now open the frontmatter or double another.
 */
export function removeCommentLine(yaml: string, wanted: string): string | undefined {
  const starts = commentLineStarts(yaml);
  const lines = yaml.split('\n');
  const isComment: boolean[] = [];
  let offset = 0;
  for (const line of lines) {
    isComment.push(starts.has(offset));
    offset += line.length + 1;
  }
  const at = lines.findIndex((line, i) => isComment[i] && commentText(line) === wanted.trimEnd());
  if (at === -1) return undefined;
  let first = at;
  while (first > 0 && isComment[first - 1]) first--;
  let last = at;
  while (last + 1 < lines.length && isComment[last + 1]) last++;
  const isEntry = (line: string) => /^\s*# {2,}\S/.test(line);
  const remaining = lines.slice(first, last + 1).filter((line, i) => first + i !== at && isEntry(line));
  const wholeBlock = isEntry(lines[at]!) && remaining.length === 0;
  const from = wholeBlock ? first : at;
  lines.splice(from, wholeBlock ? last - first + 1 : 1);
  if (lines[from] === '' && from < lines.length - 1 && (from === 0 || lines[from - 1] === '')) lines.splice(from, 1);
  return lines.join('\n');
}
