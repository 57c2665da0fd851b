import { describe, expect, it } from 'vitest';
import { proseSchema } from './prose';
import { messagesOf } from './test-helpers';

const messages = (data: unknown) => messagesOf(proseSchema, data);

describe('proseSchema', () => {
  it('accepts prose without frontmatter', () => {
    expect(proseSchema.parse({})).toEqual({});
  });

  it('rejects a title in the frontmatter: facts belong in facts.yaml', () => {
    expect(messages({ title: '鱼台大米' })).toEqual([
      ': unknown field "title": remove it or correct its spelling',
    ]);
  });

  it('names every frontmatter field in one message', () => {
    expect(messages({ title: '鱼台大米', date: '2009-03' })).toEqual([
      ': unknown field "title", "date": remove it or correct its spelling',
    ]);
  });

  it('rejects frontmatter that is a list', () => {
    expect(messages(['title'])).toEqual([
      ': has the wrong type: expected a group of fields, found a list',
    ]);
  });
});
