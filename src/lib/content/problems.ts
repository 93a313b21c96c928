/**
 * Content problems: what is wrong with an analyst's file, said so that they
 * can fix it without reading code.
 */
import { revealHidden } from './characters.ts';

/** How serious a problem is. */
export type Severity = 'error' | 'warning' | 'suggestion';

/** One problem in one file. */
export interface ContentProblem {
  /**
   * `error` stops the build; a `warning` is listed in the build output; a
   * `suggestion` points at something the analyst may have missed.
   */
  readonly severity: Severity;
  /** Path of the file, relative to the project root. */
  readonly file: string;
  /** 1-based line of the field in the file, where known. */
  readonly line?: number;
  /** The field, written as a path: `source.outlet`, `claims[2].about[0]`. */
  readonly field: string;
  /** What is wrong, naming the value and what was expected. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
  /** For an exception inside Dossier, its stack trace, which a report prints in place of the hint when asked to. */
  readonly stack?: string;
}

/**
 * The problem for an exception thrown while a file was read, parsed, checked
 * or rendered: the fault is Dossier's, but the analyst learns which file
 * brought it out and can carry on with the others. The stack trace is kept
 * on the problem, for a report asked to show it (`npm run check -- --debug`).
 */
export function unexpectedProblem(file: string, error: unknown, during: string): ContentProblem {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return {
    severity: 'error',
    file,
    field: '(file)',
    message: `could not be ${during}: ${message.split('\n')[0]}`,
    hint: 'Dossier failed on this file rather than reporting a mistake in it. Look for anything unusual in it, and run `npm run check -- --debug` for the stack trace.',
    ...(stack === undefined ? {} : { stack }),
  };
}

/** A path into parsed frontmatter, as Zod and the YAML parser report it. */
export type FieldPath = readonly PropertyKey[];

/** The 1-based line of a field in its file (of its nearest parent, if it is missing). */
export type LineOf = (path: FieldPath) => number | undefined;

/** Writes a field path the way an analyst reads it: `claims[2].about[0]`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(frontmatter)' : out;
}

/** Quotes a value for a message, shortened so that a long paragraph stays readable. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A character that reorders or hides text is shown as its escape, never obeyed in a terminal or a page.
  const text = revealHidden(typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** How a report is written. */
export interface ReportOptions {
  /** Print the stack trace of an exception inside Dossier in place of its hint (`--debug`). */
  readonly debug?: boolean;
}

/** One line per problem, `file:line: field: message`, with its hint (or, debugging, its stack) on the next line. */
export function formatProblem(problem: ContentProblem, options: ReportOptions = {}): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const below = options.debug && problem.stack !== undefined ? problem.stack : problem.hint;
  const hint = below === undefined ? '' : `\n    ${below}`;
  return `${where}: ${problem.field}: ${problem.message}${hint}`;
}

const HEADINGS: Record<Severity, [string, string]> = {
  error: ['content error', 'content errors'],
  warning: ['content warning', 'content warnings'],
  suggestion: ['suggestion', 'suggestions'],
};

/** The report the build prints: for each severity, a count, then every problem. */
export function formatProblems(problems: readonly ContentProblem[], options: ReportOptions = {}): string {
  const parts: string[] = [];
  for (const severity of ['error', 'warning', 'suggestion'] as const) {
    const some = problems.filter((problem) => problem.severity === severity);
    if (some.length === 0) continue;
    const [one, many] = HEADINGS[severity];
    parts.push(`${some.length} ${some.length === 1 ? one : many}:`, ...some.map((problem) => `  ${formatProblem(problem, options)}`));
  }
  return parts.join('\n');
}

/** The errors among `problems`: what stops a build. */
export function errorsIn(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/** How many problems of each severity: `2 errors, 1 warning, 0 suggestions`. */
export function countProblems(problems: readonly ContentProblem[]): string {
  return (['error', 'warning', 'suggestion'] as const)
    .map((severity) => {
      const count = problems.filter((problem) => problem.severity === severity).length;
      return `${count} ${severity}${count === 1 ? '' : 's'}`;
    })
    .join(', ');
}

/** Thrown when content has errors; its message lists every one. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Where a problem is: a file, and where its fields are when it was parsed by the content check. */
export interface ProblemSite {
  readonly file: string;
  readonly lineOf?: LineOf | undefined;
}

/** A problem at the field `path` of `site`'s file, with the field's line where it is known. */
export function problemAt(
  site: ProblemSite,
  path: FieldPath,
  message: string,
  options: { readonly hint?: string | undefined; readonly severity?: ContentProblem['severity'] } = {},
): ContentProblem {
  const line = site.lineOf?.(path);
  return {
    severity: options.severity ?? 'error',
    file: site.file,
    ...(line === undefined ? {} : { line }),
    field: formatFieldPath(path),
    message,
    ...(options.hint === undefined ? {} : { hint: options.hint }),
  };
}
