import { describe, expect, it } from 'vitest';
import { industrySchema } from './industries';
import { messagesOf, policySource } from './test-helpers';

const valid = {
  id: 'new-materials',
  name: { zh: '新材料', en: 'New materials' },
  group: 'manufacturing',
  source: { ...policySource, date: '2018-09-10' },
};

const messages = (data: unknown) => messagesOf(industrySchema, data);

describe('industrySchema', () => {
  it('accepts a sector', () => {
    const industry = industrySchema.parse(valid);
    expect(industry.id).toBe('new-materials');
    expect(industry.group).toBe('manufacturing');
    expect(industry.source).toEqual({ ...policySource, date: '2018-09-10' });
  });

  it('rejects a group outside the vocabulary', () => {
    expect(messages({ ...valid, group: 'industry' })).toEqual([
      'group: must be one of "manufacturing", "agriculture", "services"; found text "industry"',
    ]);
  });

  it('names a missing source', () => {
    const { source: _source, ...rest } = valid;
    expect(messages(rest)).toEqual(['source: is missing: add this field (a group of fields)']);
  });

  it('rejects a blank Chinese name', () => {
    expect(messages({ ...valid, name: { ...valid.name, zh: '  ' } })).toEqual([
      'name.zh: must not be empty',
    ]);
  });

  it('rejects a name given as plain text instead of zh and en', () => {
    expect(messages({ ...valid, name: '新材料' })).toEqual([
      'name: has the wrong type: expected a group of fields, found text "新材料"',
    ]);
  });

  it('names a misspelt field', () => {
    const { group, ...rest } = valid;
    expect(messages({ ...rest, groups: group })).toEqual([
      'group: is missing: add one of "manufacturing", "agriculture", "services"',
      ': unknown field "groups": remove it or correct its spelling',
    ]);
  });

  it('rejects an id with upper-case letters or underscores', () => {
    expect(messages({ ...valid, id: 'New_Materials' })).toEqual([
      'id: must be lower-case letters, digits and hyphens (pinyin), e.g. jinxiang-dasuan',
    ]);
  });
});
