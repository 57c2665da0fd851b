/**
 * No fact from a repost (confidence B) is shown as certain: on every brand page of the built site,
 * each B fact in the fact table, honours, key facts and regime badges carries the unverified mark.
 * The second test shows the check failing on a page whose marks were taken out.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  checkUnverifiedMarks,
  expectedMarks,
  unmarkedOnPage,
} from '../../scripts/site-checks/unverified.ts';

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
    const stripped = html.replace(/<span class="unverified[^"]*"[^>]*>[^<]*<\/span>/g, '');
    expect(unmarkedOnPage(stripped, expected)).toEqual([
      '"12682128" is shown without the unverified mark',
      '"微山县渔业协会" is shown without the unverified mark',
      'the badge "地理标志证明商标" has no unverified mark',
    ]);
  });
});
