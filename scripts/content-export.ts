// The content folder (or BH_CONTENT_DIR) as a workbook editors can work in:
//
//   npm run content:export -- FILE.xlsx
//
// See src/lib/spreadsheet/write-workbook.ts for what the workbook holds.
import './support/load-schemas.ts';
import { writeFileSync } from 'node:fs';

const { contentDir } = await import('../src/content-model/content-dir.ts');
const { buildWorkbook } = await import('../src/lib/spreadsheet/write-workbook.ts');

const [target] = process.argv.slice(2);
if (!target || !target.endsWith('.xlsx')) {
  console.error('Name the workbook to write: npm run content:export -- FILE.xlsx');
  process.exit(2);
}
writeFileSync(target, await buildWorkbook(contentDir()));
console.log(`${target}: the content of ${contentDir()} as a workbook`);
