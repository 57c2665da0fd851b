import { describe, expect, it } from 'vitest';
import { BOM, collectionCsv, flatten, sourcesCsv, toCsv } from './csv';
import type { PublishedRecord } from './dataset';
import type { JsonSchema } from './schemas';

const url = { zh: 'https://x.example/gi/a/', en: 'https://x.example/en/gi/a/' };

const schema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    url: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
    name: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
    tags: { type: 'array', items: { type: 'string' } },
    marks: {
      type: 'array',
      items: {
        type: 'object',
        properties: { mark: { type: 'string' }, number: { type: 'string' } },
      },
    },
  },
  required: ['id', 'url', 'name'],
};

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const text = toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"' }, { a: 'line\nbreak' }]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });
});

describe('flatten', () => {
  it('writes nested fields as dotted columns and lists of groups item by item', () => {
    expect(
      flatten({
        name: { zh: '金乡大蒜', en: 'Jinxiang Garlic' },
        tags: ['a', 'b'],
        marks: [{ mark: 'M1', number: '1' }, { mark: 'M2' }],
      }),
    ).toEqual({
      'name.zh': '金乡大蒜',
      'name.en': 'Jinxiang Garlic',
      tags: 'a; b',
      'marks.mark': 'M1 | M2',
      'marks.number': '1 | ',
    });
  });
});

describe('collectionCsv', () => {
  it('has a column for every field of the schema, even with no records', () => {
    expect(collectionCsv('gis', [], schema)).toBe(
      `${BOM}id,url.zh,url.en,name.zh,name.en,tags,marks.mark,marks.number\r\n`,
    );
  });

  it('stops on a value the schema has no column for, naming the record and field', () => {
    const record = { id: 'a', url, name: { zh: '甲', en: 'A' }, colour: 'red' } as PublishedRecord;
    expect(() => collectionCsv('gis', [record], schema)).toThrow(
      /gis\/a: no CSV column for colour/,
    );
  });
});

describe('sourcesCsv', () => {
  it('gives each sourced group one row, stating coded fields by their labels', () => {
    const record = {
      id: 'a',
      url,
      name: { zh: '甲', en: 'A' },
      source: { document: '济政字〔2018〕88号' },
      registrations: [
        { regime: 'certification-mark', source: { url: 'https://s.example/1' }, confidence: 'B' },
      ],
    } as PublishedRecord;
    const lines = sourcesCsv({ gis: [record] })
      .slice(1)
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'gis,a,,甲,A,,,,,,济政字〔2018〕88号,,https://x.example/gi/a/,https://x.example/en/gi/a/',
    );
    expect(lines[2]).toBe(
      'gis,a,registrations[0],地理标志证明商标,GI certification mark,,B,,,https://s.example/1,,,' +
        'https://x.example/gi/a/,https://x.example/en/gi/a/',
    );
  });
});
