/** An import changes values in place: comments, key order, quotes and flow style stay. */
import { parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mergeMap } from '../../src/lib/spreadsheet/merge';

const FILE = `# Kept by the bureau; the source is the 2018 policy.
name: { zh: 金乡大蒜, en: Jinxiang Garlic }
county: jinxiang # the county, not the town
code: '370828'
registrations:
  - regime: certification-mark # as the source says
    date: 2000
    confidence: B
`;

const everything = () => true;
const order = ['name', 'county', 'category', 'code', 'registrations'];

function merge(incoming: Record<string, unknown>) {
  const doc = parseDocument(FILE);
  const lists = new Map([['registrations', everything]]);
  const changed = mergeMap(doc, doc.contents as YAMLMap, incoming, everything, order, lists);
  return { changed, text: doc.toString({ lineWidth: 0 }) };
}

const same = {
  name: { zh: '金乡大蒜', en: 'Jinxiang Garlic' },
  county: 'jinxiang',
  code: '370828',
  registrations: [{ regime: 'certification-mark', date: 2000, confidence: 'B' }],
};

describe('merging a row into a facts.yaml', () => {
  it('changes nothing when the values are the same', () => {
    expect(merge(same)).toEqual({ changed: false, text: FILE });
  });

  it('changes a value in place and adds a new field where the schema puts it', () => {
    const { changed, text } = merge({
      ...same,
      category: 'vegetable',
      registrations: [{ regime: 'certification-mark', date: '2000-03', confidence: 'B' }],
    });
    expect(changed).toBe(true);
    expect(text).toBe(
      FILE.replace('    date: 2000\n', '    date: 2000-03\n').replace(
        'the town\ncode:',
        'the town\ncategory: vegetable\ncode:',
      ),
    );
  });

  it('removes a list item whose row was deleted, and a field whose cell was emptied', () => {
    const { text } = merge({ name: same.name, county: 'jinxiang', registrations: [] });
    expect(text).toContain('# Kept by the bureau');
    expect(text).not.toContain('code:');
    expect(text).toContain('registrations: []');
  });
});
