/**
 * `npm run content:check` as an editor runs it: on the seed it passes in seconds; on broken
 * content it exits with 1 and names each problem by file (relative to the content folder), line
 * and field, including the ones only the content layer sees (schemas, references).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyMinimalContent, replaceIn } from './support/build';

/** Node 24 from the project, as `npm run` uses it: the script is TypeScript. */
const NODE = 'node_modules/.bin/node';

function contentCheck(contentDir?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (contentDir) env['BH_CONTENT_DIR'] = contentDir;
  else delete env['BH_CONTENT_DIR'];
  const result = spawnSync(NODE, ['scripts/content-check.ts'], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function broken(edit: (dir: string) => void): string {
  const dir = copyMinimalContent();
  edit(dir);
  return dir;
}

const GI = (dir: string) => join(dir, 'gis/test-gi/facts.yaml');

describe('npm run content:check', () => {
  it('passes on the seed', () => {
    const { status, output } = contentCheck();
    expect(status, output).toBe(0);
    expect(output).toContain('content/: the content is fine');
  });

  it('names every file problem at once, relative to the content folder', () => {
    const dir = broken((d) => {
      writeFileSync(join(d, 'gis/stray.txt'), 'notes');
      writeFileSync(join(d, 'gis/test-gi/zh.md'), '\n');
      replaceIn(GI(d), 'certification-mark\n', 'certification-mark\n    date: 2024-02-30\n');
      replaceIn(join(d, 'stats.yaml'), '- id:', '- id: [');
    });
    const { status, output } = contentCheck(dir);
    expect(status, output).toBe(1);
    expect(output).toContain(`${dir}/ has 4 problem(s):`);
    expect(output).toContain('  - gis/stray.txt: is not an entry.');
    expect(output).toContain('  - gis/test-gi/zh.md: is empty.');
    expect(output).toContain(
      '  - gis/test-gi/facts.yaml: registrations.0.date is 2024-02-30, a day that is not in the calendar: check the month and day (line 7, column 11)',
    );
    expect(output).toMatch(/ {2}- stats\.yaml: is not valid YAML: .+ \(line \d+, column \d+\)/);
    expect(output).not.toContain('../');
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops on a reference to an entry that does not exist, as astro sync does', () => {
    const dir = broken((d) => replaceIn(GI(d), 'county: jinxiang', 'county: jinxing'));
    const { status, output } = contentCheck(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      'gis/test-gi/facts.yaml: county refers to "jinxing", which is not an entry of counties. Use one of: jinxiang',
    );
    expect(output).toContain(`${dir}/: the content has problems, named above`);
    rmSync(dir, { recursive: true, force: true });
  });

  // The benchmarks build synthetic content; a schema rule it does not follow stops them at once.
  it('passes on the synthetic content of the benchmarks', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bh-synthetic-')), 'content');
    const made = spawnSync(
      NODE,
      [
        'scripts/synthetic/generate.ts',
        '--entries',
        '120',
        '--per-kind',
        '--image-pool',
        '3',
        '--out',
        out,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(made.status, `${made.stdout}\n${made.stderr}`).toBe(0);
    const { status, output } = contentCheck(out);
    expect(status, output).toBe(0);
    expect(output).toContain('the content is fine');
  });

  it('stops on an exhibition that shows a brand the hall does not have, naming file and field', () => {
    const dir = broken((d) => {
      mkdirSync(join(d, 'exhibitions/test-exhibition'), { recursive: true });
      writeFileSync(
        join(d, 'exhibitions/test-exhibition/facts.yaml'),
        'title: { zh: 测试, en: Test }\nsummary: { zh: 测试。, en: A test. }\ncoverGi: no-such-gi\norder: 1\n',
      );
      writeFileSync(
        join(d, 'exhibitions/test-exhibition/zh.mdx'),
        '测试。\n\n<Brand enterprise="no-such-enterprise" />\n',
      );
    });
    const { status, output } = contentCheck(dir);
    expect(status, output).toBe(1);
    expect(output).toContain(
      '  - exhibitions/test-exhibition/zh.mdx: <Brand enterprise> names "no-such-enterprise", which is not an entry of enterprises/.',
    );
    expect(output).toContain('(line 3, column 8)');
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops on an exhibition led by a GI that does not exist', () => {
    const dir = broken((d) => {
      mkdirSync(join(d, 'exhibitions/test-exhibition'), { recursive: true });
      writeFileSync(
        join(d, 'exhibitions/test-exhibition/facts.yaml'),
        'title: { zh: 测试, en: Test }\nsummary: { zh: 测试。, en: A test. }\ncoverGi: no-such-gi\norder: 1\n',
      );
      writeFileSync(
        join(d, 'exhibitions/test-exhibition/zh.mdx'),
        '测试。\n\n<Brand gi="test-gi" />\n',
      );
    });
    const { status, output } = contentCheck(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      'exhibitions/test-exhibition/facts.yaml: coverGi refers to "no-such-gi", which is not an entry of gis. Use one of: test-gi',
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops on a field the schema rejects', () => {
    const dir = broken((d) => replaceIn(GI(d), 'category: vegetable\n', ''));
    const { status, output } = contentCheck(dir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('gis/test-gi/facts.yaml');
    expect(output).toContain('category: is missing: add one of "grain"');
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the line and column of a field the schema rejects, in a folder and in a list', () => {
    const folder = broken((d) => replaceIn(GI(d), 'category: vegetable', 'category: vegtable'));
    const inFolder = contentCheck(folder).output;
    expect(inFolder).toMatch(
      /- gis\/test-gi\/facts\.yaml: category: must be one of "grain", .*; found text "vegtable" \(line 4, column 11\)/,
    );
    const list = broken((d) => replaceIn(join(d, 'stats.yaml'), 'unit: count', 'unit: counts'));
    expect(contentCheck(list).output).toMatch(
      /- stats\.yaml: unit: must be one of .*; found text "counts" \(line 5, column 9\)/,
    );
    for (const dir of [folder, list]) rmSync(dir, { recursive: true, force: true });
  });
});
