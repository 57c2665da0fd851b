/**
 * Rows and columns the import cannot use are reported, never dropped silently: a sheet it does
 * not know, a column key it does not know, a row without an id, a list row for no entry.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSheetProblem, importSheets } from '../../src/lib/spreadsheet/import';
import { readWorkbook, type SheetData } from '../../src/lib/spreadsheet/read';
import { buildWorkbook } from '../../src/lib/spreadsheet/write-workbook';

describe('rows the import cannot use', () => {
  it('names the sheet, row and column of each, and writes nothing for them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bh-rows-'));
    try {
      cpSync('content', dir, { recursive: true });
      const sheets = await readWorkbook(await buildWorkbook(dir));
      const byKey = (key: string) => sheets.find((s) => s.name.endsWith(` ${key}`)) as SheetData;
      const gis = byKey('gis');
      const keys = gis.rows[1] as string[];
      keys[keys.indexOf('season.en')] = 'sesaon.en';
      const blank = keys.map(() => null);
      gis.rows.push(blank.map((_, i) => (keys[i] === 'name.zh' ? '无编号的行' : null)));
      const facts = byKey('gis.facts');
      facts.rows.push(
        (facts.rows[2] as SheetData['rows'][number]).map((cell, i) =>
          i === 0 ? 'no-such-gi' : cell,
        ),
      );
      const extra: SheetData = { name: 'Sheet1', rows: [['id'], ['x']] };

      const result = importSheets([...sheets, extra], dir, { write: true });
      const lines = result.problems.map(formatSheetProblem);
      const seasonColumn = String.fromCharCode(65 + keys.indexOf('sesaon.en'));
      expect(lines).toEqual(
        expect.arrayContaining([
          `地理标志 gis, row 2, column ${seasonColumn} sesaon.en: "sesaon.en" is not a field of this sheet, so the column is not read. Correct the field key in row 2 or remove the column`,
          `地理标志 gis, row ${gis.rows.length}, column A id: has no id, so the row is not read. Write the entry id (pinyin, e.g. jinxiang-dasuan)`,
          `地理标志·事实 gis.facts, row ${facts.rows.length}, column A id: names the entry "no-such-gi", which is not in the sheet 地理标志 gis; the row is not read. Correct the id or add the entry`,
          expect.stringMatching(
            /^Sheet1: is not a sheet of the collection, so nothing in it is read/,
          ),
        ]),
      );
      expect(result.problems).toHaveLength(4);
      expect(result.changed).toEqual([]);
      expect(result.created).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not write over a facts.yaml that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bh-rows-'));
    try {
      cpSync('content', dir, { recursive: true });
      const sheets = await readWorkbook(await buildWorkbook(dir));
      const file = join(dir, 'gis/yutai-dami/facts.yaml');
      appendFileSync(file, 'name: [\n');
      const broken = readFileSync(file, 'utf8');
      const result = importSheets(sheets, dir, { write: true });
      expect(result.problems.map(formatSheetProblem)).toEqual([
        expect.stringMatching(
          /^地理标志 gis, row \d+: content\/gis\/yutai-dami\/facts\.yaml cannot be read .* so the import does not write over it/,
        ),
      ]);
      expect(result.skipped).toEqual(['gis/yutai-dami']);
      expect(readFileSync(file, 'utf8')).toBe(broken);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
