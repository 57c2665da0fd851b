/**
 * The spreadsheet round trip as editors use it, through the npm scripts on a copy of the seed:
 * exporting and importing without edits changes no byte; an edited workbook with a new GI, a
 * changed date and three bad rows writes the good ones and names the bad ones by sheet, row and
 * column; without --write nothing changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/lib/spreadsheet/write-workbook';

const NODE = 'node_modules/.bin/node';
const temporary: string[] = [];

function copyOfSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bh-sheet-'));
  temporary.push(dir);
  cpSync('content', dir, { recursive: true });
  return dir;
}

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(NODE, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, BH_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file of a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const name of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, name.name);
      if (name.isDirectory()) visit(path);
      else
        files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  visit(dir);
  return files;
}

function exportTo(contentDir: string): string {
  const file = join(contentDir, '..', `${relative(tmpdir(), contentDir)}.xlsx`);
  temporary.push(file);
  const { status, output } = run('content-export', [file], contentDir);
  expect(status, output).toBe(0);
  return file;
}

/** Row numbers and columns by the field keys of row 2, as an editor finds them. */
function sheetTools(workbook: ExcelJS.Workbook, name: string) {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`the workbook has no sheet ${name}`);
  const keys = sheet.getRow(2).values as unknown[];
  const column = (key: string) => {
    const index = keys.indexOf(key);
    if (index < 1) throw new Error(`${name} has no column ${key}`);
    return index;
  };
  const rowOf = (id: string) => {
    for (let row = 3; row <= sheet.rowCount; row += 1) {
      if (sheet.getRow(row).getCell(1).value === id) return row;
    }
    throw new Error(`${name} has no row for ${id}`);
  };
  const set = (row: number, values: Record<string, ExcelJS.CellValue>) => {
    for (const [key, value] of Object.entries(values))
      sheet.getRow(row).getCell(column(key)).value = value;
  };
  const letter = (key: string) => sheet.getColumn(column(key)).letter;
  return { sheet, rowOf, set, letter, append: () => sheet.rowCount + 1 };
}

afterEach(() => {
  for (const path of temporary.splice(0)) rmSync(path, { recursive: true, force: true });
});

describe('the spreadsheet round trip', () => {
  it('exports a workbook with a sheet per collection and list, frozen headers and drop-downs', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildWorkbook('content')) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '地理标志 gis',
        '地理标志·登记 gis.registrations',
        '企业品牌·商标 enterprises.trademarks',
        '县市区 counties',
      ]),
    );
    const gis = sheetTools(workbook, '地理标志 gis');
    expect(gis.sheet.getRow(1).getCell(2).value).toBe('名称·中文');
    expect(gis.sheet.getRow(2).getCell(2).value).toBe('name.zh');
    expect(gis.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const row = gis.rowOf('jinxiang-dasuan');
    expect(gis.sheet.getRow(row).getCell(gis.letter('zh.md')).value).toBe(
      'gis/jinxiang-dasuan/zh.md',
    );
    const category = gis.sheet.getCell(`${gis.letter('category')}${row}`).dataValidation;
    expect(category).toMatchObject({
      type: 'list',
      formulae: [expect.stringContaining('vegetable')],
    });
    const county = gis.sheet.getCell(`${gis.letter('county')}${row}`).dataValidation;
    expect(county.formulae?.[0]).toContain("'县市区 counties'!$A$3");
    // The county's source and grade sit beside it, the grade a drop-down of A and B.
    expect(gis.sheet.getRow(row).getCell(gis.letter('countySource.url')).value).toBe(
      'http://sd.3158.cn/info/20150115/n51247329287631.html',
    );
    expect(gis.sheet.getRow(1).getCell(gis.letter('countyConfidence')).value).toBe('县市区可信度');
    expect(gis.sheet.getRow(row).getCell(gis.letter('countyConfidence')).value).toBe('B');
    const grade = gis.sheet.getCell(`${gis.letter('countyConfidence')}${row}`).dataValidation;
    expect(grade.formulae?.[0]).toContain('A,B');
    const regs = sheetTools(workbook, '地理标志·登记 gis.registrations');
    const regime = regs.sheet.getCell(`${regs.letter('regime')}3`).dataValidation;
    expect(regime.formulae?.[0]).toContain('certification-mark');
  });

  it('changes no byte when a workbook is imported without edits', () => {
    const dir = copyOfSeed();
    const before = snapshot(dir);
    const file = exportTo(dir);
    const { status, output } = run('content-import', [file, '--write'], dir);
    expect(status, output).toBe(0);
    expect(output).toContain('nothing to change');
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes the good rows of an edited workbook and names each bad row by sheet, row and column', async () => {
    const dir = copyOfSeed();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exportTo(dir));
    const gis = sheetTools(workbook, '地理标志 gis');
    const regs = sheetTools(workbook, '地理标志·登记 gis.registrations');
    const facts = sheetTools(workbook, '地理标志·事实 gis.facts');

    // A changed date: Jinxiang Garlic's registration, from the year to the month.
    const changedRow = regs.rowOf('jinxiang-dasuan');
    regs.set(changedRow, { date: '2000-03' });
    // A new GI with a registration; its picture is put in its folder first, as an editor would.
    const newRow = gis.append();
    gis.set(newRow, {
      id: 'ceshi-xinpin',
      'name.zh': '测试新品',
      'name.en': 'Test product',
      'summary.zh': '用于测试的条目。',
      'summary.en': 'An entry for the test.',
      county: 'jinxiang',
      'countySource.url': 'http://sd.3158.cn/info/20150115/n51247329287631.html',
      countyConfidence: 'B',
      category: 'vegetable',
      'cover.src': './cover.png',
      'cover.alt.zh': '插画',
      'cover.alt.en': 'Illustration',
      'cover.credit.zh': '展厅',
      'cover.credit.en': 'The hall',
      'cover.licence': 'CC BY 4.0',
      'cover.illustration': true,
    });
    regs.set(regs.append(), {
      id: 'ceshi-xinpin',
      regime: 'certification-mark',
      date: 2010,
      'source.url': 'https://example.org/notice',
      confidence: 'B',
    });
    cpSync('content/gis/jinxiang-dasuan/cover.png', join(dir, 'gis/ceshi-xinpin/cover.png'), {
      recursive: true,
    });
    // Three bad rows: a county that does not exist, a day not in the calendar, a grade not known.
    const badCounty = gis.rowOf('sishui-digua');
    gis.set(badCounty, { county: 'sishiu' });
    const badDate = regs.rowOf('yutai-dami');
    regs.set(badDate, { date: '2009-02-30' });
    const badGrade = facts.rowOf('weishan-maya');
    facts.set(badGrade, { confidence: 'C' });
    const edited = join(dir, '..', `${relative(tmpdir(), dir)}-edited.xlsx`);
    temporary.push(edited);
    await workbook.xlsx.writeFile(edited);

    const before = snapshot(dir);
    const dryRun = run('content-import', [edited], dir);
    expect(dryRun.status, dryRun.output).toBe(1);
    expect(snapshot(dir)).toEqual(before);

    const { status, output } = run('content-import', [edited, '--write'], dir);
    expect(status, output).toBe(1);
    expect(output).toContain('3 problem(s) to fix');
    expect(output).toContain(
      `  - 地理标志 gis, row ${badCounty}, column ${gis.letter('county')} county: refers to "sishiu", which is not an entry of counties`,
    );
    expect(output).toContain(
      `  - 地理标志·登记 gis.registrations, row ${badDate}, column ${regs.letter('date')} date: is not a date in the calendar: check the month and day`,
    );
    expect(output).toContain(
      `  - 地理标志·事实 gis.facts, row ${badGrade}, column ${facts.letter('confidence')} confidence: must be one of "A", "B"; found text "C"`,
    );
    expect(output).toContain(
      'Not imported until fixed (left as they are): gis/sishui-digua, gis/weishan-maya, gis/yutai-dami',
    );

    const after = snapshot(dir);
    const changed = Object.keys(after)
      .filter((file) => after[file] !== before[file])
      .sort();
    expect(changed).toEqual([
      'gis/ceshi-xinpin/en.md',
      'gis/ceshi-xinpin/facts.yaml',
      'gis/ceshi-xinpin/zh.md',
      'gis/jinxiang-dasuan/facts.yaml',
    ]);
    const garlic = readFileSync(join(dir, 'gis/jinxiang-dasuan/facts.yaml'), 'utf8');
    const original = readFileSync('content/gis/jinxiang-dasuan/facts.yaml', 'utf8');
    expect(garlic).toBe(original.replace('    date: 2000\n', '    date: 2000-03\n'));
    expect(readFileSync(join(dir, 'gis/ceshi-xinpin/zh.md'), 'utf8')).toContain('待补充');
    expect(readFileSync(join(dir, 'gis/ceshi-xinpin/en.md'), 'utf8')).toContain('To be supplied');
    expect(readFileSync(join(dir, 'gis/ceshi-xinpin/facts.yaml'), 'utf8')).toContain(
      'county: jinxiang',
    );
    expect(existsSync(join(dir, 'gis/sishui-digua/facts.yaml'))).toBe(true);

    // What was written passes the editor's check, schemas and references included.
    const check = spawnSync(NODE, ['scripts/content-check.ts'], {
      env: { ...process.env, BH_CONTENT_DIR: dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  });
});
