// The picture of the workbook in the README (docs/workbook.png): the GI sheet of the exported
// workbook as LibreOffice draws it. Needs soffice and pdftoppm (poppler-utils) on the machine.
//
//   node_modules/.bin/node scripts/workbook-picture.ts
import './support/load-schemas.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';

const { buildWorkbook } = await import('../src/lib/spreadsheet/write-workbook.ts');

const work = mkdtempSync(join(tmpdir(), 'bh-picture-'));
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.load((await buildWorkbook('content')) as unknown as ArrayBuffer);
// One page: the first columns of the GI sheet, as an editor sees them on opening it.
for (const sheet of [...workbook.worksheets]) {
  if (sheet.name !== '地理标志 gis') workbook.removeWorksheet(sheet.id);
}
const gis = workbook.getWorksheet('地理标志 gis') as ExcelJS.Worksheet;
gis.spliceColumns(9, gis.columnCount);
gis.getColumn(4).width = 36;
gis.getColumn(5).width = 36;
gis.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
writeFileSync(join(work, 'gis.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
execFileSync('soffice', [
  '--headless',
  '--convert-to',
  'pdf',
  '--outdir',
  work,
  join(work, 'gis.xlsx'),
]);
execFileSync('pdftoppm', [
  '-png',
  '-r',
  '220',
  '-f',
  '1',
  '-l',
  '1',
  join(work, 'gis.pdf'),
  join(work, 'page'),
]);
// The top of the page: the two header rows and the first entries.
const trimmed = await sharp(join(work, 'page-1.png'))
  .trim({ threshold: 10 })
  .toBuffer({ resolveWithObject: true });
const { width, height } = trimmed.info;
await sharp(trimmed.data)
  .extract({ left: 0, top: 0, width, height: Math.min(height, Math.round(width * 0.4)) })
  .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#ffffff' })
  .toFile('docs/workbook.png');
console.log('docs/workbook.png: the GI sheet of the exported workbook');
