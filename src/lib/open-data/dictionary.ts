/**
 * The data dictionary: every field of a published collection, read from its generated JSON
 * Schema, with the labels of its allowed values taken from the vocabularies the schemas use.
 */
import type { Locale } from '../../i18n/locales';
import * as vocabularies from '../../content-model/schemas/vocabulary';
import type { JsonSchema } from './schemas';

export interface DictionaryField {
  /** Dotted path; `[]` marks the items of a list: `registrations[].regime`. */
  path: string;
  type: string;
  required: boolean;
  description?: string | undefined;
  /** A pattern or format the value must match. */
  format?: string | undefined;
  values: { code: string; labels?: Record<Locale, string> | undefined }[];
}

type Vocabulary = Record<string, Record<Locale, string>>;

const VOCABULARIES: Vocabulary[] = Object.values(vocabularies).filter(
  (value) => typeof value === 'object' && value !== null,
) as Vocabulary[];

/** The vocabulary whose keys are exactly these values, for their labels. */
function vocabularyOf(values: unknown[]): Vocabulary | undefined {
  return VOCABULARIES.find((vocabulary) => {
    const keys = Object.keys(vocabulary);
    return keys.length === values.length && values.every((value) => keys.includes(String(value)));
  });
}

function typeOf(schema: JsonSchema): string {
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'any'}`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (schema.type) return schema.type;
  const options = (schema['anyOf'] ?? schema['oneOf']) as JsonSchema[] | undefined;
  if (options) return options.map(typeOf).join(' | ');
  return 'any';
}

function formatOf(schema: JsonSchema): string | undefined {
  if (typeof schema['format'] === 'string') return schema['format'];
  if (typeof schema['pattern'] === 'string') return schema['pattern'];
  return undefined;
}

/** Every field of a schema, depth first; `required` is within the field's own group. */
export function dictionaryOf(schema: JsonSchema, prefix = ''): DictionaryField[] {
  const fields: DictionaryField[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const isRequired = required.has(name);
    const enumSource = field.enum ?? field.items?.enum;
    const vocabulary = enumSource && vocabularyOf(enumSource);
    fields.push({
      path,
      type: typeOf(field),
      required: isRequired,
      description: field.description ?? field.items?.description,
      format: formatOf(field) ?? (field.items && formatOf(field.items)),
      values: (enumSource ?? []).map((code) => ({
        code: String(code),
        labels: vocabulary?.[String(code)],
      })),
    });
    if (field.properties) fields.push(...dictionaryOf(field, path));
    if (field.items?.properties) fields.push(...dictionaryOf(field.items, `${path}[]`));
  }
  return fields;
}
