/**
 * Bad content stops the build with a message naming the file, the field and what to do.
 * Each case breaks one thing in a copy of the minimal valid content and runs a real build.
 */
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageList, siteFiles } from '../src/integrations/built-site';
import { buildSite, copyMinimalContent, replaceIn } from './support/build';

function breakContent(edit: (dir: string) => void): string {
  const dir = copyMinimalContent();
  edit(dir);
  return dir;
}

const GI = (dir: string) => join(dir, 'gis/test-gi/facts.yaml');

describe('the build', () => {
  it('builds the minimal valid content, with a search index, its worker and the list of its pages', () => {
    const { status, output, outDir } = buildSite(copyMinimalContent());
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'gi/test-gi/index.html'))).toBe(true);
    // Made after Astro's build, in a process of their own (scripts/build.ts).
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(outDir, 'sw.js'))).toBe(true);
    // Beside the site, not in it: the site is deployed and precached as it is.
    expect(siteFiles(outDir).filter((file) => file.endsWith('.pages.json'))).toEqual([]);
    expect(readPageList(outDir)).toContainEqual({
      file: 'gi/test-gi/index.html',
      path: '/gi/test-gi/',
      template: '[...lang]/gi/[id]',
    });
  });

  it('fails on a missing field, naming the file and the field', () => {
    const dir = breakContent((d) => replaceIn(GI(d), 'category: vegetable\n', ''));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('gis/test-gi/facts.yaml');
    expect(output).toContain('category: is missing: add one of "grain"');
  });

  it('fails on a misspelt key', () => {
    const dir = breakContent((d) => replaceIn(GI(d), 'summary:', 'sumary:'));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown field "sumary": remove it or correct its spelling');
  });

  it('fails on a reference to a county that does not exist', () => {
    const dir = breakContent((d) => replaceIn(GI(d), 'county: jinxiang', 'county: jinxing'));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'gis/test-gi/facts.yaml: county refers to "jinxing", which is not an entry of counties. Use one of: jinxiang',
    );
  });

  it('fails on a missing image file, naming the entry and the field', () => {
    const dir = breakContent((d) => rmSync(join(d, 'gis/test-gi/cover.png')));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('gis/test-gi/facts.yaml: cover.src names the image "./cover.png"');
  });

  it('fails on a figure without a source', () => {
    const dir = breakContent((d) =>
      replaceIn(join(d, 'stats.yaml'), '  source: { document: 测试文件 }\n', ''),
    );
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('stats.yaml');
    expect(output).toContain('source: is missing: add this field');
  });

  it('fails on a duplicate id, giving both lines', () => {
    const dir = breakContent((d) =>
      appendFileSync(
        join(d, 'counties.yaml'),
        '- id: jinxiang\n  name: { zh: 金乡, en: Jinxiang }\n  kind: county\n  source: { document: x }\n',
      ),
    );
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/counties\.yaml: id "jinxiang" is used twice \(lines 2 and \d+\)/);
  });

  it('fails when an entry has no Chinese text', () => {
    const dir = breakContent((d) => rmSync(join(d, 'gis/test-gi/zh.md')));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('gis/test-gi/zh.md is missing');
  });
});
