// An edited workbook (or CSV sheets) back into the content folder (or BH_CONTENT_DIR):
//
//   npm run content:import -- FILE.xlsx            report only, changes nothing
//   npm run content:import -- FILE.xlsx --write    write the entries that have no problem
//   npm run content:import -- gis.csv gis.registrations.csv [--write]
//
// Exits with 1 when any row has a problem. See src/lib/spreadsheet/import.ts.
import './support/load-schemas.ts';
import { readFileSync } from 'node:fs';

const { contentDir } = await import('../src/content-model/content-dir.ts');
const { readCsv, readWorkbook } = await import('../src/lib/spreadsheet/read.ts');
const { formatSheetProblem, importSheets } = await import('../src/lib/spreadsheet/import.ts');

const args = process.argv.slice(2);
const write = args.includes('--write');
const inputs = args.filter((arg) => arg !== '--write');
if (inputs.length === 0 || inputs.some((file) => !/\.(xlsx|csv)$/i.test(file))) {
  console.error(
    'Name the workbook (.xlsx) or CSV sheets to read: npm run content:import -- FILE.xlsx [--write]',
  );
  process.exit(2);
}
const sheets = [];
for (const file of inputs) {
  const bytes = readFileSync(file);
  if (/\.csv$/i.test(file)) sheets.push(readCsv(bytes, file));
  else sheets.push(...(await readWorkbook(bytes)));
}
const dir = contentDir();
const result = importSheets(sheets, dir, { write });
for (const note of result.notes) console.log(`note: ${note}`);
if (result.problems.length > 0) {
  console.error(`${inputs.join(', ')}: ${result.problems.length} problem(s) to fix:`);
  for (const problem of result.problems) console.error(`  - ${formatSheetProblem(problem)}`);
}
if (result.skipped.length > 0) {
  console.error(`Not imported until fixed (left as they are): ${result.skipped.join(', ')}`);
}
const verb = write ? 'written' : 'would be written (add --write to write them)';
const files = [
  ...result.changed.map((f) => `changed ${f}`),
  ...result.created.map((f) => `new ${f}`),
];
if (files.length === 0) console.log(`${dir}: nothing to change`);
else {
  console.log(`${files.length} file(s) ${verb}:`);
  for (const file of files) console.log(`  - ${file}`);
}
process.exit(result.problems.length > 0 ? 1 : 0);
