import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) =>
  splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits Chinese at 。！？； and keeps doubled marks with their sentence', () => {
    expect(texts('金乡大蒜是地理标志。产地在金乡县！真的吗？？是的')).toEqual([
      '金乡大蒜是地理标志。',
      '产地在金乡县！',
      '真的吗？？',
      '是的',
    ]);
  });
  it('splits English at a full stop before a space, not inside a number', () => {
    expect(texts(' It grows 3.5 cm. It is white!  Done')).toEqual([
      'It grows 3.5 cm.',
      'It is white!',
      'Done',
    ]);
  });
  it('drops punctuation and spaces that carry no words', () => {
    expect(texts('。 ……  ')).toEqual([]);
  });
});
