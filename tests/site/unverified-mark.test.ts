/**
 * No fact from a repost (confidence B) is shown as certain: on every brand page of the built site,
 * each B fact in the fact table, honours, key facts (the holder among them) and regime badges
 * carries the unverified mark; and on every page of the site, a brand's county that only a repost
 * names is marked wherever it is shown (eyebrows on pages, cards, slides and exhibitions, key
 * facts, the county map and list), and an A county is not. The other tests show each check failing
 * on a page whose marks were taken out.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  checkCountyMarks,
  checkUnverifiedMarks,
  countyMarkProblems,
  expectedMarks,
  loadPlacedBrands,
  unmarkedOnPage,
} from '../../scripts/site-checks/unverified.ts';

const MARK = /<span class="unverified[^"]*"[^>]*>[^<]*<\/span>/g;

describe('the unverified mark', () => {
  it('is beside every B fact on every brand page, in both languages', () => {
    expect(checkUnverifiedMarks('dist', 'content')).toEqual([]);
  });

  it('is missed when a page drops it', () => {
    const data = parseYaml(readFileSync('content/gis/weishanhu-guiyu/facts.yaml', 'utf8'));
    const expected = expectedMarks(data, 'zh');
    expect(expected.texts).toContain('12682128');
    expect(expected.badges).toEqual(['地理标志证明商标']);
    const html = readFileSync('dist/gi/weishanhu-guiyu/index.html', 'utf8');
    expect(unmarkedOnPage(html, expected)).toEqual([]);
    const stripped = html.replace(MARK, '');
    expect(unmarkedOnPage(stripped, expected)).toEqual([
      '"12682128" is shown without the unverified mark',
      '"微山县渔业协会" is shown without the unverified mark',
      'the badge "地理标志证明商标" has no unverified mark',
    ]);
  });

  it('is beside every B county on every page that shows a brand county, and not beside an A one', () => {
    expect(checkCountyMarks('dist', 'content')).toEqual([]);
  });

  it('is missed when a page drops it from a county, or puts it on an A county', () => {
    const brands = loadPlacedBrands('content');
    const guiyu = brands.find((brand) => brand.key === 'gis/weishanhu-guiyu')!;
    expect(guiyu.countyB).toBe(true);
    const page = readFileSync('dist/en/gi/weishanhu-guiyu/index.html', 'utf8');
    const path = '/en/gi/weishanhu-guiyu/';
    expect(countyMarkProblems(page, path, 'en', brands)).toEqual([]);
    // The holder's and registration's marks go too; the county check names only the county.
    expect(countyMarkProblems(page.replace(MARK, ''), path, 'en', brands)).toEqual([
      'the eyebrow of gis/weishanhu-guiyu: the county "Weishan County" is B but not marked',
      'the key facts of gis/weishanhu-guiyu: the county "Weishan County" is B but not marked',
    ]);
    // 鱼台龙虾's county has an original source (中国网): a mark there would be wrong.
    const longxia = readFileSync('dist/gi/yutai-longxia/index.html', 'utf8');
    const marked = longxia.replace(
      /(<p class="eyebrow"[^>]*>地理标志 · 鱼台县)/,
      '$1<span class="unverified">未经核实</span>',
    );
    expect(countyMarkProblems(marked, '/gi/yutai-longxia/', 'zh', brands)).toEqual([
      'the eyebrow of gis/yutai-longxia: the county "鱼台县" is A but marked',
    ]);
    // The county list and map: 金乡县's B brands counted beside it.
    const list = readFileSync('dist/counties/index.html', 'utf8');
    const unmarked = list
      .replace(MARK, '')
      .replace(/<tspan[^>]*class="unverified"[^>]*>[^<]*<\/tspan>/g, '');
    const problems = countyMarkProblems(unmarked, '/counties/', 'zh', brands);
    expect(problems).toContain('the map labels 0 counties unverified, not 11');
    expect(problems).toContain(`the county list's jinxiang does not say "其中 5 项所在地未经核实"`);
  });
});
