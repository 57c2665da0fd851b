import { describe, expect, it } from 'vitest';
import { exhibitionSchema } from './exhibitions';
import { messagesOf } from './test-helpers';

const valid = {
  title: { zh: '湖的食橱：微山湖的地理标志', en: "The lake's larder: Weishan Lake's GIs" },
  summary: { zh: '微山湖的地理标志。', en: "Weishan Lake's GIs." },
  coverGi: 'weishanhu-wuli',
  order: 2,
};

const messages = (data: unknown) => messagesOf(exhibitionSchema, data);

describe('exhibitionSchema', () => {
  it('accepts an exhibition and turns its leading GI into a reference', () => {
    const exhibition = exhibitionSchema.parse(valid);
    expect(exhibition.coverGi).toEqual({ collection: 'gis', id: 'weishanhu-wuli' });
  });

  it('names a missing English title', () => {
    expect(messages({ ...valid, title: { zh: valid.title.zh } })).toEqual([
      'title.en: is missing: add this field (text)',
    ]);
  });

  it('rejects a place in the list that is not a whole number from 1', () => {
    expect(messages({ ...valid, order: 0 })).toHaveLength(1);
    expect(messages({ ...valid, order: 1.5 })).toHaveLength(1);
  });

  it('rejects a field it does not know, such as facts typed into the exhibition', () => {
    expect(messages({ ...valid, figures: [130] })).toHaveLength(1);
  });
});
