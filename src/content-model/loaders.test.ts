import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ContentError, readYamlList } from './loaders';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bh-loaders-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `text` to a new file in the temporary folder and returns its path. */
function yamlFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The ContentError readYamlList throws for `file`. */
function errorFor(file: string): ContentError {
  try {
    readYamlList(file);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be rejected`);
}

/** How a ContentError names a file: relative to the working directory. */
const named = (file: string) => relative(process.cwd(), file);

describe('readYamlList', () => {
  it('returns the entries with their ids and lines, in file order', () => {
    const file = yamlFile(
      'counties.yaml',
      [
        '# Jining county-level units.',
        '',
        '- id: rencheng',
        '  name: { zh: 任城区, en: Rencheng District }',
        '',
        '- id: jinxiang',
        "  code: '370828'",
      ].join('\n'),
    );
    const items = readYamlList(file);
    expect(items.map((item) => [item.id, item.line])).toEqual([
      ['rencheng', 3],
      ['jinxiang', 6],
    ]);
    expect(items[0]?.data['name']).toEqual({ zh: '任城区', en: 'Rencheng District' });
    expect(items[1]?.data['code']).toBe('370828');
  });

  it('reads an empty file as an empty list', () => {
    expect(readYamlList(yamlFile('empty.yaml', '# nothing yet\n'))).toEqual([]);
  });

  it('names both lines of a duplicate id', () => {
    const file = yamlFile('duplicate.yaml', '- id: yutai\n\n- id: jinxiang\n- id: yutai\n');
    expect(errorFor(file).message).toBe(
      `${named(file)}: id "yutai" is used twice (lines 1 and 4). Give each entry its own id`,
    );
  });

  it('names an entry without an id', () => {
    const file = yamlFile('no-id.yaml', '- id: yutai\n- name: { zh: 金乡县, en: Jinxiang }\n');
    expect(errorFor(file).message).toBe(
      `${named(file)}: entry 2 (line 2) has no id. Add "id: " with a pinyin slug`,
    );
  });

  it('names an id that is not a slug', () => {
    const file = yamlFile('not-slug.yaml', '- id: yutai\n- id: Jin Xiang\n');
    expect(errorFor(file).message).toBe(
      `${named(file)}: entry 2 (line 2): id "Jin Xiang" must be lower-case pinyin words joined by hyphens`,
    );
  });

  it('names invalid YAML and where it is', () => {
    const file = yamlFile('invalid.yaml', '- id: yutai\n  name: [unclosed\n');
    const { message } = errorFor(file);
    expect(message).toContain(`${named(file)}: is not valid YAML: `);
    expect(message).toContain('line 3, column 1');
  });

  it('names a repeated key in an entry as invalid YAML', () => {
    const file = yamlFile('repeated-key.yaml', '- id: yutai\n  id: jinxiang\n');
    expect(errorFor(file).message).toContain(
      `${named(file)}: is not valid YAML: Map keys must be unique`,
    );
  });

  it('names a file that is not a list', () => {
    const file = yamlFile('not-list.yaml', 'id: yutai\nname: { zh: 鱼台县, en: Yutai County }\n');
    expect(errorFor(file).message).toBe(
      `${named(file)}: must be a list of entries, each starting with "- id: ..."`,
    );
  });

  it('names a missing file', () => {
    const file = join(dir, 'missing.yaml');
    expect(errorFor(file).message).toBe(
      `${named(file)}: file not found. Create it, even as an empty list: []`,
    );
  });

  it('names a numeric id and the line of an entry that is not a group of fields', () => {
    const numeric = yamlFile('numeric.yaml', '- id: a\n- id: 2022\n');
    expect(errorFor(numeric).message).toContain('entry 2 (line 2): id 2022 is a number');
    const scalar = yamlFile('scalar.yaml', '- id: a\n- hello\n');
    expect(errorFor(scalar).message).toContain('entry 2 (line 2) must be a group of fields');
  });
});
