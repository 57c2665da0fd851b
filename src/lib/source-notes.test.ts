import { describe, expect, it } from 'vitest';
import { sourceNotes } from './source-notes';

const web = { url: 'http://sd.3158.cn/info/20150115/n51247329287631.html' };
const policy = { document: '济政字〔2018〕88号', publisher: '济宁市人民政府', date: '2018-09-10' };

describe('sourceNotes', () => {
  it('numbers each distinct source once, in the order of first citation', () => {
    const { notes, noteOf } = sourceNotes([web, policy, { ...web }, { ...policy }]);
    expect(notes).toEqual([web, policy]);
    expect(noteOf({ ...web })).toBe(1);
    expect(noteOf(policy)).toBe(2);
  });
  it('fails on a source the page did not number', () => {
    expect(() => sourceNotes([web]).noteOf({ url: 'https://example.org/' })).toThrow(
      /not numbered/,
    );
  });
});
