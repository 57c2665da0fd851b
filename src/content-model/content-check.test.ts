/**
 * Each class of mistake an editor can make in the files, made once in a copy of the minimal
 * valid content (tests/fixtures/minimal-content), and the message that names it.
 */
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyMinimalContent, replaceIn } from '../../tests/support/build';
import { checkContent, formatProblem, todayInJining, type ContentProblem } from './content-check';

const TODAY = '2026-12-02';
const GI = 'gis/test-gi/facts.yaml';

/** A copy of the minimal content with `edit` applied, and the problems the check finds. */
function problemsAfter(edit: (dir: string) => void): ContentProblem[] {
  const dir = copyMinimalContent();
  edit(dir);
  const problems = checkContent(dir, { today: TODAY });
  rmSync(dir, { recursive: true, force: true });
  return problems;
}

/** Adds a news entry in the seed's shape, dated `date`. */
function addNews(dir: string, date: string) {
  mkdirSync(join(dir, 'news/test-news'), { recursive: true });
  writeFileSync(
    join(dir, 'news/test-news/facts.yaml'),
    [
      `date: ${date}`,
      'title: { zh: 测试新闻, en: Test news }',
      'summary: { zh: 测试。, en: A test. }',
      'source:',
      '  document: 测试文件',
      `  date: ${date}`,
      'confidence: A',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'news/test-news/zh.md'), '测试新闻。\n');
}

describe('checkContent', () => {
  it('finds nothing wrong in the minimal content or the seed', () => {
    expect(problemsAfter(() => {})).toEqual([]);
    expect(checkContent('content').map(formatProblem)).toEqual([]);
  });

  it('names a date that is not in the calendar, with its line and field', () => {
    const problems = problemsAfter((dir) => addNews(dir, '2024-02-30'));
    expect(problems).toContainEqual({
      file: 'news/test-news/facts.yaml',
      line: 1,
      column: 7,
      field: 'date',
      message: 'date is 2024-02-30, a day that is not in the calendar: check the month and day',
    });
    expect(problems.map((p) => `${p.field}@${p.line}`)).toEqual(['date@1', 'source.date@6']);
  });

  it('names a registration dated in the future', () => {
    const problems = problemsAfter((dir) =>
      replaceIn(
        join(dir, GI),
        '  - regime: certification-mark\n',
        '  - regime: certification-mark\n    date: 2031-05\n',
      ),
    );
    expect(problems).toEqual([
      {
        file: GI,
        line: 7,
        column: 11,
        field: 'registrations.0.date',
        message: `registrations.0.date is 2031-05, which is after today (${TODAY}). A date here records something that has already happened: check the year`,
      },
    ]);
  });

  it('names an honour given in a future year, and accepts this year and today', () => {
    const honour = (year: string) =>
      `honours:\n  - kind: laozihao\n    year: ${year}\n    source: { document: 测试文件 }\n    confidence: A\n`;
    const problems = problemsAfter((dir) => appendFileSync(join(dir, GI), honour('2027')));
    expect(problems.map((p) => [p.field, p.line, p.message.split(',')[0]])).toEqual([
      ['honours.0.year', 20, 'honours.0.year is 2027'],
    ]);
    expect(problemsAfter((dir) => appendFileSync(join(dir, GI), honour('2026')))).toEqual([]);
    expect(problemsAfter((dir) => addNews(dir, TODAY))).toEqual([]);
  });

  it('names a future date in a list file', () => {
    const problems = problemsAfter((dir) =>
      replaceIn(
        join(dir, 'counties.yaml'),
        'source: { document: 测试文件 }',
        'source: { document: 测试文件, date: 2099 }',
      ),
    );
    expect(problems.map(formatProblem)).toEqual([
      `counties.yaml: 0.source.date is 2099, which is after today (${TODAY}). A date here records something that has already happened: check the year (line 7, column 35)`,
    ]);
  });

  it('names a figure counted in the future, and accepts a target due in the future', () => {
    const dueIn2030 = (kind: string) => (dir: string) => {
      replaceIn(join(dir, 'stats.yaml'), 'asOf: 2020', 'asOf: 2030');
      replaceIn(join(dir, 'stats.yaml'), 'kind: actual', `kind: ${kind}`);
    };
    expect(problemsAfter(dueIn2030('actual')).map(formatProblem)).toEqual([
      `stats.yaml: 0.asOf is 2030, which is after today (${TODAY}). A date here records something that has already happened: check the year (line 6, column 9)`,
    ]);
    expect(problemsAfter(dueIn2030('target'))).toEqual([]);
  });

  it('names a second text in one language', () => {
    const problems = problemsAfter((dir) =>
      writeFileSync(join(dir, 'gis/test-gi/zh.mdx'), '测试。\n'),
    );
    expect(problems.map(formatProblem)).toEqual([
      'gis/test-gi/zh.mdx: is a second zh text beside zh.md: the entry would show only one. Keep one of them',
    ]);
  });

  it('names an empty or blank text file', () => {
    const problems = problemsAfter((dir) => {
      writeFileSync(join(dir, 'gis/test-gi/zh.md'), '');
      writeFileSync(join(dir, 'gis/test-gi/en.md'), '  \n\n\t\n');
    });
    expect(problems.map(formatProblem)).toEqual([
      'gis/test-gi/en.md: is empty. Write the text, or "待补充 / to be supplied" until it is known',
      'gis/test-gi/zh.md: is empty. Write the text, or "待补充 / to be supplied" until it is known',
    ]);
  });

  it('names files that are not entries, so none is ignored', () => {
    const problems = problemsAfter((dir) => {
      writeFileSync(join(dir, 'gis/notes.txt'), 'to do');
      cpSync(join(dir, GI), join(dir, 'gis/other-gi.yaml'));
      mkdirSync(join(dir, 'gis/empty-gi'));
      cpSync(join(dir, GI), join(dir, 'gis/test-gi/facts.yml'));
      writeFileSync(join(dir, 'brands.yaml'), '[]');
      writeFileSync(join(dir, '.DS_Store'), '');
    });
    expect(problems.map(formatProblem)).toEqual([
      'brands.yaml: is not part of any collection. The content folder holds counties.yaml, industries.yaml, stats.yaml and the folders enterprises, gis, regional-brands, stations, news, exhibitions: move it there or remove it',
      'gis/empty-gi: has no facts.yaml, so it is not an entry. Add facts.yaml or remove the folder',
      'gis/notes.txt: is not an entry. Each entry is a folder with facts.yaml and zh.md: move the file into its entry folder or remove it',
      'gis/other-gi.yaml: is not an entry. Each entry is a folder: move it to other-gi/facts.yaml',
      'gis/test-gi/facts.yml: is not used by this entry: an entry folder holds facts.yaml, zh.md, en.md and the pictures facts.yaml names. Name it in facts.yaml or remove it',
    ]);
  });

  it('names an entry whose facts.yaml is a list instead of a group of fields', () => {
    const problems = problemsAfter((dir) => writeFileSync(join(dir, GI), '- name: 测试\n'));
    expect(problems).toContainEqual({
      file: GI,
      line: 1,
      column: 1,
      field: undefined,
      message: 'must be a group of fields (name:, summary:, ...)',
    });
  });

  it('names a YAML syntax error by its line and column, relative to the content folder', () => {
    const problems = problemsAfter((dir) =>
      replaceIn(join(dir, GI), 'category: vegetable', 'category: [vegetable'),
    );
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe(GI);
    expect(problem?.line).toBe(5);
    expect(problem?.column).toBe(1);
    expect(problem?.message).toMatch(
      /^is not valid YAML: .+\. Check the indentation, colons and quotes there$/,
    );
    expect(formatProblem(problem!)).not.toContain('..');
  });

  it('names an id used twice in a list, with both lines', () => {
    const problems = problemsAfter((dir) =>
      appendFileSync(
        join(dir, 'counties.yaml'),
        '- id: jinxiang\n  name: { zh: 金乡, en: Jinxiang }\n',
      ),
    );
    expect(problems).toEqual([
      {
        file: 'counties.yaml',
        line: 8,
        column: 7,
        field: 'id',
        message: 'id "jinxiang" is used twice (lines 2 and 8). Give each entry its own id',
      },
    ]);
  });

  it('names a folder whose name is not an id', () => {
    const problems = problemsAfter((dir) =>
      cpSync(join(dir, 'gis/test-gi'), join(dir, 'gis/Test_GI'), { recursive: true }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'gis/Test_GI: the folder name "Test_GI" is the entry\'s id and must be lower-case pinyin words joined by hyphens, e.g. jinxiang-dasuan',
    ]);
  });

  it('names a missing picture by field and line', () => {
    const problems = problemsAfter((dir) => rmSync(join(dir, 'gis/test-gi/cover.png')));
    expect(problems.map(formatProblem)).toEqual([
      'gis/test-gi/facts.yaml: cover.src names the image "./cover.png", which is not in gis/test-gi/. Add the image file there or correct its name (line 10, column 8)',
    ]);
  });

  it('names a picture file that is not a picture', () => {
    const problems = problemsAfter((dir) => writeFileSync(join(dir, 'gis/test-gi/cover.png'), ''));
    expect(problems.map(formatProblem)).toEqual([
      'gis/test-gi/facts.yaml: cover.src names "./cover.png", which is not a PNG, JPEG, WebP, AVIF or GIF picture. Export the picture again in one of these formats (line 10, column 8)',
    ]);
  });

  it('names an exhibition that shows a brand which does not exist, by file, line and component', () => {
    const problems = problemsAfter((dir) => {
      mkdirSync(join(dir, 'exhibitions/test-exhibition'), { recursive: true });
      writeFileSync(
        join(dir, 'exhibitions/test-exhibition/facts.yaml'),
        'title: { zh: 测试, en: Test }\nsummary: { zh: 测试。, en: A test. }\ncoverGi: test-gi\norder: 1\n',
      );
      writeFileSync(
        join(dir, 'exhibitions/test-exhibition/zh.mdx'),
        '测试。\n\n<Brand gi="test-gi" />\n\n<Timeline gis="test-gi no-such-gi" />\n',
      );
    });
    expect(problems.map(formatProblem)).toEqual([
      'exhibitions/test-exhibition/zh.mdx: <Timeline gis> names "no-such-gi", which is not an entry of gis/. Correct the id (e.g. test-gi) or add the entry (line 5, column 11)',
    ]);
    expect(problems[0]?.field).toBe('<Timeline gis>');
  });

  it('counts today in Jining, eight hours ahead of UTC', () => {
    expect(todayInJining(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});
