/**
 * Turns Zod's issues into content problems that name the file, the field,
 * the value found and what was expected.
 */
import type { z } from 'zod';
import { type ContentProblem, type FieldPath, type LineOf, describeValue, problemAt } from '#lib/content/problems.ts';
import { findNearest } from './nearest.ts';

type Issue = z.core.$ZodIssue;

/**
 * Validates `data` against `schema` and returns the parsed value, or every
 * problem found (Zod reports all of them, not just the first).
 */
export function validateFrontmatter<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  lineOf: LineOf = () => undefined,
): { ok: true; data: z.output<Schema> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((issue) => describeIssue(issue, schema, data, file, lineOf));
  return { ok: false, problems };
}

function describeIssue(issue: Issue, schema: z.ZodType, data: unknown, file: string, lineOf: LineOf): ContentProblem[] {
  const at = (path: FieldPath, message: string, hint?: string) => problemAt({ file, lineOf }, path, message, { hint });
  // A check across fields (a refinement of an object) receives the whole object
  // as its input, but reports one field: the value found is that field's.
  const found = `got ${describeValue(issue.code === 'custom' ? valueAt(data, issue.path) : issue.input)}`;

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const nearest = findNearest(key, known, 1);
        const hint = nearest.length > 0 ? `Did you mean "${nearest[0]}"?` : `Known fields: ${known.join(', ')}.`;
        return at([...issue.path, key], `unknown field "${key}"`, hint);
      });
    }
    case 'invalid_type':
      if (issue.input === undefined) return [at(issue.path, `missing: expected ${article(issue.expected)}`)];
      return [at(issue.path, `expected ${article(issue.expected)}, ${found}`)];
    case 'invalid_value':
      return [at(issue.path, `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${found}`)];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const size =
        typeof issue.input === 'string' || Array.isArray(issue.input) ? ` (it has ${issue.input.length})` : '';
      const custom = issue.message.startsWith('expected') ? issue.message : `expected ${bound} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}${unit}`;
      return [at(issue.path, `${custom}${size}, ${found}`)];
    }
    default:
      return [at(issue.path, `${issue.message}, ${found}`)];
  }
}

/** The value at `path` in `data`, if there is one. */
function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** The field names an object schema accepts at `path`, for "did you mean" hints. */
function objectKeysAt(schema: z.core.$ZodType, path: FieldPath): string[] {
  let node: z.core.$ZodType | undefined = schema;
  const steps = [...path];
  while (node) {
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
        node = def['innerType'] as z.core.$ZodType;
        continue;
      case 'pipe':
        node = def['in'] as z.core.$ZodType;
        continue;
      case 'object': {
        const shape = def['shape'] as Record<string, z.core.$ZodType>;
        if (steps.length === 0) return Object.keys(shape);
        node = shape[String(steps.shift())];
        continue;
      }
      case 'array':
        if (steps.length === 0) return [];
        steps.shift();
        node = def['element'] as z.core.$ZodType;
        continue;
      default:
        return [];
    }
  }
  return [];
}
