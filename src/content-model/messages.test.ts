/**
 * withEditorMessages walks every kind of schema the collections use: a kind the walker cannot see
 * into would leave its fields with zod's own messages, and nothing else would notice.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { nestedSchemas, withEditorMessages } from './messages';
import { countySchema } from './schemas/counties';
import { enterpriseSchema } from './schemas/enterprises';
import { exhibitionSchema } from './schemas/exhibitions';
import { giSchema } from './schemas/gis';
import { industrySchema } from './schemas/industries';
import { newsSchema } from './schemas/news';
import { proseSchema } from './schemas/prose';
import { regionalBrandSchema } from './schemas/regional-brands';
import { stationSchema } from './schemas/stations';
import { statSchema } from './schemas/stats';
import { messagesOf, schemaContext } from './schemas/test-helpers';

const COLLECTION_SCHEMAS = [
  countySchema,
  enterpriseSchema(schemaContext),
  exhibitionSchema,
  giSchema(schemaContext),
  industrySchema,
  newsSchema,
  proseSchema,
  regionalBrandSchema(schemaContext),
  stationSchema,
  statSchema,
];

type Node = { _zod: { def: { type: string; error?: unknown } } };

/** Every schema inside the collections' schemas, once each. */
function schemasInUse(): Node[] {
  const seen = new Set<Node>();
  const visit = (node: unknown) => {
    if (seen.has(node as Node)) return;
    seen.add(node as Node);
    nestedSchemas(node).forEach(visit);
  };
  COLLECTION_SCHEMAS.forEach(visit);
  return [...seen];
}

const WRONG_TEXT = "has the wrong type: expected text, found the number 5. Write it in quotes: '5'";

/**
 * One schema of each kind with a text field inside it where the kind holds others, and input
 * that is wrong in that innermost field: its message must be the editor's.
 */
const KINDS: Record<string, { schema: z.ZodType; input: unknown; message: string }> = {
  object: {
    schema: z.object({ name: z.string() }),
    input: { name: 5 },
    message: `name: ${WRONG_TEXT}`,
  },
  never: {
    schema: z.object({}).strict(),
    input: { nmae: 'x' },
    message: ': unknown field "nmae": remove it or correct its spelling',
  },
  string: { schema: z.string(), input: 5, message: `: ${WRONG_TEXT}` },
  number: {
    schema: z.number(),
    input: 'many',
    message: ': has the wrong type: expected a number, found text "many"',
  },
  boolean: {
    schema: z.boolean(),
    input: 'yes',
    message: ': has the wrong type: expected true or false, found text "yes"',
  },
  enum: {
    schema: z.enum(['A', 'B']),
    input: 'C',
    message: ': must be one of "A", "B"; found text "C"',
  },
  array: { schema: z.array(z.string()), input: ['a', 5], message: `1: ${WRONG_TEXT}` },
  optional: { schema: z.string().optional(), input: 5, message: `: ${WRONG_TEXT}` },
  default: { schema: z.string().default('x'), input: 5, message: `: ${WRONG_TEXT}` },
  union: {
    schema: z.union([z.string(), z.array(z.string())]),
    input: 5,
    message: ': has the wrong form: found a number 5',
  },
  pipe: {
    schema: z.preprocess((value) => value, z.object({ name: z.string() })),
    input: { name: 5 },
    message: `name: ${WRONG_TEXT}`,
  },
  transform: {
    schema: z.string().transform((value) => value.trim()),
    input: 5,
    message: `: ${WRONG_TEXT}`,
  },
  // A custom check (Astro's reference(), image()) says what it wants itself: its own message stays.
  custom: {
    schema: z.custom<string>((value) => typeof value === 'string', { message: 'must be an id' }),
    input: 5,
    message: ': must be an id',
  },
};

describe('withEditorMessages', () => {
  it('knows every kind of schema the collections use', () => {
    const unknown = [...new Set(schemasInUse().map((node) => node._zod.def.type))].filter(
      (kind) => !(kind in KINDS),
    );
    expect(unknown, 'a kind of schema with no case in KINDS: add one').toEqual([]);
  });

  it('gives every schema in the collections the editor messages', () => {
    const without = schemasInUse().filter((node) => node._zod.def.error === undefined);
    expect(without.map((node) => node._zod.def.type)).toEqual([]);
  });

  for (const [kind, { schema, input, message }] of Object.entries(KINDS)) {
    it(`reaches the fields inside a schema of kind ${kind}`, () => {
      const wrapped = withEditorMessages(z.object({ field: schema }).strict());
      const prefixed = message.replace(/^(\S*): /, (_, path: string) =>
        path ? `field.${path}: ` : 'field: ',
      );
      expect(messagesOf(wrapped, { field: input })).toEqual([prefixed]);
    });
  }
});
