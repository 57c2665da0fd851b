/**
 * CSV as offices save it: UTF-8 with or without a byte-order mark, or GB18030 (GBK) from Excel
 * and WPS on Chinese Windows. Each reads to the same rows, and a sheet saved as CSV imports like
 * the workbook it came from.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv, readWorkbook, type CellValue } from '../../src/lib/spreadsheet/read';
import { buildWorkbook } from '../../src/lib/spreadsheet/write-workbook';

const TEXT = [
  '条目编号,登记类型,日期,来源·网址,可信度',
  'id,regime,date,source.url,confidence',
  'jinxiang-dasuan,certification-mark,2000,http://sd.3158.cn/info/20150115/n51247329287631.html,B',
  '"yutai-dami","protected-product","2009-03","http://example.org/a,b","A"',
  'weishan-maya,gi-mark,,"说明：""微山麻鸭""，',
  '第二行",B',
].join('\r\n');

function toCsv(rows: CellValue[][]): string {
  const quote = (cell: CellValue) => {
    const text = cell === null ? '' : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

describe('CSV sheets', () => {
  it('read the same rows from UTF-8, UTF-8 with BOM and GB18030', () => {
    const utf8 = readCsv(Buffer.from(TEXT, 'utf8'), 'gis.registrations.csv');
    const bom = readCsv(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]),
      'gis.registrations.csv',
    );
    const gb18030 = readCsv(iconv.encode(TEXT, 'gb18030'), 'gis.registrations.csv');
    // The GB18030 bytes are not UTF-8, so a reader that assumed UTF-8 would garble them.
    expect(iconv.encode(TEXT, 'gb18030').equals(Buffer.from(TEXT, 'utf8'))).toBe(false);
    expect(bom).toEqual(utf8);
    expect(gb18030).toEqual(utf8);
    expect(utf8.name).toBe('gis.registrations');
    expect(utf8.rows[0]?.[1]).toBe('登记类型');
    expect(utf8.rows[3]).toEqual([
      'yutai-dami',
      'protected-product',
      '2009-03',
      'http://example.org/a,b',
      'A',
    ]);
    expect(utf8.rows[4]).toEqual([
      'weishan-maya',
      'gi-mark',
      null,
      '说明："微山麻鸭"，\r\n第二行',
      'B',
    ]);
  });

  it('import a sheet saved as GB18030 CSV: unchanged, then with one edited date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bh-csv-'));
    try {
      const content = join(dir, 'content');
      cpSync('content', content, { recursive: true });
      const sheets = await readWorkbook(await buildWorkbook(content));
      const registrations = sheets.find((sheet) => sheet.name.endsWith(' gis.registrations'));
      if (!registrations) throw new Error('the workbook has no registrations sheet');
      const csv = join(dir, `${registrations.name}.csv`);
      const run = (...args: string[]) =>
        spawnSync('node_modules/.bin/node', ['scripts/content-import.ts', csv, ...args], {
          env: { ...process.env, BH_CONTENT_DIR: content },
          encoding: 'utf8',
          timeout: 120_000,
        });

      writeFileSync(csv, iconv.encode(toCsv(registrations.rows), 'gb18030'));
      const unchanged = run('--write');
      expect(unchanged.status, unchanged.stderr).toBe(0);
      expect(unchanged.stdout).toContain('nothing to change');

      const garlic = registrations.rows.findIndex((row) => row[0] === 'jinxiang-dasuan');
      const date = registrations.rows[1]?.indexOf('date') ?? -1;
      const edited = registrations.rows.map((row) => [...row]);
      (edited[garlic] as CellValue[])[date] = '2000-03';
      writeFileSync(csv, iconv.encode(toCsv(edited), 'gb18030'));
      const written = run('--write');
      expect(written.status, written.stderr).toBe(0);
      expect(written.stdout).toContain('changed gis/jinxiang-dasuan/facts.yaml');
      expect(readFileSync(join(content, 'gis/jinxiang-dasuan/facts.yaml'), 'utf8')).toBe(
        readFileSync('content/gis/jinxiang-dasuan/facts.yaml', 'utf8').replace(
          '    date: 2000\n',
          '    date: 2000-03\n',
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
