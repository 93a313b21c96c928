/**
 * Hidden characters in the analyst's longer text: a body, an assessment, a
 * correction's note. A pasted text may carry them for a reason (a quotation
 * in a script that needs a joiner), so each is a warning naming its line and
 * code point; in names, titles, summaries and datelines the schema makes
 * them errors (`LineTextSchema`).
 */
import { describeHidden, HIDDEN_HINT, hiddenCharacters } from '#lib/content/characters.ts';
import type { Entry } from '#lib/content/entry.ts';
import { type ContentProblem, type FieldPath, problemAt } from '#lib/content/problems.ts';
import { position } from './file-text.ts';

type Corrected = { readonly corrections?: readonly { readonly note: string }[] };

/** The warnings for one entry: its body (from `fileText`, for the line) and every assessment and note. */
export function hiddenTextProblems(entry: Entry<unknown>, fileText: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const found = hiddenCharacters(entry.body, { lines: true });
  if (found.length > 0) {
    const first = found[0]!;
    // The body is the end of the file: its offsets there are the file's, less the frontmatter.
    const { line, column } = position(fileText, fileText.length - entry.body.length + first.index);
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    const message = `a hidden character in the text, ${first.code} (${first.name}) at column ${column}${more}`;
    problems.push({ severity: 'warning', file: entry.file, line, field: '(body)', message, hint: HIDDEN_HINT });
  }
  const check = (path: FieldPath, text: string) => {
    const hidden = hiddenCharacters(text, { lines: true });
    if (hidden.length > 0) problems.push(problemAt(entry, path, `a hidden character, ${describeHidden(hidden)}`, { severity: 'warning', hint: HIDDEN_HINT }));
  };
  const data = entry.data as Corrected & { readonly claims?: readonly ({ readonly assessment: string } & Corrected)[] };
  const notes = (path: FieldPath, corrected: Corrected) => corrected.corrections?.forEach((correction, i) => check([...path, 'corrections', i, 'note'], correction.note));
  data.claims?.forEach((claim, i) => {
    check(['claims', i, 'assessment'], claim.assessment);
    notes(['claims', i], claim);
  });
  notes([], data);
  return problems;
}
