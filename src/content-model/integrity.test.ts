import { describe, expect, it } from 'vitest';
import { findIntegrityProblems, findReferences } from './integrity';

const county = (id: string) => ({ id, data: { name: { zh: id, en: id } } });
const gi = (id: string, countyId: string) => ({
  id,
  filePath: `content/gis/${id}/facts.yaml`,
  data: { county: { collection: 'counties', id: countyId }, registrations: [] },
});
const prose = (id: string) => ({ id, filePath: `content/${id}.md`, data: {} });

describe('findReferences', () => {
  it('finds references nested in lists and groups, with their field path', () => {
    const data = {
      county: { collection: 'counties', id: 'yutai' },
      gis: [{ collection: 'gis', id: 'a' }],
    };
    expect(findReferences(data).map((found) => found.path)).toEqual(['county', 'gis.0']);
  });
});

describe('findIntegrityProblems', () => {
  it('accepts entries whose references exist and whose Chinese text is present', () => {
    const problems = findIntegrityProblems({
      counties: [county('yutai')],
      gis: [gi('yutai-dami', 'yutai')],
      prose: [prose('gis/yutai-dami/zh')],
    });
    expect(problems).toEqual([]);
  });

  it('names the file, the field and the missing id of a broken reference', () => {
    const [problem] = findIntegrityProblems({
      counties: [county('yutai')],
      gis: [gi('yutai-dami', 'yutia')],
      prose: [prose('gis/yutai-dami/zh')],
    });
    expect(problem).toBe(
      'content/gis/yutai-dami/facts.yaml: county refers to "yutia", which is not an entry of counties. Use one of: yutai',
    );
  });

  it('reports prose without an entry and an entry without Chinese prose', () => {
    const problems = findIntegrityProblems({
      counties: [county('yutai')],
      gis: [gi('yutai-dami', 'yutai')],
      prose: [prose('gis/yutai-dami/en'), prose('gis/yutai-damy/zh')],
    });
    expect(problems).toEqual([
      "content/gis/yutai-damy/zh.md: there is no facts.yaml beside this text. Add content/gis/yutai-damy/facts.yaml or move the text to its entry's folder",
      "content/gis/yutai-dami/zh.md is missing: write the entry's Chinese text there",
    ]);
  });
});
