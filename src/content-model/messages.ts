/**
 * Error messages an editor understands. Zod's and Astro's own messages ("Did not match union",
 * "expected string, received undefined") are replaced by ones that say what is wrong and what to
 * do. Astro prints each message after the collection, the entry, its file and the field's path.
 */
import { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

function describeType(expected: unknown): string {
  return TYPE_NAMES[String(expected)] ?? String(expected);
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'number' && !Number.isFinite(input)) return 'a value that is not a number';
  if (typeof input === 'boolean') return String(input);
  const shown = JSON.stringify(input) ?? String(input);
  const preview = shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
  return `${describeType(typeof input)} ${preview}`;
}

/** The text of one issue, or undefined to keep the schema's own message. */
export function editorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return `is missing: add this field (${describeType(issue.expected)})`;
      }
      if (issue.expected === 'string' && typeof issue.input === 'number') {
        // YAML reads 370828 as a number; codes and registration numbers are text.
        return `has the wrong type: expected text, found the number ${issue.input}. Write it in quotes: '${issue.input}'`;
      }
      return `has the wrong type: expected ${describeType(issue.expected)}, found ${describeValue(issue.input)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `unknown field ${keys}: remove it or correct its spelling`;
    }
    case 'invalid_value':
      if (issue.input === undefined) {
        return `is missing: add one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
      }
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}; found ${describeValue(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'url') {
        return `must be a full web address starting with https:// or http://; found ${describeValue(issue.input)}`;
      }
      if (issue.format === 'email')
        return `must be an e-mail address; found ${describeValue(issue.input)}`;
      return undefined;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_union':
      return `has the wrong form: found ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `may have at most ${issue.maximum} item(s)`;
      return `must be at most ${issue.maximum}`;
    default:
      return undefined;
  }
}

type Def = Record<string, unknown> & { type: string; error?: unknown };

/** A schema, not a check: a string's `.min()` and `.regex()` keep zod's defs too, with no type. */
function isSchema(value: unknown): value is { _zod: { def: Def } } {
  if (typeof value !== 'object' || value === null || !('_zod' in value)) return false;
  const def = (value as { _zod: { def?: { type?: unknown } } })._zod.def;
  return typeof def?.type === 'string';
}

/**
 * The schemas nested directly inside a schema: every schema among its definition's values, in a
 * list (union options, tuple items) or in a plain object (an object's shape). Read from every key,
 * not from a list of the keys each kind uses, so a kind of schema added later is walked too.
 * Functions (a lazy schema's getter, a refinement) are not called.
 */
export function nestedSchemas(schema: unknown): unknown[] {
  if (!isSchema(schema)) return [];
  const found: unknown[] = [];
  for (const [key, value] of Object.entries(schema._zod.def)) {
    if (key === 'error') continue;
    if (isSchema(value)) found.push(value);
    else if (Array.isArray(value)) found.push(...value.filter(isSchema));
    else if (typeof value === 'object' && value !== null)
      found.push(...Object.values(value).filter(isSchema));
  }
  return found;
}

/**
 * Gives every schema inside `schema` the editor's messages. Astro passes its own message map to
 * each parse; a schema's own map outranks it, so the messages are set on the schemas themselves.
 * A schema that already has its own message keeps it.
 */
export function withEditorMessages<S extends z.ZodType>(schema: S): S {
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (seen.has(node) || !isSchema(node)) return;
    seen.add(node);
    node._zod.def.error ??= editorMessage;
    nestedSchemas(node).forEach(visit);
  };
  visit(schema);
  return schema;
}
