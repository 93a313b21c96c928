/** Content problems for quotes that could not be anchored, with the passage that comes closest. */
import { type ContentProblem, type FieldPath, problemAt } from '#lib/content/problems.ts';
import type { ReportedAnchorFailure } from '#lib/render/plugins/remark-anchors.ts';
import { normalizeSelector } from '#lib/text/normalize.ts';
import { WORD_CHARACTER } from '#lib/text/words.ts';

/** Turns a field such as `claims[2]` into a path: `['claims', 2]`. */
function toPath(field: string): FieldPath {
  return field.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Describes why a quote could not be anchored, in `file`, with `lineOf` for line numbers. */
export function describeAnchorFailure(
  failure: ReportedAnchorFailure,
  file: string,
  lineOf: ((path: FieldPath) => number | undefined) | undefined,
): ContentProblem {
  const { request } = failure;
  const quote = normalizeSelector(request.selector.quote);
  const at = (field: string, message: string, hint: string) => problemAt({ file, lineOf }, toPath(field), message, { hint });

  if ('overlaps' in failure) {
    const other = failure.overlaps;
    return at(
      `${request.field}.quote`,
      `${request.label} overlaps ${other.label} (${other.field})`,
      other.group === request.group
        ? 'Two spans of the same kind cannot share text: shorten one of the quotes.'
        : 'One span may lie inside the other, but not cross its edge: move the edge of one quote.',
    );
  }
  const { result } = failure;
  if (result.reason === 'ambiguous') {
    const places = result.occurrences
      .map((o, i) => `      ${i + 1}. …${o.before} [${quote}] ${o.after}…`)
      .join('\n');
    const settled = request.selector.prefix !== undefined || request.selector.suffix !== undefined;
    return at(
      `${request.field}.quote`,
      `${request.label}: the quote occurs ${result.occurrences.length} times in the text${settled ? ', even with its prefix and suffix' : ''}: "${quote}"`,
      `Add a prefix (the text just before) or a suffix (just after) to say which:\n${places}`,
    );
  }
  if (result.reason === 'inside-word') {
    const [first] = result.occurrences;
    return at(
      `${request.field}.quote`,
      `${request.label}: the quote starts or ends inside a word: "${quote}" occurs only as part of "…${tail(first!.before)}${quote}${head(first!.after)}…"`,
      'Quote whole words: extend the quote to the start and end of the words it cuts.',
    );
  }
  if (result.reason === 'context') {
    const given = normalizeSelector(request.selector[result.field] ?? '');
    const shown = result.occurrences
      .map((o, i) => `      ${i + 1}. ${result.field === 'prefix' ? `"…${o.before}" [${quote}]` : `[${quote}] "${o.after}…"`}`)
      .join('\n');
    return at(
      `${request.field}.${result.field}`,
      `${request.label}: the ${result.field} "${given}" is not the text ${result.field === 'prefix' ? 'just before' : 'just after'} the quote "${quote}"`,
      `The quote occurs ${result.occurrences.length === 1 ? 'once' : `${result.occurrences.length} times`}; the text ${result.field === 'prefix' ? 'before' : 'after'} it is:\n${shown}`,
    );
  }
  const { nearest } = result;
  if (!nearest) {
    return at(
      `${request.field}.quote`,
      `${request.label}: the quote is not in the text: "${quote}"`,
      'Copy the words exactly from the body (whitespace, quotes and dashes may differ, nothing else).',
    );
  }
  const passage = normalizeSelector(nearest.passage);
  const caret = `${' '.repeat(nearest.differsAt)}^`;
  return at(
    `${request.field}.quote`,
    `${request.label}: the quote is not in the text: "${quote}"`,
    `The closest passage of the text differs at character ${nearest.differsAt + 1}:\n` +
      `      quote: "${quote}"\n      text:  "${passage}"\n              ${caret}`,
  );
}

/** The end of `before` from the last word boundary: the part of a word just before a quote. */
function tail(before: string): string {
  return new RegExp(`${WORD_CHARACTER.source}*$`, 'u').exec(before)?.[0] ?? '';
}

/** The start of `after` up to the first word boundary. */
function head(after: string): string {
  return new RegExp(`^${WORD_CHARACTER.source}*`, 'u').exec(after)?.[0] ?? '';
}
